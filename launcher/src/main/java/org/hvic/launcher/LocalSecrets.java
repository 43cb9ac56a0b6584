package org.hvic.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo run's secrets: taken from the environment when set, otherwise generated once and kept in {@code .hvic/}
 * (owner-only files) so that a second run uses the same admin password and can still decrypt stored credentials.
 */
final class LocalSecrets {

    private final Map<String, String> values = new HashMap<>();
    private boolean generated;

    LocalSecrets(Path dataDir) throws IOException {
        values.put("HVIC_SECRET_KEY", valueOf(dataDir, "HVIC_SECRET_KEY", "secret-key", 32));
        values.put("HVIC_ADMIN_PASSWORD", valueOf(dataDir, "HVIC_ADMIN_PASSWORD", "admin-password", 12));
        values.put("HVIC_DEMO_PASSWORD", valueOf(dataDir, "HVIC_DEMO_PASSWORD", "demo-password", 12));
    }

    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(values);
        env.put("HVIC_DEMO_USERS", "true");
        return env;
    }

    String adminPassword() {
        return values.get("HVIC_ADMIN_PASSWORD");
    }

    String demoPassword() {
        return values.get("HVIC_DEMO_PASSWORD");
    }

    /** Whether this run generated the passwords (they are shown once, then only kept in .hvic/). */
    boolean generated() {
        return generated;
    }

    private String valueOf(Path dataDir, String variable, String file, int bytes) throws IOException {
        String fromEnv = System.getenv(variable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        Path path = dataDir.resolve(file);
        if (Files.isRegularFile(path)) {
            return Files.readString(path).trim();
        }
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        String value = bytes == 32 ? Base64.getEncoder().encodeToString(random)
                : Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.writeString(path, value);
        generated = true;
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        return value;
    }
}

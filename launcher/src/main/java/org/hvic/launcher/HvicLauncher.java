package org.hvic.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code ./mvnw -Prun}: starts an embedded PostgreSQL (unless {@code HVIC_DB_URL} is set), the demo fleet simulator
 * and WildFly with the EAR, in the foreground; Ctrl-C stops everything it started. Data lives under {@code ./.hvic/}
 * so a second run sees the first run's rows.
 */
public final class HvicLauncher {

    private HvicLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("hvic.root", ".")).toAbsolutePath().normalize();
        Path dataDir = root.resolve(".hvic");
        Files.createDirectories(dataDir);
        Path wildflyHome = Path.of(required("hvic.wildfly.home"));
        Path ear = Path.of(required("hvic.ear"));

        Lifecycle lifecycle = new Lifecycle();
        Runtime.getRuntime().addShutdownHook(new Thread(lifecycle::stopAll, "hvic-launcher-shutdown"));

        Map<String, String> env = new HashMap<>();
        LocalSecrets secrets = new LocalSecrets(dataDir);
        env.putAll(secrets.environment());
        String externalUrl = System.getenv("HVIC_DB_URL");
        if (externalUrl == null || externalUrl.isBlank()) {
            LocalDatabase db = lifecycle.started(LocalDatabase.start(dataDir.resolve("pgdata")));
            env.putAll(db.environment());
            log("embedded PostgreSQL on port " + db.port() + ", data in " + dataDir.resolve("pgdata"));
        } else {
            log("using the PostgreSQL of HVIC_DB_URL; no embedded database started");
        }

        DemoFleet fleet = lifecycle.started(DemoFleet.start(dataDir));
        log("demo fleet simulator on port " + fleet.port());

        WildFly wildfly = lifecycle.started(WildFly.start(wildflyHome, dataDir.resolve("wildfly"), ear, env));
        if (wildfly.awaitReady()) {
            try {
                new DemoBootstrap(new ApiClient("http://localhost:8080/hvic/api/v1", "admin", secrets.adminPassword()),
                        fleet.port()).run();
            } catch (IOException | RuntimeException e) {
                log("could not register the demo fleet: " + e.getMessage());
            }
            banner(fleet, secrets);
        }
        int exit = wildfly.awaitExit();
        log("WildFly ended (exit " + exit + ")");
        lifecycle.stopAll();
    }

    private static void banner(DemoFleet fleet, LocalSecrets secrets) {
        String line = "=".repeat(78);
        System.out.println();
        System.out.println(line);
        System.out.println("  hvic is ready at http://localhost:8080/hvic/");
        System.out.println("  REST API         http://localhost:8080/hvic/api/v1  (OpenAPI: http://localhost:8080/openapi)");
        System.out.println("  health           http://localhost:9990/health/ready");
        System.out.println("  demo fleet       " + fleet.description());
        if (secrets.generated()) {
            System.out.println("  sign in as       admin / " + secrets.adminPassword()
                    + "   (operator, auditor, manager / " + secrets.demoPassword() + ")");
            System.out.println("                   shown once; kept in .hvic/admin-password and .hvic/demo-password");
        } else {
            System.out.println("  sign in as       admin, operator, auditor, manager: passwords in .hvic/admin-password"
                    + " and .hvic/demo-password (or HVIC_ADMIN_PASSWORD / HVIC_DEMO_PASSWORD)");
        }
        System.out.println("  Ctrl-C stops WildFly, the simulator and the embedded PostgreSQL.");
        System.out.println(line);
        System.out.println();
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (run ./mvnw -Prun)");
        }
        return value;
    }

    static void log(String message) {
        System.out.println("[hvic-run] " + message);
    }
}

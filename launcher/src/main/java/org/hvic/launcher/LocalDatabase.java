package org.hvic.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** PostgreSQL from Zonky's embedded binaries, keeping its data directory between runs. */
final class LocalDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private LocalDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static LocalDatabase start(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory.getParent());
        // a run killed hard leaves a stale pid file behind; PostgreSQL refuses to start on it otherwise
        Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
        String port = System.getenv().getOrDefault("HVIC_EMBEDDED_DB_PORT", "0");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200");
        if (!"0".equals(port)) {
            builder.setPort(Integer.parseInt(port));
        }
        return new LocalDatabase(builder.start());
    }

    int port() {
        return postgres.getPort();
    }

    Map<String, String> environment() {
        return Map.of("HVIC_DB_URL", "jdbc:postgresql://localhost:" + port() + "/postgres",
                "HVIC_DB_USER", "postgres",
                "HVIC_DB_PASSWORD", "postgres");
    }

    @Override
    public void close() throws IOException {
        HvicLauncher.log("stopping the embedded PostgreSQL");
        postgres.close();
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL";
    }
}

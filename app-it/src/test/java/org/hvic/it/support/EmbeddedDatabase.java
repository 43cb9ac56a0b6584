package org.hvic.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL (Zonky's embedded binaries) before any test of the run and stops it after the last one.
 * Failsafe passes its port to WildFly through HVIC_DB_URL, so the server Arquillian starts uses this database.
 */
public class EmbeddedDatabase implements LauncherSessionListener {

    private static EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("hvic.it.db.port");
        if (port == null || postgres != null) {
            return; // not a failsafe run (e.g. an IDE running a unit test), or already started
        }
        try {
            Path dataDir = Path.of(System.getProperty("hvic.it.work", "target/it-work"), "pgdata");
            Files.createDirectories(dataDir.getParent());
            postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.parseInt(port))
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "300")
                    .start();
            System.out.println("[hvic-it] embedded PostgreSQL started on port " + port);
            TestFleet.start(Path.of(System.getProperty("hvic.it.work", "target/it-work")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestFleet.stop();
        if (postgres != null) {
            try {
                postgres.close();
                System.out.println("[hvic-it] embedded PostgreSQL stopped");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }
    }

    /** A connection to the test database as its owner (the test's view from outside the application). */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + System.getProperty("hvic.it.db.port") + "/postgres", "postgres",
                "postgres");
    }
}

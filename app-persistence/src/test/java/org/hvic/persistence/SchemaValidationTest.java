package org.hvic.persistence;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The entities and the Flyway migrations agree: Hibernate's {@code validate} passes on the migrated schema, and a
 * migration that conflicts with a mapping makes the start fail with Hibernate's message naming table and column.
 */
class SchemaValidationTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void entitiesMatchTheMigratedSchema() {
        DataSource ds = database("valid");
        SchemaMigrationIntegrator.migrate(ds);
        try (SessionFactory factory = bootstrap(ds)) {
            assertTrue(factory.isOpen());
        }
    }

    @Test
    void aConflictingMigrationFailsStartUpClearly() {
        DataSource ds = database("conflict");
        Flyway.configure().dataSource(ds).locations(SchemaMigrationIntegrator.LOCATION, "classpath:conflict/db/migration")
                .load().migrate();
        SchemaManagementException failure = assertThrows(SchemaManagementException.class, () -> bootstrap(ds).close());
        assertTrue(failure.getMessage().contains("missing column [last_error] in table [host]"), failure.getMessage());
    }

    private static DataSource database(String name) {
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres.getDatabase("postgres", name);
    }

    /** Boots Hibernate over every entity of this module with the persistence unit's validate setting. */
    private static SessionFactory bootstrap(DataSource ds) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySettings(Map.of("hibernate.connection.datasource", ds, "hibernate.hbm2ddl.auto", "validate",
                        "hibernate.jdbc.time_zone", "UTC"))
                .build();
        MetadataSources sources = new MetadataSources(registry);
        entities().forEach(sources::addAnnotatedClass);
        return sources.buildMetadata().buildSessionFactory();
    }

    private static List<Class<?>> entities() {
        try (var scan = java.nio.file.Files.walk(java.nio.file.Path.of("target/classes/org/hvic"))) {
            return scan.filter(p -> p.toString().endsWith(".class")).<Class<?>>map(p -> {
                String name = java.nio.file.Path.of("target/classes").relativize(p).toString()
                        .replace('/', '.').replaceAll("\\.class$", "");
                try {
                    return Class.forName(name);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }).filter(c -> c.isAnnotationPresent(jakarta.persistence.Entity.class)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

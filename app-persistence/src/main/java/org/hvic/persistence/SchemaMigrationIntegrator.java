package org.hvic.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the Flyway migrations of the {@code db} module before Hibernate validates the mapping against the schema
 * ({@code hibernate.hbm2ddl.auto=validate}). Hibernate calls integrators while it builds the session factory and
 * validates only afterwards, so the schema is always migrated first. Flyway holds a PostgreSQL advisory lock while it
 * migrates, so two nodes that start at once migrate once.
 */
public class SchemaMigrationIntegrator implements Integrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrationIntegrator.class.getName());

    static final String LOCATION = "classpath:db/migration";

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        ConnectionProvider connections = sessionFactory.getServiceRegistry().getService(ConnectionProvider.class);
        if (connections == null || !connections.isUnwrappableAs(DataSource.class)) {
            throw new IllegalStateException("hvic: the persistence unit has no DataSource to migrate");
        }
        migrate(connections.unwrap(DataSource.class));
    }

    static MigrateResult migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(SchemaMigrationIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "hvic: database schema at version " + (result.targetSchemaVersion == null
                ? result.initialSchemaVersion : result.targetSchemaVersion)
                + " (" + result.migrationsExecuted + " migration(s) applied now)");
        return result;
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}

package org.hvic.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when PostgreSQL answers a query against hvic's migrated schema. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final String QUERY =
            "SELECT max(version) FROM flyway_schema_history WHERE success AND version IS NOT NULL";

    @Resource(lookup = "java:jboss/datasources/HvicDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet rs = statement.executeQuery(QUERY)) {
                rs.next();
                return response.up()
                        .withData("product", connection.getMetaData().getDatabaseProductName() + " "
                                + connection.getMetaData().getDatabaseProductVersion())
                        .withData("schemaVersion", String.valueOf(rs.getString(1)))
                        .build();
            }
        } catch (SQLException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}

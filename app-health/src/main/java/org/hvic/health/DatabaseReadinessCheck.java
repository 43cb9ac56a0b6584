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

    /** The highest applied version, compared as numbers ({@code version} is text: as text "9" sorts above "11"). */
    private static final String QUERY = """
            SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL
             ORDER BY CAST(string_to_array(version, '.') AS bigint[]) DESC LIMIT 1""";

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

package org.hvic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.hvic.it.support.Deployments;
import org.hvic.it.support.EmbeddedDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR deploys on WildFly, migrates the real PostgreSQL, serves a PrimeFaces page and reports itself healthy. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.hvicEar();
    }

    @Test
    void dashboardIsAPrimeFacesPage() throws Exception {
        HttpResponse<String> response = get(URI.create(base.toString()).resolve("/hvic/"));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("jakarta.faces.resource/components.css.xhtml?ln=primefaces"),
                "PrimeFaces script expected in:\n" + response.body());
    }

    @Test
    void readinessReportsTheDatabaseUp() throws Exception {
        HttpResponse<String> response = get(URI.create("http://localhost:9990/health/ready"));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"name\":\"database\""), response.body());
        assertTrue(response.body().contains("PostgreSQL"), response.body());
        assertEquals(200, get(URI.create("http://localhost:9990/health/live")).statusCode());
    }

    @Test
    void migrationsRanAgainstPostgreSql() throws Exception {
        try (Connection c = EmbeddedDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            assertTrue(c.getMetaData().getDatabaseProductName().contains("PostgreSQL"));
            rs.next();
            assertTrue(rs.getInt(1) >= 1, "at least the first migration applied");
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

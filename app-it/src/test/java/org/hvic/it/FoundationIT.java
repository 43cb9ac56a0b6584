package org.hvic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
        int highest = migrations().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(response.body().contains("\"schemaVersion\":\"" + highest + "\""),
                "schema version " + highest + " expected in " + response.body());
        assertEquals(200, get(URI.create("http://localhost:9990/health/live")).statusCode());
    }

    @Test
    void migrationsRanAgainstPostgreSql() throws Exception {
        try (Connection c = EmbeddedDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success"
                        + " AND version IS NOT NULL")) {
            assertTrue(c.getMetaData().getDatabaseProductName().contains("PostgreSQL"));
            List<Integer> applied = new ArrayList<>();
            while (rs.next()) {
                applied.add(Integer.valueOf(rs.getString(1)));
            }
            assertEquals(migrations(), applied.stream().sorted().toList(), "every migration of db/ applied");
        }
    }

    /** The versions of the migrations in the db module's sources (V&lt;n&gt;__description.sql), in order. */
    private static List<Integer> migrations() throws Exception {
        Pattern name = Pattern.compile("V(\\d+)__.+\\.sql");
        try (Stream<Path> files = Files.list(Path.of("..", "db", "src", "main", "resources", "db", "migration"))) {
            return files.map(f -> name.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.valueOf(m.group(1))).sorted().toList();
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

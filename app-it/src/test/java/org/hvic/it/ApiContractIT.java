package org.hvic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.hvic.it.support.Api;
import org.hvic.it.support.DeployedHvic;
import org.hvic.it.support.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/** Every endpoint's roles (401 without credentials, 403 for a role not listed) and bad input (400, nothing queued). */
class ApiContractIT extends DeployedHvic {

    static final List<String> ROLES = List.of("OPERATOR", "AUDITOR", "MANAGER", "ADMIN");
    static final Map<String, String> USER_OF = Map.of("OPERATOR", "operator", "AUDITOR", "auditor", "MANAGER",
            "manager", "ADMIN", "admin");

    /** method, path, body, roles allowed. Bodies are invalid on purpose: an allowed role gets 400/404, never 401/403. */
    record Endpoint(String method, String path, String body, Set<String> allowed) {
    }

    static final Set<String> ANY = Set.copyOf(ROLES);

    static final List<Endpoint> TABLE = List.of(
            new Endpoint("GET", "/hosts", null, ANY),
            new Endpoint("POST", "/hosts", "{}", Set.of("ADMIN")),
            new Endpoint("POST", "/hosts/999999/host-key/approve", "{}", Set.of("ADMIN")),
            new Endpoint("POST", "/hosts/999999/refresh", null, Set.of("OPERATOR", "ADMIN")),
            new Endpoint("GET", "/vms", null, ANY),
            new Endpoint("GET", "/vms/999999", null, ANY),
            new Endpoint("PUT", "/vms/999999/guest-access", "{}", Set.of("ADMIN")),
            new Endpoint("GET", "/vms/999999/history", null, Set.of("AUDITOR", "OPERATOR", "ADMIN")),
            new Endpoint("POST", "/operations", "{}", Set.of("OPERATOR", "ADMIN")),
            new Endpoint("GET", "/operations", null, ANY),
            new Endpoint("GET", "/operations/999999", null, ANY),
            new Endpoint("POST", "/operations/999999/cancel", null, Set.of("OPERATOR", "ADMIN")),
            new Endpoint("GET", "/audit", null, Set.of("AUDITOR", "ADMIN")),
            new Endpoint("GET", "/audit/verify", null, Set.of("AUDITOR", "ADMIN")));



    @Test
    void everyEndpointChecksTheCallersRole() {
        StringBuilder wrong = new StringBuilder();
        for (Endpoint e : TABLE) {
            int anonymous = Api.anonymous().send(e.method(), e.path(), e.body()).status();
            if (anonymous != 401) {
                wrong.append(e.method()).append(' ').append(e.path()).append(" anonymous -> ").append(anonymous).append('\n');
            }
            for (String role : ROLES) {
                Api.Reply reply = Api.as(USER_OF.get(role)).send(e.method(), e.path(), e.body());
                boolean allowed = e.allowed().contains(role);
                if (allowed ? (reply.status() == 401 || reply.status() == 403) : reply.status() != 403) {
                    wrong.append(e.method()).append(' ').append(e.path()).append(' ').append(role).append(" -> ")
                            .append(reply.status()).append('\n');
                }
            }
        }
        assertEquals("", wrong.toString());
    }

    @Test
    void badRequestsAnswer400AndQueueNothing() throws Exception {
        Api operator = Api.as("operator");
        long vm = operator.get("/vms?size=1").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id")
                .longValue();
        String tooMany = LongStream.rangeClosed(1, 1001).mapToObj(Long::toString).collect(Collectors.joining(","));
        List<String> bodies = List.of(
                "{\"type\":\"REBOOT_EVERYTHING\",\"vmIds\":[" + vm + "],\"service\":\"Heartbeat\"}",
                "{\"type\":\"ENABLE_INTEGRATION_SERVICE\",\"vmIds\":[987654321],\"service\":\"Heartbeat\"}",
                "{\"type\":\"ENABLE_INTEGRATION_SERVICE\",\"vmIds\":[" + tooMany + "],\"service\":\"Heartbeat\"}",
                "{\"type\":\"ENABLE_INTEGRATION_SERVICE\",\"vmIds\":[" + vm + "],",
                "{\"type\":\"ENABLE_INTEGRATION_SERVICE\",\"vmIds\":[" + vm + "],\"service\":\"Heartbeat'; Remove-VM *\"}",
                "{\"type\":\"ENABLE_INTEGRATION_SERVICE\",\"vmIds\":[],\"service\":\"Heartbeat\"}");
        long before = operations();
        for (String body : bodies) {
            Api.Reply reply = operator.post("/operations", body);
            assertEquals(400, reply.status(), body + " -> " + reply.body());
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
            assertEquals(400, reply.json().getInt("status"));
        }
        assertEquals(before, operations(), "a bad request queues nothing");
    }

    private static long operations() throws Exception {
        try (Connection c = EmbeddedDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM operation")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

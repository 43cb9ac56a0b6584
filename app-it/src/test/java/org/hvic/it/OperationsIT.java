package org.hvic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.hvic.it.support.Api;
import org.hvic.it.support.DeployedHvic;
import org.hvic.it.support.EmbeddedDatabase;
import org.hvic.it.support.TestFleet;
import org.hvic.it.support.Waits;
import org.junit.jupiter.api.Test;

/** Inventory refresh and the operation queue against the simulated demo fleet, on WildFly and PostgreSQL. */
class OperationsIT extends DeployedHvic {

    static final String GSI = "6C09BB55-D683-4DA0-8931-C9BF705F6480";
    static final String DEMOVM_ID = "6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b11";

    final Api operator = Api.as("operator");



    @Test
    void refreshReadsAHostInOneRoundTripAndRewritesOnlyWhatChanged() throws Exception {
        long host = id(operator.host("HV-W10-01"));
        refresh(host); // the inventory as the host reports it now
        Map<String, String[]> before = serviceRows(host);
        int reads = inventoryReads("127.0.1.1");
        refresh(host);
        assertEquals(1, inventoryReads("127.0.1.1") - reads, "one inventory round trip for all VMs of the host");
        JsonObject vms = operator.get("/vms?hostId=" + host + "&size=500").json();
        assertTrue(vms.getInt("total") >= 10, vms.toString());
        // a row the host reports unchanged is left as it is (same row version): a periodic refresh of a large
        // fleet writes only what changed
        Map<String, String[]> after = serviceRows(host);
        List<String> unchanged = before.keySet().stream()
                .filter(k -> after.containsKey(k) && before.get(k)[0].equals(after.get(k)[0])).toList();
        assertTrue(unchanged.size() >= 10, "integration-service rows reported unchanged: " + unchanged.size());
        List<String> rewritten = unchanged.stream().filter(k -> !before.get(k)[1].equals(after.get(k)[1])).toList();
        assertEquals(List.of(), rewritten, "rows rewritten although the host reported them unchanged");
    }

    private void refresh(long host) {
        JsonObject done = Waits.finished(operator, id(operator.post("/hosts/" + host + "/refresh", null).json()));
        assertEquals("SUCCEEDED", done.getString("state"), done.toString());
    }

    /** VM/GUID to {values as reported, the row version (xmin)} of a host's integration-service rows. */
    private static Map<String, String[]> serviceRows(long host) throws Exception {
        Map<String, String[]> rows = new HashMap<>();
        try (Connection c = EmbeddedDatabase.connect(); PreparedStatement ps = c.prepareStatement("""
                SELECT s.vm_id || '/' || s.guid, concat_ws('|', s.display_name, s.enabled, s.operational_status,
                       s.primary_status_code, s.primary_status, s.secondary_status), CAST(s.xmin AS text)
                  FROM vm_integration_service s JOIN virtual_machine v ON v.id = s.vm_id WHERE v.host_id = ?""")) {
            ps.setLong(1, host);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return rows;
    }

    @Test
    void enableGuestServiceInterfaceOnDemovm() throws Exception {
        long vm = vmId("demovm");
        disableIfEnabled(vm);
        JsonObject receipt = request("ENABLE_INTEGRATION_SERVICE", List.of(vm), "Guest Service Interface");
        long opId = id(receipt.getJsonArray("operations").getJsonObject(0));
        JsonObject done = Waits.finished(operator, opId);
        assertEquals("SUCCEEDED", done.getString("state"), done.toString());
        assertTrue(TestFleet.simulator().integrationServiceEnabled(DEMOVM_ID, "Guest Service Interface"));
        JsonObject detail = operator.get("/vms/" + vm).json();
        assertTrue(service(detail, GSI).getBoolean("enabled"), detail.toString());
        long rows = operator.get("/vms/" + vm + "/history?size=500").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(h -> !h.isNull("operationId") && h.getJsonNumber("operationId").longValue() == opId)
                .filter(h -> h.getString("field").equals("enabled")).count();
        assertEquals(1, rows, "one history row for the change");
        try (Connection c = EmbeddedDatabase.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT event_type FROM audit_entry WHERE (target_id = ? AND target_type = 'OPERATION')"
                        + " OR (target_type = 'VM' AND target_id = ? AND event_type = 'OPERATION_REQUESTED')")) {
            ps.setString(1, String.valueOf(opId));
            ps.setString(2, String.valueOf(vm));
            List<String> types = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
            assertTrue(types.contains("OPERATION_REQUESTED") && types.contains("OPERATION_SUCCEEDED"), types.toString());
        }
        Waits.finished(operator, id(request("DISABLE_INTEGRATION_SERVICE", List.of(vm), GSI)
                .getJsonArray("operations").getJsonObject(0)));
    }

    @Test
    void bulkOperationOverEveryVmOfAHost() {
        JsonObject host = operator.host("HV-2012R2-01");
        List<Long> vms = operator.get("/vms?size=500&hostId=" + host.getJsonNumber("id")).json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertTrue(vms.size() > 3);
        JsonObject receipt = request("ENABLE_INTEGRATION_SERVICE", vms, "Heartbeat");
        String batch = receipt.getString("batchId");
        assertEquals(vms.size(), receipt.getJsonArray("operations").size());
        JsonObject page = Waits.until(() -> operator.get("/operations?size=1000&batchId=" + batch).json(),
                p -> p.getJsonArray("items").stream().allMatch(o -> final_(o.asJsonObject())),
                java.time.Duration.ofSeconds(90));
        page.getJsonArray("items").forEach(o -> assertEquals("SUCCEEDED", o.asJsonObject().getString("state"), o.toString()));
    }

    @Test
    void unreachableHostIsRetriedThenFailsWithTheReason() throws Exception {
        long vm = vmOnOfflineHost();
        JsonObject op = request("ENABLE_INTEGRATION_SERVICE", List.of(vm), "Heartbeat").getJsonArray("operations")
                .getJsonObject(0);
        JsonObject done = Waits.finished(operator, id(op));
        assertEquals("FAILED", done.getString("state"), done.toString());
        assertEquals("UNREACHABLE", done.getString("errorKind"), done.toString());
        assertEquals(3, done.getInt("attempts"), "retried up to max attempts");
    }

    @Test
    void cancelStopsAnOperation() throws Exception {
        long vm = vmOnOfflineHost();
        long op = id(request("ENABLE_INTEGRATION_SERVICE", List.of(vm), "VSS").getJsonArray("operations")
                .getJsonObject(0));
        assertEquals(200, operator.post("/operations/" + op + "/cancel", null).status());
        assertEquals("CANCELLED", Waits.finished(operator, op).getString("state"));
    }

    @Test
    void anOperationWhoseLeaseExpiredIsTakenUpAgain() throws Exception {
        long vm = vmId("demovm");
        long hostId = operator.host("HV-W10-01").getJsonNumber("id").longValue();
        long opId;
        try (Connection c = EmbeddedDatabase.connect(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO operation (batch_id, type, state, host_id, vm_id, vm_name, service, service_name, attempts,
                                       max_attempts, lease_owner, lease_expires_at, requested_by, started_at)
                VALUES (?, 'ENABLE_INTEGRATION_SERVICE', 'RUNNING', ?, ?, 'demovm',
                        '84EAAE65-2F2E-45F5-9BB5-0E857DC8EB47', 'Heartbeat', 1, 3, 'crashed-node',
                        now() - interval '1 minute', 'operator', now() - interval '2 minutes') RETURNING id""")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setLong(2, hostId);
            ps.setLong(3, vm);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                opId = rs.getLong(1);
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO operation_attempt (operation_id, attempt, node, started_at) VALUES ("
                        + opId + ", 1, 'crashed-node', now() - interval '2 minutes')");
            }
        }
        JsonObject done = Waits.finished(operator, opId);
        assertEquals("SUCCEEDED", done.getString("state"), done.toString());
        assertEquals(2, done.getInt("attempts"), "the re-run is recorded as a new attempt");
        try (Connection c = EmbeddedDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT attempt, node, outcome FROM operation_attempt WHERE operation_id = " + opId + " ORDER BY attempt")) {
            assertTrue(rs.next());
            assertEquals("LEASE_EXPIRED", rs.getString(3));
            assertTrue(rs.next());
            assertFalse("crashed-node".equals(rs.getString(2)));
            assertEquals("SUCCEEDED", rs.getString(3));
        }
    }

    @Test
    void aHostThatHasNotAnsweredYetGetsOneOperationAtATime() throws Exception {
        long host = id(operator.host("HV-W10-01"));
        List<Long> vms = operator.get("/vms?size=3&hostId=" + host).json().getJsonArray("items").stream()
                .map(v -> id(v.asJsonObject())).toList();
        try (Connection c = EmbeddedDatabase.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE host SET reachable = NULL WHERE id = " + host); // as if just registered
        }
        String batch = enableTimeSync(vms);
        List<java.sql.Timestamp[]> attempts = new ArrayList<>();
        try (Connection c = EmbeddedDatabase.connect(); PreparedStatement ps = c.prepareStatement("""
                SELECT a.started_at, a.finished_at FROM operation_attempt a JOIN operation o ON o.id = a.operation_id
                 WHERE o.batch_id = CAST(? AS uuid) ORDER BY a.started_at, a.id""")) {
            ps.setString(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    attempts.add(new java.sql.Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)});
                }
            }
        }
        assertEquals(vms.size(), attempts.size(), "one attempt per VM");
        // until the host has answered once, a dead new host could hold one worker per operation for a timeout
        java.sql.Timestamp firstFinished = attempts.get(0)[1];
        assertTrue(attempts.stream().skip(1).noneMatch(a -> a[0].before(firstFinished)),
                "operations started on a host that had not answered yet before its first one ended");
        assertEquals(true, operator.host("HV-W10-01").getBoolean("reachable"), "the host answered");
    }

    @Test
    void eightWorkersNeverRunTwoOperationsOfOneVmAtOnce() throws Exception {
        List<Long> vms = new ArrayList<>();
        for (String host : List.of("HV-W10-01", "HV-2012R2-01", "HV-W8-DE")) {
            operator.get("/vms?size=500&hostId=" + operator.host(host).getJsonNumber("id")).json().getJsonArray("items")
                    .forEach(v -> vms.add(v.asJsonObject().getJsonNumber("id").longValue()));
        }
        List<String> batches = new ArrayList<>();
        int queued = 0;
        for (int round = 0; queued < 200; round++) {
            String type = round % 2 == 0 ? "ENABLE_INTEGRATION_SERVICE" : "DISABLE_INTEGRATION_SERVICE";
            List<Long> slice = vms.subList(0, Math.min(vms.size(), 200 - queued));
            batches.add(request(type, slice, "Time Synchronization").getString("batchId"));
            queued += slice.size();
        }
        for (String batch : batches) {
            awaitBatch(batch, java.time.Duration.ofSeconds(180));
        }
        try (Connection c = EmbeddedDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT count(*) FROM operation_attempt a JOIN operation o ON o.id = a.operation_id
                  JOIN operation_attempt b ON b.id <> a.id JOIN operation p ON p.id = b.operation_id
                 WHERE o.vm_id = p.vm_id AND a.started_at < coalesce(b.finished_at, now())
                   AND b.started_at < coalesce(a.finished_at, now())""")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "attempts on the same VM overlapped in time");
        }
        enableTimeSync(vms);
    }

    /** Queues Time Synchronization on for these VMs and waits until the batch has ended; returns its id. */
    private String enableTimeSync(List<Long> vms) {
        String batch = request("ENABLE_INTEGRATION_SERVICE", vms, "Time Synchronization").getString("batchId");
        awaitBatch(batch, java.time.Duration.ofSeconds(90));
        return batch;
    }

    private void awaitBatch(String batch, java.time.Duration timeout) {
        Waits.until(() -> operator.get("/operations?size=1000&batchId=" + batch).json(),
                p -> p.getJsonArray("items").stream().allMatch(o -> final_(o.asJsonObject())), timeout);
    }

    private void disableIfEnabled(long vm) {
        if (service(operator.get("/vms/" + vm).json(), GSI).getBoolean("enabled")) {
            Waits.finished(operator, id(request("DISABLE_INTEGRATION_SERVICE", List.of(vm), GSI)
                    .getJsonArray("operations").getJsonObject(0)));
        }
    }

    /** The demo fleet's offline host never answered, so hvic knows no VM there: record one as an admin would. */
    private long vmOnOfflineHost() throws Exception {
        long host = operator.host("HV-W81-OFFLINE").getJsonNumber("id").longValue();
        try (Connection c = EmbeddedDatabase.connect(); PreparedStatement ps = c.prepareStatement("""
                WITH vm AS (INSERT INTO virtual_machine (host_id, vm_id, name) VALUES (?, ?, ?) RETURNING id)
                INSERT INTO vm_runtime (vm_id, state, guest_kind) SELECT id, 'Running', 'WINDOWS' FROM vm RETURNING vm_id""")) {
            ps.setLong(1, host);
            UUID id = UUID.randomUUID();
            ps.setObject(2, id);
            ps.setString(3, "offline-" + id.toString().substring(0, 8));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private JsonObject request(String type, List<Long> vms, String service) {
        String body = jakarta.json.Json.createObjectBuilder().add("type", type)
                .add("vmIds", jakarta.json.Json.createArrayBuilder(vms)).add("service", service).build().toString();
        Api.Reply reply = operator.post("/operations", body);
        assertEquals(202, reply.status(), reply.body());
        return reply.json();
    }

    private long vmId(String name) {
        return operator.get("/vms?name=" + name).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static JsonObject service(JsonObject vm, String guid) {
        return vm.getJsonArray("integrationServices").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("guid").equalsIgnoreCase(guid)).findFirst().orElseThrow();
    }

    private static int inventoryReads(String address) {
        return TestFleet.journal().entries(e -> e.address().equals(address) && e.script().contains("##hvic:vms")).size();
    }

    private static boolean final_(JsonObject op) {
        String s = op.getString("state");
        return !s.equals("QUEUED") && !s.equals("RUNNING");
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}

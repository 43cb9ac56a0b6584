package org.hvic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.JsonObject;

import org.hvic.bench.support.FleetYaml;
import org.hvic.bench.support.Node;
import org.hvic.bench.support.Stack;
import org.hvic.launcher.ApiClient;
import org.hvic.simulator.fleet.Fleet;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, resilience 5: 16 concurrent clients queue operations for a minute. The audit chain verifies and holds one
 * OPERATION_REQUESTED entry per accepted request and one outcome entry per finished attempt.
 */
class AuditLoadResilienceIT {

    static final int CLIENTS = 16;
    static final Duration LOAD = Duration.ofSeconds(Long.getLong("hvic.bench.audit-load-seconds", 60));

    @Test
    void auditChainHoldsUnderConcurrentRequests() throws Exception {
        try (Stack stack = Stack.create("audit-load")) {
            stack.env("HVIC_REFRESH_INTERVAL", "PT1H").env("HVIC_COMPLIANCE_SCHEDULE", "off").startDatabase();
            FleetYaml yaml = new FleetYaml();
            for (int h = 0; h < 20; h++) {
                yaml.host("HV-AUDIT", FleetYaml.Faults.NONE, FleetYaml.names("audit-" + h, 20));
            }
            Fleet fleet = yaml.fleet();
            stack.startFleet(fleet);
            Node node = stack.node("audit", Stack.portOffset()).start();
            stack.registerHosts(fleet.hosts(), false);
            stack.awaitFirstRefresh(20, Duration.ofMinutes(3));
            stack.awaitOperationsFinal(null, Duration.ofMinutes(2));
            Map<Boolean, List<Long>> byState = stack.guestServiceInterface(null);
            List<Long> vms = new ArrayList<>(byState.get(true));
            vms.addAll(byState.get(false));
            long auditBefore = stack.count("SELECT coalesce(max(id), 0) FROM audit_entry");

            AtomicLong accepted = new AtomicLong();
            AtomicLong refused = new AtomicLong();
            List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long end = System.nanoTime() + LOAD.toNanos();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                ApiClient api = stack.api(node);
                clients.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        long vm = vms.get(random.nextInt(vms.size()));
                        String type = random.nextBoolean() ? "ENABLE_INTEGRATION_SERVICE" : "DISABLE_INTEGRATION_SERVICE";
                        try {
                            JsonObject receipt = (JsonObject) api.post("/operations", "{\"type\":\"" + type
                                    + "\",\"service\":\"Guest Service Interface\",\"vmIds\":[" + vm + "]}");
                            if (receipt.getJsonArray("operations").size() == 1) {
                                accepted.incrementAndGet();
                            }
                        } catch (Exception e) {
                            refused.incrementAndGet();
                            if (errors.size() < 5) {
                                errors.add(e.getMessage());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
            pool.shutdown();
            stack.awaitOperationsFinal(null, Duration.ofMinutes(10));

            String after = " AND id > " + auditBefore;
            long requested = stack.count("SELECT count(*) FROM audit_entry WHERE event_type = 'OPERATION_REQUESTED'"
                    + after);
            long outcomes = stack.count("SELECT count(*) FROM audit_entry WHERE event_type IN ('OPERATION_SUCCEEDED',"
                    + " 'OPERATION_FAILED', 'OPERATION_RETRY_SCHEDULED', 'OPERATION_CANCELLED', 'OPERATION_LEASE_EXPIRED')"
                    + after + " AND target_type = 'OPERATION'");
            long operations = stack.count("SELECT count(*) FROM operation WHERE vm_id IS NOT NULL");
            long finishedAttempts = stack.count("SELECT count(*) FROM operation_attempt a JOIN operation o ON o.id ="
                    + " a.operation_id WHERE o.vm_id IS NOT NULL AND a.outcome IS NOT NULL");
            long outcomesForRefreshes = stack.count("SELECT count(*) FROM audit_entry e JOIN operation o ON"
                    + " o.id = CAST(e.target_id AS bigint) WHERE e.target_type = 'OPERATION' AND o.vm_id IS NULL"
                    + " AND e.id > " + auditBefore);
            long entries = stack.count("SELECT count(*) FROM audit_entry");
            JsonObject verify = (JsonObject) stack.api(node).get("/audit/verify");
            Stack.log(String.format("AUDIT LOAD: %d clients for %d s; requests accepted %d, refused %d %s; operations %d"
                    + " (lost %d); OPERATION_REQUESTED entries %d; finished attempts %d, outcome entries %d (of which "
                    + "for refreshes %d); audit chain %s, %d entries verified (%d in the table before the check)",
                    CLIENTS, LOAD.toSeconds(), accepted.get(), refused.get(), errors, operations,
                    accepted.get() - operations, requested, finishedAttempts, outcomes, outcomesForRefreshes,
                    verify.getBoolean("valid") ? "valid" : "BROKEN", verify.getJsonNumber("entries").longValue(),
                    entries));

            assertEquals(0, refused.get(), "requests refused under load: " + errors);
            assertEquals(accepted.get(), operations, "one operation per accepted request");
            assertEquals(accepted.get(), requested, "one OPERATION_REQUESTED entry per request");
            assertEquals(finishedAttempts, outcomes - outcomesForRefreshes, "one outcome entry per finished attempt");
            assertTrue(verify.getBoolean("valid"), "the audit chain verifies");
            assertEquals(entries, verify.getJsonNumber("entries").longValue(), "verify covered every entry");
        }
    }
}

package org.hvic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.hvic.bench.support.FleetYaml;
import org.hvic.bench.support.Node;
import org.hvic.bench.support.Stack;
import org.hvic.simulator.FleetSimulator;
import org.hvic.simulator.fleet.Fleet;
import org.hvic.simulator.journal.JournalEntry;
import org.hvic.simulator.journal.StateChange;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, resilience 2: two WildFly nodes (port offsets 300 and 400, started at the same time) on one PostgreSQL
 * process 2,000 operations together: each attempt ran on exactly one node, both nodes worked, no VM changed twice, and
 * every scheduled compliance tick (every minute here) produced exactly one report.
 */
class TwoNodeResilienceIT {

    static final int HOSTS = 100;
    static final int VMS_PER_HOST = 20;

    @Test
    void twoNodesShareTheQueueAndTheComplianceSchedule() throws Exception {
        try (Stack stack = Stack.create("two-nodes")) {
            stack.env("HVIC_REFRESH_INTERVAL", "PT1H").env("HVIC_COMPLIANCE_SCHEDULE", "* * * * *").startDatabase();
            FleetYaml yaml = new FleetYaml();
            for (int h = 0; h < HOSTS; h++) {
                yaml.host("HV-TWO", FleetYaml.Faults.latency(30), FleetYaml.names("two-" + h, VMS_PER_HOST));
            }
            Fleet fleet = yaml.fleet();
            FleetSimulator simulator = stack.startFleet(fleet);
            Node a = stack.node("node-a", Stack.portOffset());
            Node b = stack.node("node-b", Stack.secondPortOffset());
            CompletableFuture<Node> startA = CompletableFuture.supplyAsync(() -> start(a));
            CompletableFuture<Node> startB = CompletableFuture.supplyAsync(() -> start(b));
            startA.join();
            startB.join();
            stack.registerHosts(fleet.hosts(), false);
            stack.awaitFirstRefresh(HOSTS, Duration.ofMinutes(5));

            Map<Boolean, List<Long>> byState = stack.guestServiceInterface(null);
            Map<Boolean, List<Long>> half1 = Map.of(true, byState.get(true).subList(0, byState.get(true).size() / 2),
                    false, byState.get(false).subList(0, byState.get(false).size() / 2));
            Map<Boolean, List<Long>> half2 = Map.of(true, byState.get(true).subList(byState.get(true).size() / 2,
                    byState.get(true).size()), false, byState.get(false).subList(byState.get(false).size() / 2,
                    byState.get(false).size()));
            simulator.journal().clear();
            List<Long> ops = new ArrayList<>(stack.toggleGuestServiceInterface(stack.api(a), half1));
            ops.addAll(stack.toggleGuestServiceInterface(stack.api(b), half2));
            assertEquals(HOSTS * VMS_PER_HOST, ops.size());
            stack.awaitOperationsFinal("vm_id IS NOT NULL", Duration.ofMinutes(10));

            long succeeded = stack.count("SELECT count(*) FROM operation WHERE vm_id IS NOT NULL AND state = 'SUCCEEDED'");
            long failed = stack.count("SELECT count(*) FROM operation WHERE vm_id IS NOT NULL AND state = 'FAILED'");
            long attempts = stack.count("SELECT count(*) FROM operation_attempt a JOIN operation o ON o.id ="
                    + " a.operation_id WHERE o.vm_id IS NOT NULL");
            long attemptsClaimed = stack.count("SELECT coalesce(sum(attempts), 0) FROM operation WHERE vm_id IS NOT NULL");
            long doubleAttempts = stack.count("SELECT count(*) FROM (SELECT operation_id, attempt FROM operation_attempt"
                    + " GROUP BY 1, 2 HAVING count(*) > 1 OR count(DISTINCT node) > 1) d");
            long doubleSuccess = stack.count("SELECT count(*) FROM (SELECT operation_id FROM operation_attempt"
                    + " WHERE outcome = 'SUCCEEDED' GROUP BY 1 HAVING count(*) > 1) d");
            Map<String, Long> perNode = new HashMap<>();
            for (Object[] r : stack.rows("SELECT a.node, count(*) FROM operation_attempt a JOIN operation o"
                    + " ON o.id = a.operation_id WHERE o.vm_id IS NOT NULL GROUP BY 1")) {
                perNode.put((String) r[0], ((Number) r[1]).longValue());
            }
            Map<String, Integer> changesPerVm = new HashMap<>();
            int changes = 0;
            for (JournalEntry e : simulator.journal().entries()) {
                java.util.Set<String> touched = new java.util.HashSet<>();
                for (StateChange c : e.changes()) {
                    changes++;
                    touched.add(c.vmId().toLowerCase());
                }
                touched.forEach(vm -> changesPerVm.merge(vm, 1, Integer::sum)); // commands that changed the VM
            }
            long duplicates = changesPerVm.values().stream().filter(n -> n > 1).count();
            long lost = ops.size() - succeeded - failed;

            // the compliance schedule: wait for a tick after the operations, then one report per tick
            long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
            while (stack.count("SELECT count(*) FROM compliance_report WHERE trigger_kind = 'SCHEDULED'") < 2
                    && System.nanoTime() < deadline) {
                Thread.sleep(1000);
            }
            Thread.sleep(5000); // a second node's late report for the same slot would show up now
            long ticks = stack.count("SELECT count(*) FROM compliance_tick");
            long reports = stack.count("SELECT count(*) FROM compliance_report WHERE trigger_kind = 'SCHEDULED'");
            long tickNodes = stack.count("SELECT count(DISTINCT node) FROM compliance_tick");
            long slotsWithoutOneReport = stack.count("""
                    SELECT count(*) FROM compliance_tick t WHERE 1 <> (SELECT count(*) FROM compliance_report r
                     WHERE r.trigger_kind = 'SCHEDULED' AND r.created_at >= t.slot
                       AND r.created_at < t.slot + interval '1 minute')""");

            Stack.log(String.format("TWO NODES: operations %d, succeeded %d, failed %d, lost %d; attempts %d (claimed %d),"
                    + " attempts per node %s, attempts run twice or by two nodes (duplicates) %d, operations succeeded"
                    + " twice %d; state changes %d, VMs changed twice %d; compliance ticks %d (claimed by %d distinct"
                    + " node(s)), scheduled reports %d, ticks without exactly one report %d", ops.size(), succeeded,
                    failed, lost, attempts, attemptsClaimed, perNode, doubleAttempts, doubleSuccess, changes, duplicates,
                    ticks, tickNodes, reports, slotsWithoutOneReport));

            assertEquals(0, lost, "lost operations");
            assertEquals(attemptsClaimed, attempts, "one attempt row per claimed attempt");
            assertEquals(0, doubleAttempts, "attempts executed twice");
            assertEquals(0, doubleSuccess, "operations that succeeded twice");
            assertEquals(0, duplicates, "VMs changed more than once");
            assertEquals(2, perNode.size(), "both nodes did work: " + perNode);
            assertTrue(perNode.values().stream().allMatch(n -> n > 0), "both nodes did work: " + perNode);
            assertTrue(ticks >= 1, "at least one scheduled compliance tick");
            assertEquals(ticks, reports, "one scheduled report per tick");
            assertEquals(0, slotsWithoutOneReport, "every tick produced exactly one report");
        }
    }

    private static Node start(Node node) {
        try {
            return node.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

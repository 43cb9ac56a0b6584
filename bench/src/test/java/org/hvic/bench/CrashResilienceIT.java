package org.hvic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hvic.bench.support.FleetYaml;
import org.hvic.bench.support.Node;
import org.hvic.bench.support.Stack;
import org.hvic.launcher.ApiClient;
import org.hvic.simulator.FleetSimulator;
import org.hvic.simulator.fleet.Fleet;
import org.hvic.simulator.journal.JournalEntry;
import org.hvic.simulator.journal.StateChange;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, resilience 1: 1,000 operations are queued, WildFly is killed with SIGKILL while they run and started
 * again. Every operation must end SUCCEEDED or FAILED with a reason, none lost; no VM may receive a change for an
 * operation after that operation was recorded finished; an operation runs again only when its lease expired.
 */
class CrashResilienceIT {

    static final int HOSTS = 50;
    static final int VMS_PER_HOST = 20;

    @Test
    void killNineWhileOperationsRunLosesNothing() throws Exception {
        try (Stack stack = Stack.create("crash")) {
            stack.env("HVIC_OPERATIONS_LEASE", "PT15S").env("HVIC_OPERATIONS_RETRY_BASE", "PT1S")
                    .env("HVIC_REFRESH_INTERVAL", "PT1H").env("HVIC_COMPLIANCE_SCHEDULE", "off")
                    .startDatabase();
            FleetYaml yaml = new FleetYaml();
            for (int h = 0; h < HOSTS; h++) {
                yaml.host("HV-CRASH", FleetYaml.Faults.latency(120), FleetYaml.names("crash-" + h, VMS_PER_HOST));
            }
            Fleet fleet = yaml.fleet();
            FleetSimulator simulator = stack.startFleet(fleet);
            Node node = stack.node("crash-a", Stack.portOffset()).start();
            ApiClient api = stack.api(node);
            stack.registerHosts(fleet.hosts(), false);
            stack.awaitFirstRefresh(HOSTS, Duration.ofMinutes(5));

            // flip Guest Service Interface on every VM, so that each operation is a visible change in the journal
            List<Long> enable = new ArrayList<>();
            List<Long> disable = new ArrayList<>();
            for (Object[] r : stack.rows("""
                    SELECT v.id, s.enabled FROM virtual_machine v JOIN vm_integration_service s ON s.vm_id = v.id
                     WHERE s.display_name = 'Guest Service Interface' ORDER BY v.id""")) {
                ((Boolean) r[1] ? disable : enable).add(((Number) r[0]).longValue());
            }
            assertEquals(HOSTS * VMS_PER_HOST, enable.size() + disable.size(), "every VM was refreshed");
            simulator.journal().clear();
            List<Long> ops = new ArrayList<>(stack.enqueue(api, "ENABLE_INTEGRATION_SERVICE",
                    "Guest Service Interface", enable));
            ops.addAll(stack.enqueue(api, "DISABLE_INTEGRATION_SERVICE", "Guest Service Interface", disable));
            Stack.log("queued " + ops.size() + " operations");

            while (stack.count("SELECT count(*) FROM operation WHERE state = 'SUCCEEDED' AND vm_id IS NOT NULL")
                    < ops.size() / 4) {
                Thread.sleep(100);
            }
            node.kill();
            long runningAtKill = stack.count("SELECT count(*) FROM operation WHERE state = 'RUNNING'");
            long doneAtKill = stack.count("SELECT count(*) FROM operation WHERE state IN ('SUCCEEDED', 'FAILED')"
                    + " AND vm_id IS NOT NULL");
            Stack.log("killed with " + doneAtKill + " finished and " + runningAtKill + " running");

            node.start();
            stack.awaitOperationsFinal("vm_id IS NOT NULL", Duration.ofMinutes(10));

            // none lost, every failure explained
            long total = stack.count("SELECT count(*) FROM operation WHERE vm_id IS NOT NULL");
            long succeeded = stack.count("SELECT count(*) FROM operation WHERE vm_id IS NOT NULL AND state = 'SUCCEEDED'");
            long failed = stack.count("SELECT count(*) FROM operation WHERE vm_id IS NOT NULL AND state = 'FAILED'");
            long unexplained = stack.count("SELECT count(*) FROM operation WHERE vm_id IS NOT NULL AND state = 'FAILED'"
                    + " AND (error IS NULL OR error_kind IS NULL)");
            long lost = ops.size() - succeeded - failed;

            // attempts: one row per attempt; an earlier attempt of an operation ended only by an expired lease
            long attempts = stack.count("SELECT count(*) FROM operation_attempt a JOIN operation o"
                    + " ON o.id = a.operation_id WHERE o.vm_id IS NOT NULL");
            long leaseExpired = stack.count("SELECT count(*) FROM operation_attempt a JOIN operation o"
                    + " ON o.id = a.operation_id WHERE o.vm_id IS NOT NULL AND a.outcome = 'LEASE_EXPIRED'");
            long badReruns = stack.count("""
                    SELECT count(*) FROM operation_attempt a JOIN operation o ON o.id = a.operation_id
                     WHERE o.vm_id IS NOT NULL AND a.attempt < o.attempts
                       AND a.outcome IS DISTINCT FROM 'LEASE_EXPIRED'""");
            long attemptRowsMismatch = stack.count("""
                    SELECT count(*) FROM operation o WHERE o.vm_id IS NOT NULL
                       AND o.attempts <> (SELECT count(*) FROM operation_attempt a WHERE a.operation_id = o.id)""");
            long openAttempts = stack.count("SELECT count(*) FROM operation_attempt WHERE outcome IS NULL");

            // the journal: every change before its operation was recorded finished, at most one change per VM
            Map<String, Instant> finishedByVm = new HashMap<>();
            for (Object[] r : stack.rows("SELECT v.vm_id::text, o.finished_at FROM operation o"
                    + " JOIN virtual_machine v ON v.id = o.vm_id")) {
                finishedByVm.put(((String) r[0]).toLowerCase(), ((java.sql.Timestamp) r[1]).toInstant());
            }
            int changes = 0;
            int lateChanges = 0;
            int strayChanges = 0;
            Map<String, Integer> changesPerVm = new HashMap<>();
            int setCommands = 0;
            for (JournalEntry e : simulator.journal().entries()) {
                java.util.Set<String> touched = new java.util.HashSet<>();
                if (e.script().contains("Set-VMIntegrationService") || e.script().contains("Enable-VMIntegrationService")
                        || e.script().contains("Disable-VMIntegrationService")) {
                    setCommands++;
                }
                for (StateChange c : e.changes()) {
                    changes++;
                    Instant finished = finishedByVm.get(c.vmId().toLowerCase());
                    if (finished == null) {
                        strayChanges++;
                    } else if (e.time().isAfter(finished)) {
                        lateChanges++;
                        Stack.log("LATE change " + c + " at " + e.time() + " after " + finished);
                    }
                    touched.add(c.vmId().toLowerCase());
                }
                touched.forEach(vm -> changesPerVm.merge(vm, 1, Integer::sum)); // commands that changed the VM
            }
            long duplicates = changesPerVm.values().stream().filter(n -> n > 1).count();
            long notReached = stack.count("""
                    SELECT count(*) FROM operation o WHERE o.vm_id IS NOT NULL AND o.state = 'SUCCEEDED' AND NOT EXISTS
                      (SELECT 1 FROM vm_integration_service s WHERE s.vm_id = o.vm_id
                          AND s.display_name = 'Guest Service Interface'
                          AND s.enabled = (o.type = 'ENABLE_INTEGRATION_SERVICE'))""");
            Stack.log(String.format("CRASH: operations %d, succeeded %d, failed %d (unexplained %d), lost %d; "
                    + "running at kill %d; attempts %d, re-executions after LEASE_EXPIRED %d, re-executions for any "
                    + "other reason %d; enable/disable commands received %d, state changes %d, VMs changed twice "
                    + "(duplicates) %d, changes after the operation finished %d, changes to VMs without an operation "
                    + "%d; succeeded but state not reached %d", ops.size(), succeeded, failed, unexplained, lost,
                    runningAtKill, attempts, leaseExpired, badReruns, setCommands, changes, duplicates, lateChanges,
                    strayChanges, notReached));

            assertEquals(0, lost, "lost operations");
            assertEquals(0, unexplained, "FAILED operations without a reason");
            assertEquals(0, badReruns, "re-executions whose earlier attempt did not end by an expired lease");
            assertEquals(0, attemptRowsMismatch, "operations whose attempt rows do not match their attempt count");
            assertEquals(0, openAttempts, "attempts without an outcome");
            assertEquals(runningAtKill, leaseExpired, "every operation running at the kill was re-run after its lease"
                    + " expired, no other");
            assertEquals(0, lateChanges, "changes after the operation was recorded finished");
            assertEquals(0, strayChanges, "changes to VMs no operation targeted");
            assertEquals(0, duplicates, "VMs changed more than once");
            assertEquals(0, notReached, "operations SUCCEEDED whose VM is not in the requested state");
            assertTrue(runningAtKill > 0, "the kill hit running operations");
        }
    }
}

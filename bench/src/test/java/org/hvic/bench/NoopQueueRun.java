package org.hvic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.hvic.bench.noop.NoopConnectors;
import org.hvic.bench.noop.NoopRemoteExecutor;
import org.hvic.bench.support.CpuTimes;
import org.hvic.bench.support.Node;
import org.hvic.bench.support.Results;
import org.hvic.bench.support.Stack;
import org.hvic.connector.IntegrationServiceType;
import org.hvic.launcher.ApiClient;
import org.hvic.simulator.FleetSimulator;

/**
 * The queue measured with a connector that answers at once (issue 7, queue): on a node running hvic-noop.ear, the
 * operations flip Guest Service Interface on VMs without an open operation; rows and checks go to the results.
 */
final class NoopQueueRun {

    /** paused_until of hosts held by the measured round, told apart from any pause of the circuit breaker. */
    private static final String HELD = "TIMESTAMPTZ '2999-01-01 00:00:00+00'";

    static final int MAX_WARM_UP_ROUNDS = Integer.getInteger("hvic.bench.max-warm-up-rounds", 10);

    static final int MEASURED_ROUNDS = Integer.getInteger("hvic.bench.measured-rounds", 3);

    private final Stack stack;
    private final FleetSimulator simulator;
    private final Results results;
    private final int operations;
    private final int workers;

    NoopQueueRun(Stack stack, FleetSimulator simulator, Results results, int operations, int workers) {
        this.stack = stack;
        this.simulator = simulator;
        this.results = results;
        this.operations = operations;
        this.workers = workers;
    }

    /**
     * Warms up, then measures the queue; {@code baseline} runs the plain-JDBC baseline and returns its seconds. It runs
     * right before and right after each measured round, on the same database in the same state, and their mean is the
     * baseline of that round (a baseline taken minutes earlier, while autovacuum worked on the tables after the
     * real-SSH run, varied between 5,100 and 7,700 transactions/s from run to run).
     */
    void measure(Node noop, Callable<Double> baseline) throws Exception {
        ApiClient noopApi = stack.api(noop);
        String guid = IntegrationServiceType.GUEST_SERVICE_INTERFACE.guid();
        long refreshesBefore = stack.count("SELECT count(*) FROM operation WHERE type = 'REFRESH_HOST'");
        int journalBefore = simulator.journal().size();
        // the node's JVM is fresh (the first node had run the refresh before its queue run): rounds of the same size
        // and kind on the same VMs first, not measured, until the JIT compiler is nearly done (a round in which its
        // threads used less than a fifth of WildFly's CPU), at most MAX_WARM_UP_ROUNDS
        int warmUp = Integer.getInteger("hvic.bench.warm-up", operations);
        List<String> warmUpRounds = new ArrayList<>();
        long lastRoundStart = -1; // the operations of the last warm-up round (id > this), whose latency is reported
        for (int round = 0; round < MAX_WARM_UP_ROUNDS && warmUp > 0; round++) {
            lastRoundStart = stack.count("SELECT coalesce(max(id), 0) FROM operation");
            String lastRound = "id > " + lastRoundStart;
            CpuTimes start = stack.cpu(noop);
            long t = System.nanoTime();
            int queued = enqueueFlips(noopApi, flips(guid, warmUp)).size();
            stack.awaitOperationsFinal(lastRound, Duration.ofMinutes(5));
            CpuTimes used = stack.cpu(noop).minus(start);
            double jitShare = used.wildflyJit() / used.wildfly();
            double claimToLast = queued / ((Number) stack.rows("SELECT extract(epoch FROM max(finished_at)"
                    + " - min(started_at)) FROM operation WHERE " + lastRound).get(0)[0]).doubleValue();
            warmUpRounds.add(Results.num(queued / ((System.nanoTime() - t) / 1e9)) + " operations/s with enqueue ("
                    + Results.num(claimToLast) + "/s from first claim to last completion, the enqueue running "
                    + "alongside), JIT " + Math.round(100 * jitShare) + " % of WildFly's CPU");
            Stack.log("no-op queue warm-up round " + (round + 1) + ": " + warmUpRounds.get(round));
            if (jitShare < 0.2) {
                break;
            }
        }

        long lastOperation = stack.count("SELECT coalesce(max(id), 0) FROM operation");
        long lastAudit = stack.count("SELECT coalesce(max(id), 0) FROM audit_entry");
        // MEASURED_ROUNDS rounds, each between two runs of the baseline (the one after a round is the one before the
        // next): the machine's speed changes within seconds, so one round against one baseline is a lottery; the
        // table shows the round with the median ratio, the note all of them
        List<Measured> rounds = new ArrayList<>();
        double before = baseline.call();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            Measured m = measuredRound(noop, noopApi, guid, before, baseline);
            rounds.add(m);
            before = m.baselineAfter();
            Stack.log("no-op queue measured round " + (round + 1) + ": " + m.summary(operations));
        }
        Measured median = rounds.stream().sorted(java.util.Comparator.comparingDouble(m -> m.ratio(operations)))
                .toList().get(rounds.size() / 2);
        List<Long> ids = median.ids();
        int enable = median.enable();
        int disable = median.disable();
        int requests = (enable + 999) / 1000 + (disable + 999) / 1000;
        double baselineSeconds = median.baselineSeconds();
        double baselineRate = median.baselineRate(operations);
        String baselineRates = " (mean of " + Results.num(operations / median.baselineBefore()) + " right before and "
                + Results.num(operations / median.baselineAfter()) + " right after the round)";
        long succeeded = median.succeeded();
        long ops = median.ops();
        double rate = median.rate();
        double enqueue = median.enqueueSeconds();
        CpuTimes enqueueCpu = median.enqueueCpu();
        CpuTimes cpu = median.cpu();
        // latency: the last warm-up round, queued through the API while the workers ran
        Object[] latency = lastRoundStart < 0 ? null : stack.rows("""
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM started_at - requested_at)),
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM started_at - requested_at)),
                       count(*)
                  FROM operation WHERE id > ? AND id <= ?""", lastRoundStart, lastOperation).get(0);

        // what shows that the no-op connector ran and that everything around it was the application's own
        int sshCommands = simulator.journal().size() - journalBefore;
        long refreshes = stack.count("SELECT count(*) FROM operation WHERE type = 'REFRESH_HOST'") - refreshesBefore;
        boolean selected = Files.readString(noop.serverLog()).contains(NoopConnectors.SELECTED);
        // each round flips the VMs of the round before back: the last round's requested state is what is in place
        Measured last = rounds.get(rounds.size() - 1);
        long inventory = stack.count("""
                SELECT count(*) FROM operation o JOIN vm_integration_service s ON s.vm_id = o.vm_id AND s.guid = ?
                 WHERE s.enabled = (o.type = 'ENABLE_INTEGRATION_SERVICE') AND\s""" + last.where(), guid);
        long allSucceeded = rounds.stream().mapToLong(Measured::succeeded).sum();
        long allOps = rounds.stream().mapToLong(Measured::ops).sum();
        long history = stack.count("SELECT count(*) FROM service_history WHERE source = 'OPERATION'"
                + " AND operation_id > ?", lastOperation);
        long audit = stack.count("SELECT count(*) FROM audit_entry WHERE id > ?", lastAudit);
        long attempts = stack.count("SELECT count(*) FROM operation_attempt WHERE node = ? AND operation_id > ?",
                noop.name(), lastOperation);

        results.add("Queue, no-op connector: enqueue (POST /operations, 1,000 VMs per request)", ops
                + " operations (" + enable + " enable, " + disable + " disable), " + requests + " requests",
                Results.num(ids.size() / enqueue) + " operations/s", Results.num(baselineRate)
                        + " insert+update transactions/s (plain JDBC, " + workers + " connections)",
                Results.ratio(ids.size() / enqueue / baselineRate), "—");
        results.add("Queue, no-op connector: claim + execute + complete, " + workers + " workers", ops
                + " operations (" + succeeded + " succeeded), " + sshCommands + " SSH commands",
                Results.num(rate) + " operations/s", Results.num(baselineRate) + " insert+update transactions/s"
                        + baselineRates,
                Results.ratio(rate / baselineRate), "≥ 0.50");
        if (latency != null) {
            double p99 = ((Number) latency[1]).doubleValue();
            results.add("Queue, no-op connector: enqueue → start latency (backlog)", latency[2]
                    + " queued at once (the last warm-up round, workers running)", "p50 "
                    + Results.num(((Number) latency[0]).doubleValue()) + " s, p99 " + Results.num(p99) + " s",
                    Results.num(baselineSeconds) + " s for the baseline's " + operations
                            + " transactions (its time to drain such a backlog)",
                    Results.ratio(p99 / baselineSeconds) + " (p99 / baseline time)", "—");
        }
        results.note("Queue, no-op connector: the same API, queue, workers, database and completion as the real path;"
                + " only the execution of the connector's command is replaced. A copy of hvic.ear (hvic-noop.ear, "
                + "built at test time with the JDK's zip file system) has two more classes in its EJB module "
                + "hvic-ejb.jar: " + NoopConnectors.class.getName() + " (@Alternative @Priority(1000) "
                + "@ApplicationScoped, @Produces HostConnector and LinuxGuestConnector), which wins over the producers"
                + " of org.hvic.connector.Connectors, and " + NoopRemoteExecutor.class.getSimpleName() + ", the "
                + "RemoteExecutor behind those connectors in place of SshExecutor: it decodes the command that the "
                + "real HostScripts built and prints at once, without any network, the ##hvic:services section that "
                + "the real HostOutputParser reads, with the requested component of that VM in the requested state "
                + "(only that one component, English name, status OK; a real host lists all six of the VM and "
                + "reports No Contact for a stopped VM, so such VMs get a second history row here). A node "
                + "with the same settings (" + workers + " workers) on the same database as the first node ran, after "
                + warmUpRounds.size() + " unmeasured rounds of " + warmUp + " operations of the same kind on the same "
                + "VMs to warm up its fresh JVM (until a round in which the JIT compiler threads used less than a "
                + "fifth of WildFly's CPU, at most " + MAX_WARM_UP_ROUNDS + "; rounds: " + String.join("; ",
                warmUpRounds) + "), " + rounds.size() + " measured rounds of " + operations + " operations on VMs "
                + "from the other end of the id range than the real-SSH run, each flipping Guest Service Interface "
                + "(in the round shown " + enable + " ENABLE_INTEGRATION_SERVICE where the inventory had it disabled, "
                + disable + " DISABLE_INTEGRATION_SERVICE where enabled; each round flips the one before back), queued through POST /operations with at "
                + "most 1,000 VMs per request while their hosts were held (paused_until set in SQL, as the queue's "
                + "circuit breaker does), then released at once: enqueue and execution are measured apart, and "
                + "nothing else ran while the queue worked (in the warm-up rounds above, queued while the workers "
                + "ran, the enqueue's requests, inserts and audit entries shared the two cores). Real, per operation: the claim (advisory lock, candidates read, the "
                + "chosen ones locked FOR UPDATE SKIP LOCKED and started), loading the target (host endpoint, sealed credentials opened), HostConnector with "
                + "HostScripts and HostOutputParser, the check of the read-back, and the completion transaction "
                + "(operation, attempt, inventory upsert, service history, audit entry). Each measured round lies "
                + "between two runs of the baseline (the one after a round is the one before the next); the rows show"
                + " the round with the median ratio. Measured rounds: " + String.join("; ", rounds.stream()
                        .map(m -> m.summary(operations)).toList()) + ". Checks, all measured rounds: " + sshCommands
                + " commands in the simulator journal during the run (warm-up included), " + refreshes
                + " refreshes queued, the "
                + "node's server.log " + (selected ? "shows" : "does NOT show") + " the no-op connectors in use; "
                + allSucceeded + "/" + allOps + " succeeded; " + attempts + " attempts by node " + noop.name() + "; "
                + inventory + "/" + last.ops() + " VMs of the last round show the requested state in the inventory; "
                + history
                + " service-history rows and " + audit + " audit entries (the requests' included) written. Rate = "
                + "operations / (last completion − first claim); latency = started_at − requested_at of the last "
                + "warm-up round's operations, all queued at once while the workers ran, so it is dominated by the "
                + "backlog: its baseline is the time the JDBC baseline took for the same number of transactions. "
                + "Enqueue: " + enqueueCpu + "; release to last completion: " + cpu + ".");
        assertEquals(0, sshCommands, "the no-op run reached the simulator: the no-op connectors were not used");
        assertEquals(0, refreshes, "refreshes were queued during the no-op run (they fail on the no-op executor)");
        assertEquals(allOps, allSucceeded, "not every no-op operation succeeded");
        assertEquals((long) operations * rounds.size(), allOps, "a measured round did not queue all its operations");
        assertEquals(last.ops(), inventory, "the inventory does not show the requested state for every VM");
        assertEquals(true, selected, "server.log of " + noop.name() + " lacks: " + NoopConnectors.SELECTED);
    }

    /** One measured round: its operations (id above {@code after}) and the baselines on either side of it. */
    record Measured(long after, List<Long> ids, int enable, int disable, double enqueueSeconds, CpuTimes enqueueCpu,
            CpuTimes cpu, double seconds, long succeeded, long ops, double baselineBefore, double baselineAfter) {

        String where() {
            return flipsAfter(after);
        }

        double rate() {
            return ops / seconds;
        }

        double baselineSeconds() {
            return (baselineBefore + baselineAfter) / 2;
        }

        /** The baseline's transactions per second, for the same number of transactions as the round's operations. */
        double baselineRate(int operations) {
            return operations / baselineSeconds();
        }

        double ratio(int operations) {
            return rate() / baselineRate(operations);
        }

        String summary(int operations) {
            return Results.num(rate()) + " operations/s against " + Results.num(baselineRate(operations))
                    + " transactions/s, " + Results.ratio(ratio(operations));
        }
    }

    /**
     * Queues {@link #operations} flips while their hosts are held, releases them, waits until all are done, then runs
     * the baseline once more. The measured round keeps enqueue and execution apart, as the issue measures them apart:
     * the hosts are held (paused_until, the column of the queue's circuit breaker, set in SQL) while the operations
     * are queued through the API, then released at once, so that nothing else runs while the queue claims, executes
     * and completes them.
     */
    private Measured measuredRound(Node noop, ApiClient client, String guid, double baselineBefore, Callable<Double> baseline)
            throws Exception {
        long after = stack.count("SELECT coalesce(max(id), 0) FROM operation");
        Map<Boolean, List<Long>> byState = flips(guid, operations);
        stack.execute("UPDATE host SET paused_until = " + HELD + " WHERE paused_until IS NULL");
        stack.execute("SELECT pg_stat_statements_reset()");
        CpuTimes cpu0 = stack.cpu(noop);
        long t0 = System.nanoTime();
        List<Long> ids = enqueueFlips(client, byState);
        double enqueue = (System.nanoTime() - t0) / 1e9;
        CpuTimes cpu1 = stack.cpu(noop);
        stack.execute("UPDATE host SET paused_until = NULL WHERE paused_until = " + HELD);
        stack.awaitOperationsFinal(flipsAfter(after).replace("o.", ""), Duration.ofMinutes(30));
        CpuTimes cpu = stack.cpu(noop).minus(cpu1);
        stack.printTopStatements("no-op queue");
        double baselineAfter = baseline.call();
        Object[] row = stack.rows("""
                SELECT extract(epoch FROM max(finished_at) - min(started_at)),
                       count(*) FILTER (WHERE state = 'SUCCEEDED'), count(*)
                  FROM operation o WHERE\s""" + flipsAfter(after)).get(0);
        return new Measured(after, ids, byState.get(false).size(), byState.get(true).size(), enqueue,
                cpu1.minus(cpu0), cpu, ((Number) row[0]).doubleValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), baselineBefore, baselineAfter);
    }

    /** The flips queued after operation id {@code after} (a WHERE clause over {@code operation o}). */
    private static String flipsAfter(long after) {
        return "o.id > " + after + " AND o.type IN ('ENABLE_INTEGRATION_SERVICE', 'DISABLE_INTEGRATION_SERVICE')";
    }

    /**
     * Up to n VMs from the other end of the id range than queue(), none with an open operation, by whether the
     * inventory has the component enabled (true) or not (false: disabled or no row), for flipping it.
     */
    private Map<Boolean, List<Long>> flips(String guid, int n) throws Exception {
        Map<Boolean, List<Long>> byState = new HashMap<>(Map.of(true, new ArrayList<>(), false, new ArrayList<>()));
        for (Object[] r : stack.rows("""
                SELECT v.id, coalesce(s.enabled, false) FROM virtual_machine v
                  LEFT JOIN vm_integration_service s ON s.vm_id = v.id AND s.guid = ?
                 WHERE NOT EXISTS (SELECT 1 FROM operation o WHERE o.vm_id = v.id AND o.state IN ('QUEUED', 'RUNNING'))
                 ORDER BY v.id DESC LIMIT ?""", guid, n)) {
            byState.get((Boolean) r[1]).add(((Number) r[0]).longValue());
        }
        return byState;
    }

    /** Enable where disabled, disable where enabled: POST /operations, at most 1,000 VMs per request. */
    private List<Long> enqueueFlips(ApiClient client, Map<Boolean, List<Long>> byState) throws Exception {
        List<Long> ids = new ArrayList<>(stack.enqueue(client, "ENABLE_INTEGRATION_SERVICE",
                "Guest Service Interface", byState.get(false)));
        ids.addAll(stack.enqueue(client, "DISABLE_INTEGRATION_SERVICE", "Guest Service Interface",
                byState.get(true)));
        return ids;
    }
}

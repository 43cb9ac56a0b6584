package org.hvic.operations;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hvic.audit.AuditEventType;
import org.hvic.audit.AuditRecord;
import org.hvic.audit.AuditService;
import org.hvic.security.Actor;

/**
 * This node's share of the queue: claims work when workers are free, runs each attempt on a managed executor,
 * renews the leases of what it runs, takes back expired leases of crashed nodes, and queues scheduled refreshes.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OperationDispatcher {

    private static final Logger LOG = Logger.getLogger(OperationDispatcher.class.getName());

    @Resource(lookup = "java:jboss/ee/concurrency/executor/hvic-workers")
    ManagedExecutorService workers;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    OperationQueue queue;

    @EJB
    RefreshScheduler refreshes;

    @EJB
    ExecutionTargetLoader loader;

    @EJB
    OperationCompletion completion;

    @EJB
    AuditService audit;

    @Inject
    OperationRunner runner;

    @Inject
    @ConfigProperty(name = "hvic.operations.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "hvic.operations.workers", defaultValue = "8")
    int workerCount;

    @Inject
    @ConfigProperty(name = "hvic.operations.per-host", defaultValue = "4")
    int perHost;

    @Inject
    @ConfigProperty(name = "hvic.operations.lease", defaultValue = "PT5M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "hvic.operations.poll", defaultValue = "PT1S")
    Duration poll;

    @Inject
    @ConfigProperty(name = "hvic.refresh.interval", defaultValue = "PT5M")
    Duration refreshInterval;

    @Inject
    @ConfigProperty(name = "hvic.operations.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "hvic.node-name")
    java.util.Optional<String> configuredNode;

    /** Attempts recorded per transaction at most, and how many may wait to be recorded before claiming pauses. */
    static final int MAX_BATCH = 500;
    static final int MAX_WAITING = 2000;

    /** Operations this node holds the lease of: being carried out, or carried out and waiting to be recorded. */
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean ticking = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private WorkerPool pool;
    private CompletionBuffer completions;
    private String node;
    private volatile long lastMaintenance;
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        node = configuredNode.filter(n -> !n.isBlank()).orElseGet(() -> ManagementFactory.getRuntimeMXBean().getName()
                + "-" + UUID.randomUUID().toString().substring(0, 8));
        pool = new WorkerPool(workerCount, workers, this::attempt, this::wake, c -> running.remove(c.op().id()));
        completions = new CompletionBuffer(MAX_BATCH, workers, this::record);
        if (!enabled) {
            LOG.info("hvic: operation workers are disabled on node " + node);
            return;
        }
        scheduler.scheduleWithFixedDelay(this::tick, 2000, poll.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("hvic: node " + node + " runs " + workerCount + " operation workers (" + perHost + " per host)");
    }

    @PreDestroy
    void stop() {
        stopping = true;
        pool.stop();
        try {
            if (!completions.drain(Duration.ofSeconds(10))) {
                LOG.warning("hvic: " + completions.waiting() + " finished attempts were not recorded at shutdown;"
                        + " their leases will expire and they will run again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String node() {
        return node;
    }

    public void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) OperationNotifier.OperationsQueued event) {
        if (enabled && !stopping) {
            scheduler.execute(this::tick);
        }
    }

    /** Claims work for free workers; a request while a tick runs makes that tick go round once more. */
    void tick() {
        requested.set(true);
        while (!stopping && requested.get() && ticking.compareAndSet(false, true)) {
            try {
                requested.set(false);
                claimForFreeWorkers();
            } finally {
                ticking.set(false);
            }
        }
    }

    private void claimForFreeWorkers() {
        try {
            maintain();
            int free = pool.capacity();
            while (free > 0 && !stopping && completions.waiting() < MAX_WAITING) {
                List<ClaimedOperation> claimed = queue.claim(node, free, perHost, Math.max(1, workerCount / 4),
                        (int) lease.toSeconds());
                Map<Long, ExecutionTarget> targets = targets(claimed);
                for (ClaimedOperation op : claimed) {
                    running.add(op.id());
                    pool.submit(new WorkerPool.Claimed(op, targets.get(op.id())));
                }
                if (claimed.size() < free) {
                    break;
                }
                free = pool.capacity();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "hvic: dispatcher tick failed", e);
        }
    }

    /** What the claimed operations need, read at once; should that fail, each worker reads its own. */
    private Map<Long, ExecutionTarget> targets(List<ClaimedOperation> claimed) {
        try {
            return claimed.isEmpty() ? Map.of() : loader.loadAll(claimed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "hvic: reading the targets of " + claimed.size() + " operations failed", e);
            return Map.of();
        }
    }

    /** One attempt on a worker thread: its outcome goes to the completion buffer (an Error: to lease expiry). */
    private void attempt(WorkerPool.Claimed claimed) {
        AttemptOutcome outcome = null;
        try {
            outcome = runner.run(claimed.op(), claimed.target());
        } finally {
            if (outcome != null) {
                completions.add(new FinishedAttempt(claimed.op(), outcome));
            } else {
                running.remove(claimed.op().id());
            }
        }
    }

    /** Records a batch of finished attempts; what cannot be recorded is left to lease expiry (and run again). */
    private void record(List<FinishedAttempt> batch) {
        try {
            completion.completeAll(node, batch);
        } catch (RuntimeException e) {
            // one attempt that cannot be recorded must not hold back the others: each in a transaction of its own
            for (FinishedAttempt a : batch) {
                try {
                    completion.complete(a.op(), node, a.outcome());
                } catch (RuntimeException alone) {
                    LOG.log(Level.WARNING, "hvic: operation " + a.op().id() + " could not be completed", alone);
                }
            }
        } finally {
            batch.forEach(a -> running.remove(a.op().id()));
            wake(); // their VMs are free for the next operations
        }
    }

    private void wake() {
        if (!stopping) {
            scheduler.execute(this::tick);
        }
    }

    /** Every few seconds: renew own leases, take back expired ones, queue due refreshes. */
    private void maintain() {
        long now = System.currentTimeMillis();
        if (now - lastMaintenance < Math.min(lease.toMillis() / 3, 5000)) {
            return;
        }
        lastMaintenance = now;
        queue.renew(node, List.copyOf(running), (int) lease.toSeconds());
        for (OperationQueue.ExpiredLease expired : queue.reapExpired()) {
            audit.recordAlone(new AuditRecord(AuditEventType.OPERATION_LEASE_EXPIRED, Actor.SYSTEM, "OPERATION",
                    String.valueOf(expired.id()), expired.vmName(), java.util.Map.of("type", expired.type(),
                            "attempt", String.valueOf(expired.attempt())), expired.newState() + ": " + expired.error()));
        }
        refreshes.queueDueRefreshes(refreshInterval, maxAttempts);
    }
}

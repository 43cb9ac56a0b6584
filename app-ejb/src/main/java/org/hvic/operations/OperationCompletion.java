package org.hvic.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hvic.audit.AuditEventType;
import org.hvic.audit.AuditRecord;
import org.hvic.audit.AuditService;
import org.hvic.connector.GuestServiceState;
import org.hvic.connector.IntegrationServiceState;
import org.hvic.connector.LinuxGuestState;
import org.hvic.inventory.InventoryWriter;
import org.hvic.security.Actor;

/**
 * Ends attempts, one or many per transaction: each operation's new state, the state read back into the inventory with its
 * service history, the host's circuit breaker, and the audit entry of the outcome. If this node no longer holds the
 * lease (it expired and another node took the operation), nothing is recorded.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OperationCompletion {

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    @EJB
    InventoryWriter writer;

    @EJB
    AuditService audit;

    @Inject
    @ConfigProperty(name = "hvic.operations.retry-base", defaultValue = "PT2S")
    Duration retryBase;

    @Inject
    @ConfigProperty(name = "hvic.operations.breaker-threshold", defaultValue = "5")
    int breakerThreshold;

    @Inject
    @ConfigProperty(name = "hvic.operations.breaker-pause", defaultValue = "PT60S")
    Duration breakerPause;

    /**
     * Ends one attempt in a transaction of its own.
     *
     * @return false when this node no longer holds the lease (nothing was recorded)
     */
    public boolean complete(ClaimedOperation op, String node, AttemptOutcome outcome) {
        return !completeAll(node, List.of(new FinishedAttempt(op, outcome))).isEmpty();
    }

    /**
     * Ends many attempts in one transaction (group commit): one statement per table for all of them, the audit
     * chain locked once. Attempts whose lease this node lost are left alone.
     *
     * @return the ids of the operations recorded
     */
    public Set<Long> completeAll(String node, List<FinishedAttempt> attempts) {
        Map<Long, Object[]> rows = lockOwn(node, attempts);
        List<FinishedAttempt> own = attempts.stream().filter(a -> rows.containsKey(a.op().id())).toList();
        if (own.isEmpty()) {
            return Set.of();
        }
        Instant now = Instant.now();
        List<String> states = own.stream().map(a -> nextState(a.op(), a.outcome(), (Boolean) rows.get(a.op().id())[0]))
                .toList();
        updateOperations(own, states, now);
        recordReadBacks(own);
        updateHosts(own);
        List<AuditRecord> entries = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            FinishedAttempt a = own.get(i);
            auditRecord(a.op(), a.outcome(), states.get(i), rows.get(a.op().id())).ifPresent(entries::add);
        }
        audit.recordAll(entries);
        return own.stream().map(a -> a.op().id()).collect(Collectors.toSet());
    }

    /** Locks the operations this node still holds the lease of: id to (cancel_requested, vm_name, ...). */
    private Map<Long, Object[]> lockOwn(String node, List<FinishedAttempt> attempts) {
        Map<Long, Integer> attemptOf = new HashMap<>();
        attempts.forEach(a -> attemptOf.put(a.op().id(), a.op().attempt()));
        Map<Long, Object[]> rows = new HashMap<>();
        for (Object o : em.createNativeQuery("""
                SELECT cancel_requested, vm_name, service_name, requested_by, batch_id, id, attempts FROM operation
                 WHERE id = ANY(CAST(?1 AS bigint[])) AND state = 'RUNNING' AND lease_owner = ?2
                 ORDER BY id FOR UPDATE""")
                .setParameter(1, attemptOf.keySet().toArray(new Long[0])).setParameter(2, node).getResultList()) {
            Object[] row = (Object[]) o;
            long id = ((Number) row[5]).longValue();
            if (attemptOf.get(id) == ((Number) row[6]).intValue()) {
                rows.put(id, row);
            }
        }
        return rows;
    }

    private void updateOperations(List<FinishedAttempt> own, List<String> states, Instant now) {
        Long[] ids = own.stream().map(a -> a.op().id()).toArray(Long[]::new);
        String[] errors = own.stream().map(a -> a.outcome().error()).toArray(String[]::new);
        Instant[] next = new Instant[own.size()];
        for (int i = 0; i < own.size(); i++) {
            next[i] = "QUEUED".equals(states.get(i)) ? now.plus(backoff(own.get(i).op().attempt())) : now;
        }
        em.createNativeQuery("""
                UPDATE operation o SET state = t.state,
                       finished_at = CASE WHEN t.state = 'QUEUED' THEN NULL ELSE CAST(?7 AS timestamptz) END,
                       result = t.result, error = t.error, error_kind = t.error_kind, next_attempt_at = t.next_at,
                       lease_owner = NULL, lease_expires_at = NULL, version = o.version + 1
                  FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS varchar[]), CAST(?3 AS text[]), CAST(?4 AS text[]),
                              CAST(?5 AS varchar[]), CAST(?6 AS timestamptz[]))
                       AS t(id, state, result, error, error_kind, next_at)
                 WHERE o.id = t.id""")
                .setParameter(1, ids).setParameter(2, states.toArray(new String[0]))
                .setParameter(3, own.stream().map(a -> a.outcome().result()).toArray(String[]::new))
                .setParameter(4, errors)
                .setParameter(5, own.stream().map(a -> a.outcome().errorKind()).toArray(String[]::new))
                .setParameter(6, Arrays.stream(next).map(Instant::toString).toArray(String[]::new))
                .setParameter(7, now).executeUpdate();
        em.createNativeQuery("""
                UPDATE operation_attempt a SET outcome = t.outcome, finished_at = ?5, error = t.error
                  FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS integer[]), CAST(?3 AS varchar[]), CAST(?4 AS text[]))
                       AS t(id, attempt, outcome, error)
                 WHERE a.operation_id = t.id AND a.attempt = t.attempt""")
                .setParameter(1, ids)
                .setParameter(2, own.stream().map(a -> a.op().attempt()).toArray(Integer[]::new))
                .setParameter(3, states.stream().map(st -> "QUEUED".equals(st) ? "RETRY" : st).toArray(String[]::new))
                .setParameter(4, errors).setParameter(5, now).executeUpdate();
    }

    static String nextState(ClaimedOperation op, AttemptOutcome outcome, boolean cancelRequested) {
        if (outcome.succeeded()) {
            return "SUCCEEDED";
        }
        if (outcome.retryable() && op.attempt() < op.maxAttempts()) {
            return cancelRequested ? "CANCELLED" : "QUEUED";
        }
        return "FAILED";
    }

    Duration backoff(int attempt) {
        return retryBase.multipliedBy(1L << Math.min(attempt - 1, 10));
    }

    /** What the hosts and guests read back: host-side services of all VMs in one go, guest sides one by one. */
    @SuppressWarnings("unchecked")
    private void recordReadBacks(List<FinishedAttempt> own) {
        Map<Long, List<IntegrationServiceState>> services = new LinkedHashMap<>();
        Map<Long, Long> operationOfVm = new HashMap<>();
        for (FinishedAttempt a : own) {
            ClaimedOperation op = a.op();
            Object back = a.outcome().readBack();
            if (back == null || op.vmId() == null) {
                continue;
            }
            if (back instanceof LinuxGuestState linux) {
                writer.applyLinuxGuest(op.vmId(), linux, "OPERATION", op.id());
            } else if (back instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof GuestServiceState) {
                writer.applyWindowsGuest(op.vmId(), (List<GuestServiceState>) list, "OPERATION", op.id());
            } else if (back instanceof List<?> list && !list.isEmpty()
                    && list.get(0) instanceof IntegrationServiceState) {
                services.put(op.vmId(), (List<IntegrationServiceState>) list);
                operationOfVm.put(op.vmId(), op.id());
            }
        }
        writer.applyIntegrationServices(services, operationOfVm, "OPERATION");
    }

    /** Healthy hosts (one statement for all, rows that already say so are not written); failures one by one. */
    private void updateHosts(List<FinishedAttempt> own) {
        Set<Long> healthy = new TreeSet<>();
        for (FinishedAttempt a : own) {
            if (a.outcome().succeeded() || "STATE_NOT_REACHED".equals(a.outcome().errorKind())) {
                healthy.add(a.op().hostId());
            } else {
                updateHost(a.op(), a.outcome());
            }
        }
        if (!healthy.isEmpty()) {
            em.createNativeQuery("""
                    UPDATE host SET consecutive_failures = 0, paused_until = NULL, reachable = true
                     WHERE id = ANY(CAST(?1 AS bigint[]))
                       AND (consecutive_failures <> 0 OR paused_until IS NOT NULL OR reachable IS DISTINCT FROM true)""")
                    .setParameter(1, healthy.toArray(new Long[0])).executeUpdate();
        }
    }

    private void updateHost(ClaimedOperation op, AttemptOutcome outcome) {
        if (outcome.presentedHostKey() != null && op.vmId() == null) {
            em.createNativeQuery("UPDATE host SET presented_host_key = ?1, last_error = ?2 WHERE id = ?3")
                    .setParameter(1, outcome.presentedHostKey()).setParameter(2, outcome.error())
                    .setParameter(3, op.hostId()).executeUpdate();
        }
        if (outcome.retryable()) {
            em.createNativeQuery("""
                    UPDATE host SET consecutive_failures = consecutive_failures + 1, last_error = ?1,
                           reachable = CASE WHEN ?2 THEN false ELSE reachable END,
                           paused_until = CASE WHEN consecutive_failures + 1 >= ?3
                                               THEN now() + make_interval(secs => ?4) ELSE paused_until END
                     WHERE id = ?5""")
                    .setParameter(1, outcome.error()).setParameter(2, "UNREACHABLE".equals(outcome.errorKind()))
                    .setParameter(3, breakerThreshold).setParameter(4, (double) breakerPause.toSeconds())
                    .setParameter(5, op.hostId()).executeUpdate();
        } else if (op.vmId() == null) {
            em.createNativeQuery("UPDATE host SET last_error = ?1 WHERE id = ?2")
                    .setParameter(1, outcome.error()).setParameter(2, op.hostId()).executeUpdate();
        }
    }

    private static Optional<AuditRecord> auditRecord(ClaimedOperation op, AttemptOutcome outcome, String state,
            Object[] row) {
        String requestedBy = (String) row[3];
        if ("SUCCEEDED".equals(state) && op.type() == OperationType.REFRESH_HOST && "system".equals(requestedBy)) {
            return Optional.empty(); // scheduled refreshes that succeed are visible in the host list, not the audit log
        }
        AuditEventType type = switch (state) {
            case "SUCCEEDED" -> AuditEventType.OPERATION_SUCCEEDED;
            case "QUEUED" -> AuditEventType.OPERATION_RETRY_SCHEDULED;
            case "CANCELLED" -> AuditEventType.OPERATION_CANCELLED;
            default -> AuditEventType.OPERATION_FAILED;
        };
        Map<String, String> params = new LinkedHashMap<>();
        params.put("type", op.type().name());
        params.put("attempt", op.attempt() + "/" + op.maxAttempts());
        params.put("service", String.valueOf(row[2]));
        params.put("batchId", String.valueOf(row[4]));
        params.put("requestedBy", requestedBy);
        if (outcome.errorKind() != null) {
            params.put("errorKind", outcome.errorKind());
        }
        String target = row[1] != null ? (String) row[1] : "host " + op.hostId();
        String result = state + (outcome.error() == null ? ": " + outcome.result() : ": " + outcome.error());
        return Optional.of(new AuditRecord(type, Actor.SYSTEM, "OPERATION", String.valueOf(op.id()), target, params,
                result.length() > 2000 ? result.substring(0, 2000) : result));
    }
}

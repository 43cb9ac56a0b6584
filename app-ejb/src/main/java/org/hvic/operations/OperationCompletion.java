package org.hvic.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Ends one attempt in one transaction: the operation's new state, the state read back into the inventory with its
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

    public boolean complete(ClaimedOperation op, String node, AttemptOutcome outcome) {
        List<?> rows = em.createNativeQuery("""
                SELECT cancel_requested, vm_name, service_name, requested_by, batch_id FROM operation
                 WHERE id = ?1 AND state = 'RUNNING' AND lease_owner = ?2 AND attempts = ?3 FOR UPDATE""")
                .setParameter(1, op.id()).setParameter(2, node).setParameter(3, op.attempt()).getResultList();
        if (rows.isEmpty()) {
            return false; // the lease was lost: another node owns this operation now
        }
        Object[] row = (Object[]) rows.get(0);
        boolean cancelRequested = (Boolean) row[0];
        String state = nextState(op, outcome, cancelRequested);
        Instant now = Instant.now();
        Instant next = "QUEUED".equals(state) ? now.plus(backoff(op.attempt())) : now;
        em.createNativeQuery("""
                UPDATE operation SET state = ?1, finished_at = ?2, result = ?3, error = ?4, error_kind = ?5,
                       next_attempt_at = ?6, lease_owner = NULL, lease_expires_at = NULL, version = version + 1
                 WHERE id = ?7""")
                .setParameter(1, state).setParameter(2, "QUEUED".equals(state) ? null : now)
                .setParameter(3, outcome.result()).setParameter(4, outcome.error())
                .setParameter(5, outcome.errorKind()).setParameter(6, next).setParameter(7, op.id()).executeUpdate();
        em.createNativeQuery("""
                UPDATE operation_attempt SET outcome = ?1, finished_at = ?2, error = ?3
                 WHERE operation_id = ?4 AND attempt = ?5""")
                .setParameter(1, "QUEUED".equals(state) ? "RETRY" : state).setParameter(2, now)
                .setParameter(3, outcome.error()).setParameter(4, op.id()).setParameter(5, op.attempt())
                .executeUpdate();
        recordReadBack(op, outcome);
        updateHost(op, outcome);
        audit(op, outcome, state, row);
        return true;
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

    @SuppressWarnings("unchecked")
    private void recordReadBack(ClaimedOperation op, AttemptOutcome outcome) {
        Object back = outcome.readBack();
        if (back == null || op.vmId() == null) {
            return;
        }
        if (back instanceof LinuxGuestState linux) {
            writer.applyLinuxGuest(op.vmId(), linux, "OPERATION", op.id());
        } else if (back instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof GuestServiceState) {
            writer.applyWindowsGuest(op.vmId(), (List<GuestServiceState>) list, "OPERATION", op.id());
        } else if (back instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof IntegrationServiceState) {
            writer.applyIntegrationServices(op.vmId(), (List<IntegrationServiceState>) list, "OPERATION", op.id());
        }
    }

    private void updateHost(ClaimedOperation op, AttemptOutcome outcome) {
        if (outcome.succeeded() || "STATE_NOT_REACHED".equals(outcome.errorKind())) {
            em.createNativeQuery("""
                    UPDATE host SET consecutive_failures = 0, paused_until = NULL, reachable = true WHERE id = ?1""")
                    .setParameter(1, op.hostId()).executeUpdate();
            return;
        }
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

    private void audit(ClaimedOperation op, AttemptOutcome outcome, String state, Object[] row) {
        String requestedBy = (String) row[3];
        if ("SUCCEEDED".equals(state) && op.type() == OperationType.REFRESH_HOST && "system".equals(requestedBy)) {
            return; // scheduled refreshes that succeed are visible in the host list, not in the audit log
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
        audit.record(new AuditRecord(type, Actor.SYSTEM, "OPERATION", String.valueOf(op.id()), target, params,
                result.length() > 2000 ? result.substring(0, 2000) : result));
    }
}

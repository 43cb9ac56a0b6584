package org.hvic.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hvic.audit.AuditEventType;
import org.hvic.audit.AuditRecord;
import org.hvic.audit.AuditService;
import org.hvic.inventory.Page;
import org.hvic.problem.Problem;
import org.hvic.security.Actor;

/**
 * Turns requests into queued operations (one per VM, grouped by a batch id), cancels them and lists them. A request
 * is validated completely before anything is written: a bad request queues nothing. Each request is one audit entry.
 */
@Stateless
public class OperationService {

    public static final int MAX_VMS_PER_REQUEST = 1000;

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    @EJB
    AuditService audit;

    @Inject
    OperationNotifier notifier;

    @Inject
    @ConfigProperty(name = "hvic.operations.max-attempts", defaultValue = "3")
    int maxAttempts;

    public BatchReceipt enqueue(OperationRequest request, Actor actor) {
        if (request == null) {
            throw Problem.invalid("a request body is required");
        }
        OperationType type = parseType(request.type());
        List<Long> ids = vmIds(request.vmIds());
        ServiceTarget target = ServiceTarget.resolve(type, request.service());
        List<VmTarget> vms = VmTarget.load(em, ids);
        vms.forEach(vm -> vm.checkApplicable(type));

        UUID batchId = UUID.randomUUID();
        List<Operation> created = new ArrayList<>();
        if (type == OperationType.REFRESH_HOST) {
            Set<Long> hosts = new LinkedHashSet<>();
            vms.forEach(vm -> hosts.add(vm.hostId()));
            hosts.forEach(h -> created.add(new Operation(batchId, type, h, null, null, null, null, maxAttempts,
                    actor.name())));
        } else {
            vms.forEach(vm -> created.add(new Operation(batchId, type, vm.hostId(), vm.id(), vm.name(), target.key(),
                    target.label(), maxAttempts, actor.name())));
        }
        List<OperationView> queued = OperationRows.insert(em, created);
        audit.record(requestAudit(type, target, vms, batchId, actor));
        notifier.afterCommit();
        return new BatchReceipt(batchId, queued);
    }

    /** Queues a refresh of one host (the scheduler and {@code POST /hosts/{id}/refresh}). */
    public OperationView refreshHost(long hostId, Actor actor) {
        String hostName = em.createQuery("SELECT h.name FROM Host h WHERE h.id = :id", String.class)
                .setParameter("id", hostId).getResultStream().findFirst()
                .orElseThrow(() -> Problem.notFound("host", hostId));
        Operation op = new Operation(UUID.randomUUID(), OperationType.REFRESH_HOST, hostId, null, null, null, null,
                maxAttempts, actor.name());
        em.persist(op);
        em.flush();
        audit.record(new AuditRecord(AuditEventType.HOST_REFRESH_REQUESTED, actor, "HOST", String.valueOf(hostId),
                hostName, Map.of("operationId", String.valueOf(op.getId())), "QUEUED"));
        notifier.afterCommit();
        return OperationView.of(op);
    }

    public OperationView cancel(long id, Actor actor) {
        // lock the row first, then load it: the workers change operations with plain SQL, so a load-then-lock would
        // see a stale version; claims skip locked rows, so a queued operation cannot start meanwhile
        em.createNativeQuery("SELECT id FROM operation WHERE id = ?1 FOR UPDATE").setParameter(1, id).getResultList();
        Operation op = em.find(Operation.class, id);
        if (op == null) {
            throw Problem.notFound("operation", id);
        }
        if (op.getState().isFinal()) {
            throw Problem.conflict("operation " + id + " is already " + op.getState());
        }
        boolean cancelled = op.cancel(java.time.Instant.now());
        audit.record(new AuditRecord(cancelled ? AuditEventType.OPERATION_CANCELLED
                : AuditEventType.OPERATION_CANCEL_REQUESTED, actor, "OPERATION", String.valueOf(id),
                describe(op), Map.of("type", op.getType().name(), "batchId", op.getBatchId().toString()),
                cancelled ? "CANCELLED" : "CANCEL_REQUESTED"));
        return OperationView.of(op);
    }

    public OperationView get(long id) {
        Operation op = em.find(Operation.class, id);
        if (op == null) {
            throw Problem.notFound("operation", id);
        }
        return OperationView.of(op);
    }

    public Page<OperationView> find(String state, Long vmId, UUID batchId, int page, int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw Problem.invalid("page must be >= 0 and size between 1 and 1000");
        }
        OperationState parsedState = null;
        if (state != null && !state.isBlank()) {
            try {
                parsedState = OperationState.valueOf(state.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Problem.invalid("state must be one of QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED");
            }
        }
        String where = " WHERE 1=1" + (parsedState == null ? "" : " AND o.state = :state")
                + (vmId == null ? "" : " AND o.vmId = :vmId") + (batchId == null ? "" : " AND o.batchId = :batchId");
        TypedQuery<Long> count = em.createQuery("SELECT count(o) FROM Operation o" + where, Long.class);
        TypedQuery<Operation> list = em.createQuery("SELECT o FROM Operation o" + where
                + " ORDER BY o.requestedAt DESC, o.id DESC", Operation.class);
        for (TypedQuery<?> q : List.of(count, list)) {
            if (parsedState != null) {
                q.setParameter("state", parsedState);
            }
            if (vmId != null) {
                q.setParameter("vmId", vmId);
            }
            if (batchId != null) {
                q.setParameter("batchId", batchId);
            }
        }
        List<OperationView> items = list.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(OperationView::of).toList();
        return new Page<>(items, count.getSingleResult());
    }

    static OperationType parseType(String type) {
        if (type == null || type.isBlank()) {
            throw Problem.invalid("type is required");
        }
        try {
            return OperationType.valueOf(type.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("unknown operation type; known: " + java.util.Arrays.toString(OperationType.values()));
        }
    }

    private static List<Long> vmIds(List<Long> requested) {
        if (requested == null || requested.isEmpty()) {
            throw Problem.invalid("vmIds must name at least one VM");
        }
        if (requested.size() > MAX_VMS_PER_REQUEST) {
            throw Problem.invalid("at most " + MAX_VMS_PER_REQUEST + " VMs per request, got " + requested.size());
        }
        if (requested.stream().anyMatch(id -> id == null)) {
            throw Problem.invalid("vmIds must not contain null");
        }
        return List.copyOf(new LinkedHashSet<>(requested));
    }

    private static AuditRecord requestAudit(OperationType type, ServiceTarget target, List<VmTarget> vms, UUID batchId,
            Actor actor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("type", type.name());
        params.put("service", String.valueOf(target.key()));
        params.put("serviceName", String.valueOf(target.label()));
        params.put("vmCount", String.valueOf(vms.size()));
        params.put("vmIds", vms.stream().limit(50).map(vm -> String.valueOf(vm.id())).collect(Collectors.joining(","))
                + (vms.size() > 50 ? ",…" : ""));
        String names = vms.stream().limit(20).map(VmTarget::name).collect(Collectors.joining(", "))
                + (vms.size() > 20 ? " and " + (vms.size() - 20) + " more" : "");
        return new AuditRecord(AuditEventType.OPERATION_REQUESTED, actor, vms.size() == 1 ? "VM" : "BATCH",
                vms.size() == 1 ? String.valueOf(vms.get(0).id()) : batchId.toString(), names, params, "QUEUED");
    }

    static String describe(Operation op) {
        return op.getType() + (op.getServiceName() == null ? "" : " " + op.getServiceName())
                + (op.getVmName() == null ? " host " + op.getHostId() : " on " + op.getVmName());
    }
}

package org.hvic.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * Queues new operations with one multi-row INSERT (up to 1,000 per request) instead of one INSERT per entity. The
 * {@link Operation}s passed in are only read, never persisted.
 */
final class OperationRows {

    private OperationRows() {
    }

    /** Inserts the operations in order and returns them as queued, with their ids. */
    static List<OperationView> insert(EntityManager em, List<Operation> ops) {
        List<Long> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery("""
                INSERT INTO operation (batch_id, type, state, host_id, vm_id, vm_name, service, service_name,
                                       max_attempts, requested_by, requested_at, next_attempt_at)
                SELECT batch_id, type, 'QUEUED', host_id, vm_id, vm_name, service, service_name, max_attempts,
                       requested_by, requested_at, requested_at
                  FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS varchar[]), CAST(?3 AS bigint[]), CAST(?4 AS bigint[]),
                              CAST(?5 AS varchar[]), CAST(?6 AS varchar[]), CAST(?7 AS varchar[]),
                              CAST(?8 AS integer[]), CAST(?9 AS varchar[]), CAST(?10 AS timestamptz[]))
                       WITH ORDINALITY AS t(batch_id, type, host_id, vm_id, vm_name, service, service_name,
                                            max_attempts, requested_by, requested_at, n)
                 ORDER BY n
             RETURNING id""")
                .setParameter(1, strings(ops, o -> o.getBatchId().toString()))
                .setParameter(2, strings(ops, o -> o.getType().name()))
                .setParameter(3, ops.stream().map(Operation::getHostId).toArray(Long[]::new))
                .setParameter(4, ops.stream().map(Operation::getVmId).toArray(Long[]::new))
                .setParameter(5, strings(ops, Operation::getVmName))
                .setParameter(6, strings(ops, Operation::getService))
                .setParameter(7, strings(ops, Operation::getServiceName))
                .setParameter(8, ops.stream().map(Operation::getMaxAttempts).toArray(Integer[]::new))
                .setParameter(9, strings(ops, Operation::getRequestedBy))
                .setParameter(10, strings(ops, o -> o.getRequestedAt().toString()))
                .getResultList()) {
            ids.add(((Number) id).longValue());
        }
        ids.sort(null); // the identity is drawn row by row in the order above
        List<OperationView> views = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            views.add(OperationView.of(ops.get(i), ids.get(i)));
        }
        return views;
    }

    private static String[] strings(List<Operation> ops, Function<Operation, String> field) {
        return ops.stream().map(field).toArray(String[]::new);
    }
}

package org.hvic.inventory;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/** Appends observed changes to service_history in one batch. */
final class HistoryWriter {

    private HistoryWriter() {
    }

    static void write(EntityManager em, List<ObservedChange> changes, String source, Long operationId, Instant at) {
        write(em, changes, source, vmId -> operationId, at);
    }

    /** The changes of many VMs, each attributed to the operation {@code operationOfVm} names for its VM. */
    static void write(EntityManager em, List<ObservedChange> changes, String source,
            Function<Long, Long> operationOfVm, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO service_history (vm_id, observed_at, service, service_name, field, before_value,
                                             after_value, source, operation_id)
                SELECT vm_id, ?1, service, service_name, field, before_value, after_value, ?2, operation_id
                  FROM unnest(CAST(?3 AS bigint[]), CAST(?4 AS varchar[]), CAST(?5 AS varchar[]),
                              CAST(?6 AS varchar[]), CAST(?7 AS varchar[]), CAST(?8 AS varchar[]),
                              CAST(?9 AS bigint[])) WITH ORDINALITY
                       AS t(vm_id, service, service_name, field, before_value, after_value, operation_id, n)
                 ORDER BY n""")
                .setParameter(1, at).setParameter(2, source)
                .setParameter(3, changes.stream().map(ObservedChange::vmId).toArray(Long[]::new))
                .setParameter(4, changes.stream().map(ObservedChange::service).toArray(String[]::new))
                .setParameter(5, changes.stream().map(ObservedChange::serviceName).toArray(String[]::new))
                .setParameter(6, changes.stream().map(ObservedChange::field).toArray(String[]::new))
                .setParameter(7, changes.stream().map(c -> truncate(c.before())).toArray(String[]::new))
                .setParameter(8, changes.stream().map(c -> truncate(c.after())).toArray(String[]::new))
                .setParameter(9, changes.stream().map(c -> operationOfVm.apply(c.vmId())).toArray(Long[]::new))
                .executeUpdate();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1024 ? s : s.substring(0, 1024);
    }
}

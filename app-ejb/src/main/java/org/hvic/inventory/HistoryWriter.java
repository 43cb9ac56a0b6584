package org.hvic.inventory;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

/** Appends observed changes to service_history in one batch. */
final class HistoryWriter {

    private HistoryWriter() {
    }

    static void write(EntityManager em, List<ObservedChange> changes, String source, Long operationId, Instant at) {
        for (ObservedChange c : changes) {
            em.createNativeQuery("""
                    INSERT INTO service_history (vm_id, observed_at, service, service_name, field, before_value,
                                                 after_value, source, operation_id)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                    .setParameter(1, c.vmId()).setParameter(2, at).setParameter(3, c.service())
                    .setParameter(4, c.serviceName()).setParameter(5, c.field()).setParameter(6, truncate(c.before()))
                    .setParameter(7, truncate(c.after())).setParameter(8, source).setParameter(9, operationId)
                    .executeUpdate();
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1024 ? s : s.substring(0, 1024);
    }
}

package org.hvic.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hvic.problem.Problem;

/** Read-only summaries of the queue for the views: counts of the last day and progress per batch (one query each). */
@Stateless
public class OperationOverviewService {

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    public OperationCounts last24Hours() {
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE state = 'QUEUED' AND requested_at > now() - interval '24 hours'),
                       count(*) FILTER (WHERE state = 'RUNNING'),
                       count(*) FILTER (WHERE state = 'SUCCEEDED' AND requested_at > now() - interval '24 hours'),
                       count(*) FILTER (WHERE state = 'FAILED' AND requested_at > now() - interval '24 hours'),
                       count(*) FILTER (WHERE state = 'CANCELLED' AND requested_at > now() - interval '24 hours')
                  FROM operation WHERE state IN ('QUEUED', 'RUNNING') OR requested_at > now() - interval '24 hours'""")
                .getSingleResult();
        return new OperationCounts(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]));
    }

    /** The newest {@code limit} batches, newest first. */
    public List<BatchProgress> recentBatches(int limit) {
        if (limit < 1 || limit > 200) {
            throw Problem.invalid("limit must be between 1 and 200");
        }
        List<BatchProgress> batches = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                SELECT o.batch_id, min(o.type), min(o.service_name), min(o.requested_by), min(o.requested_at),
                       count(*), count(*) FILTER (WHERE o.state = 'QUEUED'), count(*) FILTER (WHERE o.state = 'RUNNING'),
                       count(*) FILTER (WHERE o.state = 'SUCCEEDED'), count(*) FILTER (WHERE o.state = 'FAILED'),
                       count(*) FILTER (WHERE o.state = 'CANCELLED')
                  FROM operation o
                 WHERE o.batch_id IN (SELECT batch_id FROM operation GROUP BY batch_id
                                       ORDER BY max(requested_at) DESC LIMIT :limit)
                 GROUP BY o.batch_id ORDER BY min(o.requested_at) DESC""").setParameter("limit", limit)
                .getResultList()) {
            Object[] r = (Object[]) o;
            batches.add(new BatchProgress((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                    org.hvic.inventory.Times.instant(r[4]), (int) n(r[5]), (int) n(r[6]), (int) n(r[7]),
                    (int) n(r[8]), (int) n(r[9]), (int) n(r[10])));
        }
        return batches;
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}

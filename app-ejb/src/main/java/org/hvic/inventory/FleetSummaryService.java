package org.hvic.inventory;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads the fleet's headline numbers with one query. */
@Stateless
public class FleetSummaryService {

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    public FleetSummary summary() {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT (SELECT count(*) FROM host),
                       (SELECT count(*) FROM host WHERE reachable),
                       (SELECT count(*) FROM host WHERE reachable = false),
                       (SELECT count(*) FROM virtual_machine WHERE gone_at IS NULL),
                       (SELECT count(*) FROM virtual_machine v JOIN vm_runtime r ON r.vm_id = v.id
                         WHERE v.gone_at IS NULL AND r.state = 'Running')
                """).getSingleResult();
        return new FleetSummary(n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}

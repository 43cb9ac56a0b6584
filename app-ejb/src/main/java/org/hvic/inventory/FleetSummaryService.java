package org.hvic.inventory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

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

    /** VMs by state and integration services by {@link ServiceStatus}: two set-based queries, whatever the fleet size. */
    public FleetDetails details() {
        Map<String, Long> states = new TreeMap<>();
        for (Object o : em.createNativeQuery("""
                SELECT coalesce(r.state, 'Unknown'), count(*) FROM virtual_machine v
                  LEFT JOIN vm_runtime r ON r.vm_id = v.id WHERE v.gone_at IS NULL GROUP BY 1""").getResultList()) {
            Object[] r = (Object[]) o;
            states.put((String) r[0], n(r[1]));
        }
        Map<String, Long> services = new LinkedHashMap<>();
        for (ServiceStatus status : ServiceStatus.values()) {
            services.put(status.name(), 0L);
        }
        for (Object o : em.createNativeQuery("SELECT " + ServiceStatus.SQL + ", count(*) FROM vm_integration_service s"
                + " JOIN virtual_machine v ON v.id = s.vm_id WHERE v.gone_at IS NULL GROUP BY 1").getResultList()) {
            Object[] r = (Object[]) o;
            services.put((String) r[0], n(r[1]));
        }
        return new FleetDetails(states, services);
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}

package org.hvic.inventory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.hvic.connector.IntegrationServiceType;
import org.hvic.problem.Problem;

/** Reads of the inventory for the API and the views: DTOs only, a fixed number of queries per call. */
@Stateless
public class InventoryQueryService {

    static final int MAX_PAGE_SIZE = 500;

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    public List<HostView> hosts() {
        return hosts(null);
    }

    public HostView host(long id) {
        return hosts(id).stream().findFirst().orElseThrow(() -> Problem.notFound("host", id));
    }

    private List<HostView> hosts(Long id) {
        var query = em.createNativeQuery("""
                SELECT h.id, h.name, h.address, h.port, h.os_name, h.reachable, h.last_refresh_at,
                       (SELECT count(*) FROM virtual_machine v WHERE v.host_id = h.id AND v.gone_at IS NULL),
                       h.last_error, h.approved_host_key, h.presented_host_key, h.paused_until
                  FROM host h""" + (id == null ? "" : " WHERE h.id = :id") + " ORDER BY lower(h.name)");
        if (id != null) {
            query.setParameter("id", id);
        }
        List<HostView> hosts = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            hosts.add(new HostView(l(r[0]), (String) r[1], (String) r[2], i(r[3]), (String) r[4], (Boolean) r[5],
                    t(r[6]), l(r[7]), (String) r[8], (String) r[9], (String) r[10], t(r[11])));
        }
        return hosts;
    }

    public Page<VmSummary> vms(Long hostId, String name, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw Problem.invalid("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        String where = " WHERE v.gone_at IS NULL" + (hostId == null ? "" : " AND v.host_id = :hostId")
                + (name == null || name.isBlank() ? "" : " AND lower(v.name) LIKE :name ESCAPE '\\'");
        Query count = em.createNativeQuery("SELECT count(*) FROM virtual_machine v" + where);
        Query list = em.createNativeQuery("""
                SELECT v.id, v.vm_id, v.name, h.id, h.name, r.state, coalesce(v.guest_os_override, r.guest_os),
                       coalesce(r.guest_kind, 'UNKNOWN'), r.integration_services_version, r.integration_services_state,
                       v.gone_at IS NOT NULL
                  FROM virtual_machine v JOIN host h ON h.id = v.host_id LEFT JOIN vm_runtime r ON r.vm_id = v.id"""
                + where + " ORDER BY lower(v.name), v.id");
        for (Query q : List.of(count, list)) {
            if (hostId != null) {
                q.setParameter("hostId", hostId);
            }
            if (name != null && !name.isBlank()) {
                q.setParameter("name", "%" + likeEscape(name.toLowerCase(Locale.ROOT)) + "%");
            }
        }
        List<VmSummary> items = new ArrayList<>();
        for (Object o : list.setFirstResult(page * size).setMaxResults(size).getResultList()) {
            Object[] r = (Object[]) o;
            items.add(new VmSummary(l(r[0]), (UUID) r[1], (String) r[2], l(r[3]), (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], (String) r[8], (String) r[9], (Boolean) r[10]));
        }
        return new Page<>(items, l(count.getSingleResult()));
    }

    public VmDetail vm(long id) {
        List<?> rows = em.createNativeQuery("""
                SELECT v.id, v.vm_id, v.name, h.id, h.name, h.os_name, r.state, r.generation, r.config_version,
                       coalesce(v.guest_os_override, r.guest_os), coalesce(r.guest_kind, 'UNKNOWN'),
                       r.integration_services_version, r.integration_services_state,
                       coalesce(v.guest_address, r.reported_address), r.refreshed_at, r.guest_checked_at, r.guest_error,
                       v.gone_at IS NOT NULL
                  FROM virtual_machine v JOIN host h ON h.id = v.host_id LEFT JOIN vm_runtime r ON r.vm_id = v.id
                 WHERE v.id = :id""").setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw Problem.notFound("VM", id);
        }
        Object[] r = (Object[]) rows.get(0);
        String kind = (String) r[10];
        return new VmDetail(l(r[0]), (UUID) r[1], (String) r[2], l(r[3]), (String) r[4], (String) r[5],
                (String) r[6], r[7] == null ? null : i(r[7]), (String) r[8], (String) r[9], kind, (String) r[11],
                (String) r[12], (String) r[13], t(r[14]), t(r[15]), (String) r[16], (Boolean) r[17],
                integrationServices(id), guest(id, kind));
    }

    private List<VmDetail.IntegrationServiceView> integrationServices(long vmId) {
        List<VmDetail.IntegrationServiceView> services = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                SELECT guid, display_name, enabled, primary_status, secondary_status, primary_status_code,
                       operational_status
                  FROM vm_integration_service WHERE vm_id = :id ORDER BY display_name""")
                .setParameter("id", vmId).getResultList()) {
            Object[] r = (Object[]) o;
            String guid = (String) r[0];
            services.add(new VmDetail.IntegrationServiceView(guid, (String) r[1],
                    IntegrationServiceType.fromGuid(guid).map(IntegrationServiceType::englishName).orElse(null),
                    (Boolean) r[2], (String) r[3], (String) r[4], r[5] == null ? null : i(r[5]), (String) r[6]));
        }
        return services;
    }

    private VmDetail.GuestView guest(long vmId, String kind) {
        if ("WINDOWS".equals(kind)) {
            List<VmDetail.GuestServiceView> services = new ArrayList<>();
            for (Object o : em.createNativeQuery("""
                    SELECT name, display_name, status, start_type FROM vm_guest_service WHERE vm_id = :id ORDER BY name""")
                    .setParameter("id", vmId).getResultList()) {
                Object[] r = (Object[]) o;
                services.add(new VmDetail.GuestServiceView((String) r[0], (String) r[1], (String) r[2], (String) r[3]));
            }
            return new VmDetail.GuestView(kind, services, null, null);
        }
        if ("LINUX".equals(kind)) {
            List<?> guest = em.createNativeQuery("SELECT hv_utils_loaded FROM vm_linux_guest WHERE vm_id = :id")
                    .setParameter("id", vmId).getResultList();
            List<VmDetail.DaemonView> daemons = new ArrayList<>();
            for (Object o : em.createNativeQuery("""
                    SELECT name, installed, running, pids FROM vm_linux_daemon WHERE vm_id = :id ORDER BY name""")
                    .setParameter("id", vmId).getResultList()) {
                Object[] r = (Object[]) o;
                String pids = (String) r[3];
                Integer first = pids == null || pids.isBlank() ? null : Integer.valueOf(pids.split(",")[0]);
                daemons.add(new VmDetail.DaemonView((String) r[0], (Boolean) r[1], (Boolean) r[2], first, pids));
            }
            return new VmDetail.GuestView(kind, null, guest.isEmpty() ? null : (Boolean) guest.get(0), daemons);
        }
        return new VmDetail.GuestView(kind, null, null, null);
    }

    public Page<HistoryEntryView> history(long vmId, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw Problem.invalid("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        if (em.createNativeQuery("SELECT 1 FROM virtual_machine WHERE id = :id").setParameter("id", vmId)
                .getResultList().isEmpty()) {
            throw Problem.notFound("VM", vmId);
        }
        long total = l(em.createNativeQuery("SELECT count(*) FROM service_history WHERE vm_id = :id")
                .setParameter("id", vmId).getSingleResult());
        List<HistoryEntryView> items = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                SELECT id, observed_at, service, service_name, field, before_value, after_value, source, operation_id
                  FROM service_history WHERE vm_id = :id ORDER BY observed_at DESC, id DESC""")
                .setParameter("id", vmId).setFirstResult(page * size).setMaxResults(size).getResultList()) {
            Object[] r = (Object[]) o;
            items.add(new HistoryEntryView(l(r[0]), t(r[1]), (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], r[8] == null ? null : l(r[8])));
        }
        return new Page<>(items, total);
    }

    static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static long l(Object o) {
        return ((Number) o).longValue();
    }

    static int i(Object o) {
        return ((Number) o).intValue();
    }

    static Instant t(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant instant) {
            return instant;
        }
        if (o instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalArgumentException("not a time: " + o.getClass());
    }
}

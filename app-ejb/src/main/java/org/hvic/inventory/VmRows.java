package org.hvic.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hvic.connector.VmSnapshot;

/**
 * The VM rows of one host's report, set-based: one query for what is known, then at most one statement each for new,
 * renamed or moved, and vanished VMs, and one for the runtime state of all of them. No entity is loaded, so a refresh
 * costs the same few statements for 5 VMs or 500.
 */
final class VmRows {

    private VmRows() {
    }

    /** Writes the VMs of the report; VMs of this host it no longer reports are marked gone. Returns id by VMId. */
    static Map<UUID, Long> apply(EntityManager em, long hostId, List<VmSnapshot> vms, Instant now) {
        Map<UUID, Object[]> known = new HashMap<>();
        List<UUID> reported = vms.stream().map(VmSnapshot::vmId).toList();
        // two index lookups, each planned on its own: with an OR (or = ANY(array)) PostgreSQL scanned the table of a
        // fleet still being inventoried, 4-28 ms a call
        for (Object o : em.createNativeQuery("""
                SELECT id, CAST(vm_id AS varchar), host_id, name, gone_at FROM virtual_machine WHERE host_id = :host
                 UNION
                SELECT id, CAST(vm_id AS varchar), host_id, name, gone_at FROM virtual_machine
                 WHERE vm_id IN (:reported)""")
                .setParameter("host", hostId)
                .setParameter("reported", reported.isEmpty() ? List.of(new UUID(0, 0)) : reported).getResultList()) {
            Object[] r = (Object[]) o;
            known.put(UUID.fromString((String) r[1]), r);
        }
        Map<UUID, Long> ids = new HashMap<>();
        List<VmSnapshot> fresh = new ArrayList<>();
        List<Long> changedIds = new ArrayList<>();
        List<String> changedNames = new ArrayList<>();
        for (VmSnapshot vm : vms) {
            Object[] row = known.get(vm.vmId());
            if (row == null) {
                fresh.add(vm);
                continue;
            }
            long id = ((Number) row[0]).longValue();
            ids.put(vm.vmId(), id);
            if (((Number) row[2]).longValue() != hostId || !vm.name().equals(row[3]) || row[4] != null) {
                changedIds.add(id);
                changedNames.add(vm.name());
            }
        }
        if (!changedIds.isEmpty()) { // renamed, moved here (live migration) or back after being gone
            em.createNativeQuery("""
                    UPDATE virtual_machine v SET host_id = ?1, name = t.name, gone_at = NULL, version = v.version + 1
                      FROM unnest(CAST(?2 AS bigint[]), CAST(?3 AS varchar[])) AS t(id, name) WHERE v.id = t.id""")
                    .setParameter(1, hostId).setParameter(2, changedIds.toArray(new Long[0]))
                    .setParameter(3, changedNames.toArray(new String[0])).executeUpdate();
        }
        Long[] vanished = known.entrySet().stream()
                .filter(e -> !ids.containsKey(e.getKey()) && ((Number) e.getValue()[2]).longValue() == hostId
                        && e.getValue()[4] == null)
                .map(e -> ((Number) e.getValue()[0]).longValue()).toArray(Long[]::new);
        if (vanished.length > 0) {
            em.createNativeQuery("""
                    UPDATE virtual_machine SET gone_at = ?2, version = version + 1
                     WHERE id = ANY(CAST(?1 AS bigint[])) AND gone_at IS NULL""")
                    .setParameter(1, vanished).setParameter(2, now).executeUpdate();
        }
        ids.putAll(insert(em, hostId, fresh, now));
        runtimes(em, vms, ids, now);
        return ids;
    }

    /** New VMs with their (empty) runtime rows: two statements for all of them. */
    private static Map<UUID, Long> insert(EntityManager em, long hostId, List<VmSnapshot> fresh, Instant now) {
        Map<UUID, Long> ids = new HashMap<>();
        if (fresh.isEmpty()) {
            return ids;
        }
        for (Object o : em.createNativeQuery("""
                INSERT INTO virtual_machine (host_id, vm_id, name, first_seen_at)
                SELECT ?1, vm_id, name, ?4
                  FROM unnest(CAST(?2 AS uuid[]), CAST(?3 AS varchar[])) WITH ORDINALITY AS t(vm_id, name, n)
                 ORDER BY n
             RETURNING id, CAST(vm_id AS varchar)""")
                .setParameter(1, hostId)
                .setParameter(2, fresh.stream().map(v -> v.vmId().toString()).toArray(String[]::new))
                .setParameter(3, fresh.stream().map(VmSnapshot::name).toArray(String[]::new))
                .setParameter(4, now).getResultList()) {
            Object[] r = (Object[]) o;
            ids.put(UUID.fromString((String) r[1]), ((Number) r[0]).longValue());
        }
        em.createNativeQuery("INSERT INTO vm_runtime (vm_id) SELECT unnest(CAST(?1 AS bigint[]))")
                .setParameter(1, ids.values().toArray(new Long[0])).executeUpdate();
        return ids;
    }

    /** What the host reports of each VM's state; a guest OS is only replaced by one the host reports. */
    private static void runtimes(EntityManager em, List<VmSnapshot> vms, Map<UUID, Long> ids, Instant now) {
        if (vms.isEmpty()) {
            return;
        }
        List<VmSnapshot> sorted = vms.stream().sorted(Comparator.comparing(v -> ids.get(v.vmId()))).toList();
        em.createNativeQuery("""
                UPDATE vm_runtime r SET state = t.state, generation = t.generation, config_version = t.config_version,
                       integration_services_version = t.ic_version, integration_services_state = t.ic_state,
                       reported_address = t.address, refreshed_at = ?1,
                       guest_os = coalesce(t.guest_os, r.guest_os), guest_kind = coalesce(t.guest_kind, r.guest_kind)
                  FROM unnest(CAST(?2 AS bigint[]), CAST(?3 AS varchar[]), CAST(?4 AS integer[]),
                              CAST(?5 AS varchar[]), CAST(?6 AS varchar[]), CAST(?7 AS varchar[]),
                              CAST(?8 AS varchar[]), CAST(?9 AS varchar[]), CAST(?10 AS varchar[]))
                       AS t(vm_id, state, generation, config_version, ic_version, ic_state, address, guest_os,
                            guest_kind)
                 WHERE r.vm_id = t.vm_id""")
                .setParameter(1, now)
                .setParameter(2, sorted.stream().map(v -> ids.get(v.vmId())).toArray(Long[]::new))
                .setParameter(3, sorted.stream().map(v -> PowerShellNames.pascal(v.state().name())).toArray(String[]::new))
                .setParameter(4, sorted.stream().map(VmSnapshot::generation).toArray(Integer[]::new))
                .setParameter(5, sorted.stream().map(VmSnapshot::configVersion).toArray(String[]::new))
                .setParameter(6, sorted.stream().map(VmSnapshot::icVersion).toArray(String[]::new))
                .setParameter(7, sorted.stream().map(VmSnapshot::icState).toArray(String[]::new))
                .setParameter(8, sorted.stream().map(v -> firstAddress(v.ipAddresses())).toArray(String[]::new))
                .setParameter(9, sorted.stream().map(VmRows::guestOs).toArray(String[]::new))
                .setParameter(10, sorted.stream().map(v -> guestOs(v) == null ? null : GuestKinds.of(guestOs(v)).name())
                        .toArray(String[]::new))
                .executeUpdate();
    }

    private static String guestOs(VmSnapshot vm) {
        return vm.guestOs() == null || vm.guestOs().isBlank() ? null : vm.guestOs();
    }

    private static String firstAddress(List<String> addresses) {
        return addresses.stream().filter(a -> a.indexOf(':') < 0).findFirst()
                .orElse(addresses.isEmpty() ? null : addresses.get(0));
    }
}

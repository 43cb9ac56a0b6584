package org.hvic.operations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * What attempts need from the inventory, read with plain SQL into rows: no entity is loaded, kept for dirty checking
 * or translated from a query with a different number of ids each time.
 */
final class TargetRows {

    private TargetRows() {
    }

    /** A host's endpoint and accounts, secrets still sealed. */
    record HostRow(long id, String name, String address, int port, String username, String passwordSecret,
            String approvedHostKey, String guestUsername, String guestPasswordSecret) {
    }

    /** A VM with its guest access and what its runtime row says ({@code runtime} false: it has none yet). */
    record VmRow(long id, UUID hyperVId, String name, String guestAddress, Integer guestPort, String guestUsername,
            String guestPasswordSecret, String guestHostKey, boolean runtime, String state, String configVersion,
            String guestOs, String guestKind, String reportedAddress) {
    }

    private static final String VM_COLUMNS = """
            SELECT v.id, v.vm_id, v.name, v.guest_address, v.guest_port, v.guest_username, v.guest_password_secret,
                   v.guest_host_key, r.vm_id IS NOT NULL, r.state, r.config_version, r.guest_os,
                   coalesce(r.guest_kind, 'UNKNOWN'), r.reported_address
              FROM virtual_machine v LEFT JOIN vm_runtime r ON r.vm_id = v.id
            """;

    static Map<Long, HostRow> hosts(EntityManager em, Collection<Long> ids) {
        Map<Long, HostRow> found = new HashMap<>();
        for (Object o : em.createNativeQuery("""
                SELECT id, name, address, port, username, password_secret, approved_host_key, guest_username,
                       guest_password_secret
                  FROM host WHERE id = ANY(CAST(?1 AS bigint[]))""")
                .setParameter(1, ids.stream().distinct().toArray(Long[]::new)).getResultList()) {
            Object[] r = (Object[]) o;
            HostRow host = new HostRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    ((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                    (String) r[8]);
            found.put(host.id(), host);
        }
        return found;
    }

    static Map<Long, VmRow> vms(EntityManager em, Collection<Long> ids) {
        Map<Long, VmRow> found = new HashMap<>();
        if (!ids.isEmpty()) {
            vmRows(em.createNativeQuery(VM_COLUMNS + " WHERE v.id = ANY(CAST(?1 AS bigint[]))")
                    .setParameter(1, ids.stream().distinct().toArray(Long[]::new)).getResultList())
                    .forEach(vm -> found.put(vm.id(), vm));
        }
        return found;
    }

    /** The VMs a host reported last time (not gone), in id order. */
    static List<VmRow> vmsOfHost(EntityManager em, long hostId) {
        return vmRows(em.createNativeQuery(VM_COLUMNS + " WHERE v.host_id = ?1 AND v.gone_at IS NULL ORDER BY v.id")
                .setParameter(1, hostId).getResultList());
    }

    private static List<VmRow> vmRows(List<?> result) {
        List<VmRow> rows = new ArrayList<>(result.size());
        for (Object o : result) {
            Object[] r = (Object[]) o;
            rows.add(new VmRow(((Number) r[0]).longValue(), uuid(r[1]), (String) r[2], (String) r[3],
                    r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5], (String) r[6], (String) r[7],
                    (Boolean) r[8], (String) r[9], (String) r[10], (String) r[11], (String) r[12], (String) r[13]));
        }
        return rows;
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }
}

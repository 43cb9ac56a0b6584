package org.hvic.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hvic.connector.DaemonState;
import org.hvic.connector.GuestServiceState;
import org.hvic.connector.HostInventory;
import org.hvic.connector.IntegrationServiceState;
import org.hvic.connector.LinuxGuestState;

/**
 * Writes what hosts and guests reported into the inventory and records every change it sees as service history.
 * Always part of the caller's transaction (the operation's completion), so state, history and audit commit together.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InventoryWriter {

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    /** Applies one host's full report; VMs it no longer reports are marked gone. Returns the VM ids by Hyper-V id. */
    public Map<UUID, Long> applyHost(long hostId, HostInventory inventory, String hostOs, String source, Long opId) {
        // plans for this transaction's statements from the tables as they are now: while a new fleet is inventoried
        // the tables grow from nothing, and a cached plan made for an empty table (a sequential scan) would be kept
        // until autovacuum analyzes them: 2-19 ms a lookup instead of a fraction of one
        em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
        Instant now = Instant.now();
        // one statement instead of loading the entity: a dirty entity is flushed (and bean-validated) before each
        // of the native statements below, about a quarter of this method's CPU in a fleet refresh
        em.createNativeQuery("""
                UPDATE host SET reachable = true, last_refresh_at = ?1, last_error = NULL,
                       os_name = coalesce(CAST(?2 AS varchar), os_name), version = version + 1
                 WHERE id = ?3""")
                .setParameter(1, now).setParameter(2, hostOs == null || hostOs.isBlank() ? null : hostOs)
                .setParameter(3, hostId).executeUpdate();
        Map<UUID, Long> ids = VmRows.apply(em, hostId, inventory.vms(), now);
        Map<Long, List<IntegrationServiceState>> services = new HashMap<>();
        inventory.vms().forEach(vm -> services.put(ids.get(vm.vmId()), vm.services()));
        HistoryWriter.write(em, upsertServices(services, now), source, opId, now);
        return ids;
    }

    /**
     * Applies the services of VMs read back after changes (VM id to its services), each change attributed to the
     * operation {@code operationOfVm} names for its VM.
     */
    public void applyIntegrationServices(Map<Long, List<IntegrationServiceState>> byVm, Map<Long, Long> operationOfVm,
            String source) {
        Instant now = Instant.now();
        HistoryWriter.write(em, upsertServices(byVm, now), source, operationOfVm::get, now);
    }

    /**
     * The host-side services of many VMs: one query for what was known, one statement that writes them all (rows that
     * did not change are left alone: {@code updated_at} is when a row last changed).
     */
    private List<ObservedChange> upsertServices(Map<Long, List<IntegrationServiceState>> byVm, Instant now) {
        List<ObservedChange> changes = new ArrayList<>();
        if (byVm.isEmpty()) {
            return changes;
        }
        Map<String, Object[]> before = new HashMap<>();
        for (Object o : em.createNativeQuery("""
                SELECT vm_id, guid, enabled, primary_status FROM vm_integration_service
                 WHERE vm_id = ANY(CAST(?1 AS bigint[]))""")
                .setParameter(1, byVm.keySet().toArray(new Long[0])).getResultList()) {
            Object[] r = (Object[]) o;
            before.put(((Number) r[0]).longValue() + "/" + r[1], r);
        }
        ServiceRows rows = new ServiceRows();
        new TreeMap<>(byVm).forEach((vmId, services) -> { // in key order: concurrent writers lock rows alike
            for (IntegrationServiceState s : services) {
                String guid = s.guid().toUpperCase(Locale.ROOT);
                Object[] old = before.get(vmId + "/" + guid);
                if (old != null) {
                    ObservedChange.compare(changes, vmId, guid, s.displayName(), "enabled", old[2], s.enabled());
                    ObservedChange.compare(changes, vmId, guid, s.displayName(), "primaryStatus", nz(old[3]),
                            nz(s.primaryStatus()));
                }
                rows.add(vmId, guid, s);
            }
        });
        if (!rows.isEmpty()) {
            em.createNativeQuery("""
                    INSERT INTO vm_integration_service (vm_id, guid, display_name, enabled, operational_status,
                                                        primary_status_code, primary_status, secondary_status, updated_at)
                    SELECT vm_id, guid, display_name, enabled, operational_status, code, primary_status, secondary_status, ?9
                      FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS varchar[]), CAST(?3 AS varchar[]),
                                  CAST(?4 AS boolean[]), CAST(?5 AS varchar[]), CAST(?6 AS integer[]),
                                  CAST(?7 AS varchar[]), CAST(?8 AS varchar[]))
                           AS t(vm_id, guid, display_name, enabled, operational_status, code, primary_status,
                                secondary_status)
                    ON CONFLICT (vm_id, guid) DO UPDATE SET display_name = EXCLUDED.display_name,
                        enabled = EXCLUDED.enabled, operational_status = EXCLUDED.operational_status,
                        primary_status_code = EXCLUDED.primary_status_code, primary_status = EXCLUDED.primary_status,
                        secondary_status = EXCLUDED.secondary_status, updated_at = EXCLUDED.updated_at
                     WHERE (vm_integration_service.display_name, vm_integration_service.enabled,
                            vm_integration_service.operational_status, vm_integration_service.primary_status_code,
                            vm_integration_service.primary_status, vm_integration_service.secondary_status)
                           IS DISTINCT FROM (EXCLUDED.display_name, EXCLUDED.enabled, EXCLUDED.operational_status,
                            EXCLUDED.primary_status_code, EXCLUDED.primary_status, EXCLUDED.secondary_status)""")
                    .setParameter(1, rows.vmIds()).setParameter(2, rows.guids()).setParameter(3, rows.names())
                    .setParameter(4, rows.enabled()).setParameter(5, rows.statuses()).setParameter(6, rows.codes())
                    .setParameter(7, rows.primary()).setParameter(8, rows.secondary()).setParameter(9, now)
                    .executeUpdate();
        }
        return changes;
    }

    /** Applies the vmic* services of a Windows guest. */
    public void applyWindowsGuest(long vmId, List<GuestServiceState> services, String source, Long opId) {
        Instant now = Instant.now();
        Map<String, String> before = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT name, status FROM vm_guest_service WHERE vm_id = ?1")
                .setParameter(1, vmId).getResultList()) {
            Object[] r = (Object[]) o;
            before.put((String) r[0], (String) r[1]);
        }
        List<ObservedChange> changes = new ArrayList<>();
        for (GuestServiceState s : services) {
            String status = PowerShellNames.pascal(s.status().name());
            ObservedChange.compare(changes, vmId, s.name(), s.displayName(), "status", before.get(s.name()), status);
            em.createNativeQuery("""
                    INSERT INTO vm_guest_service (vm_id, name, display_name, status, start_type, updated_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                    ON CONFLICT (vm_id, name) DO UPDATE SET display_name = EXCLUDED.display_name,
                        status = EXCLUDED.status, start_type = EXCLUDED.start_type, updated_at = EXCLUDED.updated_at""")
                    .setParameter(1, vmId).setParameter(2, s.name()).setParameter(3, s.displayName())
                    .setParameter(4, status).setParameter(5, s.startType() == null ? null : PowerShellNames.pascal(s.startType().name()))
                    .setParameter(6, now).executeUpdate();
        }
        guestChecked(vmId, null, now);
        VmRuntime runtime = em.find(VmRuntime.class, vmId);
        if (runtime != null && runtime.getGuestKind() == GuestKind.UNKNOWN) {
            runtime.guest(GuestKind.WINDOWS, runtime.getGuestOs()); // PowerShell Direct answered: a Windows guest
        }
        HistoryWriter.write(em, changes, source, opId, now);
    }

    /** Applies hv_utils and the daemons of a Linux guest. */
    public void applyLinuxGuest(long vmId, LinuxGuestState state, String source, Long opId) {
        Instant now = Instant.now();
        List<ObservedChange> changes = new ArrayList<>();
        List<?> hv = em.createNativeQuery("SELECT hv_utils_loaded FROM vm_linux_guest WHERE vm_id = ?1")
                .setParameter(1, vmId).getResultList();
        if (!hv.isEmpty()) {
            ObservedChange.compare(changes, vmId, "hv_utils", "hv_utils", "loaded", hv.get(0), state.hvUtilsLoaded());
        }
        em.createNativeQuery("""
                INSERT INTO vm_linux_guest (vm_id, hv_utils_loaded, modules, updated_at) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (vm_id) DO UPDATE SET hv_utils_loaded = EXCLUDED.hv_utils_loaded,
                    modules = EXCLUDED.modules, updated_at = EXCLUDED.updated_at""")
                .setParameter(1, vmId).setParameter(2, state.hvUtilsLoaded())
                .setParameter(3, String.join(",", state.modules())).setParameter(4, now).executeUpdate();
        Map<String, Object[]> before = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT name, running, pids FROM vm_linux_daemon WHERE vm_id = ?1")
                .setParameter(1, vmId).getResultList()) {
            Object[] r = (Object[]) o;
            before.put((String) r[0], r);
        }
        for (DaemonState d : state.daemons()) {
            String pids = d.pids().stream().map(String::valueOf).collect(Collectors.joining(","));
            Object[] old = before.get(d.name());
            if (old != null) {
                ObservedChange.compare(changes, vmId, d.name(), d.name(), "running", old[1], d.running());
                ObservedChange.compare(changes, vmId, d.name(), d.name(), "pids", nz(old[2]), pids);
            }
            em.createNativeQuery("""
                    INSERT INTO vm_linux_daemon (vm_id, name, installed, running, pids, path, updated_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    ON CONFLICT (vm_id, name) DO UPDATE SET installed = EXCLUDED.installed, running = EXCLUDED.running,
                        pids = EXCLUDED.pids, path = EXCLUDED.path, updated_at = EXCLUDED.updated_at""")
                    .setParameter(1, vmId).setParameter(2, d.name()).setParameter(3, d.installed())
                    .setParameter(4, d.running()).setParameter(5, pids).setParameter(6, d.path()).setParameter(7, now)
                    .executeUpdate();
        }
        guestChecked(vmId, null, now);
        HistoryWriter.write(em, changes, source, opId, now);
    }

    /** Records that guests could not be checked, and why (VM id to reason): one statement for all of them. */
    public void guestChecksFailed(Map<Long, String> errors) {
        if (errors.isEmpty()) {
            return;
        }
        em.flush(); // runtimes changed earlier in this transaction are written before the statement below
        em.createNativeQuery("""
                UPDATE vm_runtime r SET guest_checked_at = ?3, guest_error = t.error
                  FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS text[])) AS t(vm_id, error)
                 WHERE r.vm_id = t.vm_id""")
                .setParameter(1, errors.keySet().toArray(new Long[0]))
                .setParameter(2, errors.values().stream().map(e -> e == null ? "unknown error" : e)
                        .toArray(String[]::new))
                .setParameter(3, Instant.now()).executeUpdate();
    }

    /** Pins a Linux guest's SSH host key on first use. */
    public void pinGuestHostKey(long vmId, String fingerprint) {
        VirtualMachine vm = em.find(VirtualMachine.class, vmId);
        if (vm != null && vm.getGuestHostKey() == null) {
            vm.pinGuestHostKey(fingerprint);
        }
    }

    private void guestChecked(long vmId, String error, Instant now) {
        VmRuntime runtime = em.find(VmRuntime.class, vmId);
        if (runtime != null) {
            runtime.guestChecked(now, error);
        }
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }
}

package org.hvic.compliance.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hvic.compliance.matrix.OsNormalizer;
import org.hvic.compliance.rules.VmFacts;
import org.hvic.inventory.GuestKind;

/**
 * Loads the facts of every VM in scope with five set-based statements (VMs with host and runtime, host-side services,
 * Windows guest services, Linux guests, Linux daemons), however many VMs there are.
 */
final class FactLoader {

    private static final String VMS = """
            SELECT v.id, v.name, h.id, h.name, h.os_name, h.reachable, r.state,
                   COALESCE(NULLIF(trim(v.guest_os_override), ''), r.guest_os), r.guest_kind,
                   r.integration_services_state, r.refreshed_at, r.guest_checked_at, r.guest_error, r.config_version
              FROM virtual_machine v JOIN host h ON h.id = v.host_id LEFT JOIN vm_runtime r ON r.vm_id = v.id
             WHERE v.gone_at IS NULL %s ORDER BY h.name, v.name, v.id""";
    private static final String SERVICES = """
            SELECT s.vm_id, s.guid, s.enabled, s.operational_status, s.primary_status_code, s.primary_status,
                   s.secondary_status
              FROM vm_integration_service s JOIN virtual_machine v ON v.id = s.vm_id WHERE v.gone_at IS NULL %s""";
    private static final String GUEST_SERVICES = """
            SELECT s.vm_id, s.name, s.status, s.start_type
              FROM vm_guest_service s JOIN virtual_machine v ON v.id = s.vm_id WHERE v.gone_at IS NULL %s""";
    private static final String LINUX = """
            SELECT s.vm_id, s.hv_utils_loaded
              FROM vm_linux_guest s JOIN virtual_machine v ON v.id = s.vm_id WHERE v.gone_at IS NULL %s""";
    private static final String DAEMONS = """
            SELECT s.vm_id, s.name, s.installed, s.running
              FROM vm_linux_daemon s JOIN virtual_machine v ON v.id = s.vm_id WHERE v.gone_at IS NULL %s""";

    private static final int FETCH = 2000;

    private final Connection connection;
    private final List<Long> hostIds;

    /** @param hostIds the hosts in scope; empty for the whole fleet */
    FactLoader(Connection connection, List<Long> hostIds) {
        this.connection = connection;
        this.hostIds = hostIds;
    }

    Map<Long, VmFacts> load() throws SQLException {
        Map<Long, VmFacts> facts = new LinkedHashMap<>();
        query(VMS, rs -> {
            VmFacts vm = vm(rs);
            facts.put(vm.vmId(), vm);
        });
        query(SERVICES, rs -> {
            VmFacts vm = facts.get(rs.getLong(1));
            if (vm != null) {
                String guid = rs.getString(2).toUpperCase(Locale.ROOT);
                vm.services().put(guid, new VmFacts.HostService(guid, rs.getBoolean(3),
                        codes(rs.getString(4), (Integer) rs.getObject(5)), rs.getString(6), rs.getString(7)));
            }
        });
        query(GUEST_SERVICES, rs -> {
            VmFacts vm = facts.get(rs.getLong(1));
            if (vm != null) {
                String name = rs.getString(2).toLowerCase(Locale.ROOT);
                vm.guestServices().put(name, new VmFacts.GuestService(name, rs.getString(3), rs.getString(4)));
            }
        });
        query(LINUX, rs -> facts.computeIfPresent(rs.getLong(1), (id, vm) -> linux(vm, rs)));
        query(DAEMONS, rs -> {
            VmFacts vm = facts.get(rs.getLong(1));
            if (vm != null) {
                vm.daemons().put(rs.getString(2), new VmFacts.Daemon(rs.getString(2), rs.getBoolean(3),
                        rs.getBoolean(4)));
            }
        });
        return facts;
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String template, RowHandler handler) throws SQLException {
        String sql = template.formatted(hostIds.isEmpty() ? "" : "AND v.host_id = ANY (?)");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH);
            if (!hostIds.isEmpty()) {
                statement.setArray(1, connection.createArrayOf("bigint", hostIds.toArray()));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    private static VmFacts vm(ResultSet rs) throws SQLException {
        String guestOs = rs.getString(8);
        return VmFacts.of(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                (Boolean) rs.getObject(6), rs.getString(7), guestOs, kind(rs.getString(9), guestOs),
                rs.getString(10), instant(rs, 11), instant(rs, 12), rs.getString(13))
                .withConfigVersion(rs.getString(14));
    }

    private static VmFacts linux(VmFacts vm, ResultSet rs) {
        try {
            return vm.withLinux(rs.getBoolean(2));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reported kind; where the host did not know it, what the (possibly overridden) OS name says. */
    static GuestKind kind(String reported, String guestOs) {
        if (reported != null && !GuestKind.UNKNOWN.name().equals(reported)) {
            return GuestKind.valueOf(reported);
        }
        String key = OsNormalizer.normalize(guestOs).orElse(null);
        if (key == null) {
            return GuestKind.UNKNOWN;
        }
        return OsNormalizer.LINUX.equals(key) ? GuestKind.LINUX : GuestKind.WINDOWS;
    }

    /** "2" or "2,32775" (as reported) plus the primary code. */
    static Set<Integer> codes(String operationalStatus, Integer primary) {
        Set<Integer> codes = new HashSet<>();
        if (operationalStatus != null) {
            for (String part : operationalStatus.split("[,;\\s]+")) {
                if (part.matches("\\d{1,9}")) {
                    codes.add(Integer.parseInt(part));
                }
            }
        }
        if (primary != null) {
            codes.add(primary);
        }
        return codes;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

package org.hvic.compliance.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.hvic.compliance.FindingChange;
import org.hvic.compliance.Severity;

/** Writes a report's findings and rule counts in JDBC batches, and reads the open findings of a report. */
final class ReportStore {

    static final int BATCH = 1000;

    private static final String INSERT_FINDING = """
            INSERT INTO compliance_finding (report_id, finding_key, change_kind, rule_id, severity, vm_id, vm_name,
                   host_id, host_name, detail, explanation_en, explanation_de, remediation_en, remediation_de, actions)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT_OPEN = """
            SELECT finding_key, change_kind, rule_id, severity, vm_id, vm_name, host_id, host_name, detail,
                   explanation_en, explanation_de, remediation_en, remediation_de, actions
              FROM compliance_finding WHERE report_id = ? AND change_kind <> 'RESOLVED'""";

    private final Connection connection;

    ReportStore(Connection connection) {
        this.connection = connection;
    }

    void insertFindings(long reportId, List<FindingRow> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FINDING)) {
            int pending = 0;
            for (FindingRow row : rows) {
                bind(insert, reportId, row);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement insert, long reportId, FindingRow row) throws SQLException {
        insert.setLong(1, reportId);
        insert.setString(2, row.key());
        insert.setString(3, row.change().name());
        insert.setString(4, row.ruleId());
        insert.setString(5, row.severity().name());
        insert.setLong(6, row.vmId());
        insert.setString(7, row.vmName());
        insert.setLong(8, row.hostId());
        insert.setString(9, row.hostName());
        insert.setString(10, row.detail());
        insert.setString(11, row.explanationEn());
        insert.setString(12, row.explanationDe());
        insert.setString(13, row.remediationEn());
        insert.setString(14, row.remediationDe());
        insert.setString(15, row.actions());
    }

    /** Findings and distinct VMs per rule, over the rows that are not RESOLVED. */
    static Map<String, int[]> ruleCounts(List<FindingRow> rows) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Set<Long>> vms = new HashMap<>();
        for (FindingRow row : rows) {
            if (row.change() != FindingChange.RESOLVED) {
                counts.computeIfAbsent(row.ruleId(), k -> new int[2])[0]++;
                vms.computeIfAbsent(row.ruleId(), k -> new HashSet<>()).add(row.vmId());
            }
        }
        counts.forEach((rule, c) -> c[1] = vms.get(rule).size());
        return counts;
    }

    void insertRuleCounts(long reportId, Map<String, int[]> counts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO compliance_report_rule (report_id, rule_id, findings, vms) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, int[]> entry : counts.entrySet()) {
                insert.setLong(1, reportId);
                insert.setString(2, entry.getKey());
                insert.setInt(3, entry.getValue()[0]);
                insert.setInt(4, entry.getValue()[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    List<FindingRow> openFindings(long reportId) throws SQLException {
        List<FindingRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_OPEN)) {
            select.setFetchSize(BATCH);
            select.setLong(1, reportId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new FindingRow(rs.getString(1), FindingChange.valueOf(rs.getString(2)), rs.getString(3),
                            Severity.valueOf(rs.getString(4)), rs.getLong(5), rs.getString(6), rs.getLong(7),
                            rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                            rs.getString(13), rs.getString(14)));
                }
            }
        }
        return rows;
    }
}

package org.hvic.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A stored finding of a report, read-only: findings are written in JDBC batches by the compliance run (thousands per
 * run) and never changed.
 */
@Entity
@Immutable
@Table(name = "compliance_finding")
public class ComplianceFinding {

    @Id
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "finding_key", nullable = false)
    private String findingKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false)
    private FindingChange change;

    @Column(name = "rule_id", nullable = false)
    private String ruleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Column(name = "vm_id", nullable = false)
    private Long vmId;

    @Column(name = "vm_name", nullable = false)
    private String vmName;

    @Column(name = "host_id", nullable = false)
    private Long hostId;

    @Column(name = "host_name", nullable = false)
    private String hostName;

    @Column(nullable = false)
    private String detail;

    @Column(name = "explanation_en", nullable = false)
    private String explanationEn;

    @Column(name = "explanation_de", nullable = false)
    private String explanationDe;

    @Column(name = "remediation_en", nullable = false)
    private String remediationEn;

    @Column(name = "remediation_de", nullable = false)
    private String remediationDe;

    private String actions;

    protected ComplianceFinding() {
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public String getFindingKey() {
        return findingKey;
    }

    public FindingChange getChange() {
        return change;
    }

    public String getRuleId() {
        return ruleId;
    }

    public Severity getSeverity() {
        return severity;
    }

    public Long getVmId() {
        return vmId;
    }

    public String getVmName() {
        return vmName;
    }

    public Long getHostId() {
        return hostId;
    }

    public String getHostName() {
        return hostName;
    }

    public String getDetail() {
        return detail;
    }

    public String getExplanationEn() {
        return explanationEn;
    }

    public String getExplanationDe() {
        return explanationDe;
    }

    public String getRemediationEn() {
        return remediationEn;
    }

    public String getRemediationDe() {
        return remediationDe;
    }

    public String getActions() {
        return actions;
    }
}

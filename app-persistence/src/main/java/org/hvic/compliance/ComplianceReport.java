package org.hvic.compliance;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One compliance run: when, against which matrix set version, over what, and its totals. Never changed. */
@Entity
@Table(name = "compliance_report")
public class ComplianceReport {

    /** What a run found, in numbers. */
    public record Totals(int vms, int compliant, int nonCompliant, int unknown, int findings, int newFindings,
            int resolvedFindings) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    private ReportTrigger trigger;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "matrix_set_id", nullable = false)
    private Long matrixSetId;

    @Column(name = "matrix_set", nullable = false)
    private String matrixSet;

    @Column(name = "matrix_version", nullable = false)
    private int matrixVersion;

    @Column(nullable = false)
    private String scope;

    @Column(name = "stale_after_hours", nullable = false)
    private int staleAfterHours;

    @Column(name = "previous_report_id")
    private Long previousReportId;

    @Column(name = "vm_count", nullable = false)
    private int vmCount;

    @Column(name = "compliant_count", nullable = false)
    private int compliantCount;

    @Column(name = "non_compliant_count", nullable = false)
    private int nonCompliantCount;

    @Column(name = "unknown_count", nullable = false)
    private int unknownCount;

    @Column(name = "finding_count", nullable = false)
    private int findingCount;

    @Column(name = "new_count", nullable = false)
    private int newCount;

    @Column(name = "resolved_count", nullable = false)
    private int resolvedCount;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    protected ComplianceReport() {
    }

    public ComplianceReport(Instant createdAt, ReportTrigger trigger, String requestedBy, ComplianceMatrixSet set,
            String scope, int staleAfterHours, Long previousReportId) {
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.matrixSetId = set.getId();
        this.matrixSet = set.getName();
        this.matrixVersion = set.getVersion();
        this.scope = Objects.requireNonNull(scope, "scope");
        this.staleAfterHours = staleAfterHours;
        this.previousReportId = previousReportId;
    }

    /** Sets the totals once, before the report is stored. */
    public void totals(Totals totals, long durationMs) {
        this.vmCount = totals.vms();
        this.compliantCount = totals.compliant();
        this.nonCompliantCount = totals.nonCompliant();
        this.unknownCount = totals.unknown();
        this.findingCount = totals.findings();
        this.newCount = totals.newFindings();
        this.resolvedCount = totals.resolvedFindings();
        this.durationMs = durationMs;
    }

    public Totals getTotals() {
        return new Totals(vmCount, compliantCount, nonCompliantCount, unknownCount, findingCount, newCount,
                resolvedCount);
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ReportTrigger getTrigger() {
        return trigger;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Long getMatrixSetId() {
        return matrixSetId;
    }

    public String getMatrixSet() {
        return matrixSet;
    }

    public int getMatrixVersion() {
        return matrixVersion;
    }

    public String getScope() {
        return scope;
    }

    public int getStaleAfterHours() {
        return staleAfterHours;
    }

    public Long getPreviousReportId() {
        return previousReportId;
    }

    public long getDurationMs() {
        return durationMs;
    }
}

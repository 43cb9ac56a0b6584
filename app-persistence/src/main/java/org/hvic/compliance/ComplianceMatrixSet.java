package org.hvic.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One version of a named set of update-mechanism matrices; a full snapshot of its rows. */
@Entity
@Table(name = "compliance_matrix_set")
public class ComplianceMatrixSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private String source;

    @Column(name = "source_date", nullable = false)
    private LocalDate sourceDate;

    private String description;

    @Column(name = "current_version", nullable = false)
    private boolean current;

    @Column(name = "change_comment")
    private String changeComment;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "set", cascade = CascadeType.PERSIST)
    @OrderBy("hostMatrix, position")
    private List<ComplianceMatrixRow> rows = new ArrayList<>();

    protected ComplianceMatrixSet() {
    }

    /** The next version of {@code previous}, without rows; the caller adds them. */
    public ComplianceMatrixSet(ComplianceMatrixSet previous, String comment, String createdBy, Instant at) {
        this.name = previous.name;
        this.version = previous.version + 1;
        this.source = previous.source;
        this.sourceDate = LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
        this.description = previous.description;
        this.current = true;
        this.changeComment = comment;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = at;
    }

    /** Called on the version a new one replaces. */
    public void superseded() {
        this.current = false;
    }

    public ComplianceMatrixRow addRow(ComplianceMatrixRow.Content content, int position) {
        ComplianceMatrixRow row = new ComplianceMatrixRow(this, content, position);
        rows.add(row);
        return row;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getVersion() {
        return version;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getSourceDate() {
        return sourceDate;
    }

    public String getDescription() {
        return description;
    }

    public boolean isCurrent() {
        return current;
    }

    public String getChangeComment() {
        return changeComment;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ComplianceMatrixRow> getRows() {
        return rows;
    }
}

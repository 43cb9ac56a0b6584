package org.hvic.compliance;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One guest OS in one host's matrix: how it gets its integration components. Immutable once stored. */
@Entity
@Table(name = "compliance_matrix_row")
public class ComplianceMatrixRow {

    /** The values of a row, for creating one. */
    public record Content(String hostMatrix, String guestOs, String guestKey, UpdateMechanism mechanism,
            String mechanismDe, String mechanismEn, String noteDe, String noteEn, boolean requiresDataExchange,
            String footnoteDe, String footnoteEn) {

        public Content {
            Objects.requireNonNull(hostMatrix, "hostMatrix");
            Objects.requireNonNull(guestOs, "guestOs");
            Objects.requireNonNull(guestKey, "guestKey");
            Objects.requireNonNull(mechanism, "mechanism");
            Objects.requireNonNull(mechanismDe, "mechanismDe");
            Objects.requireNonNull(mechanismEn, "mechanismEn");
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id", nullable = false)
    private ComplianceMatrixSet set;

    @Column(name = "host_matrix", nullable = false)
    private String hostMatrix;

    @Column(nullable = false)
    private int position;

    @Column(name = "guest_os", nullable = false)
    private String guestOs;

    @Column(name = "guest_key", nullable = false)
    private String guestKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UpdateMechanism mechanism;

    @Column(name = "mechanism_de", nullable = false)
    private String mechanismDe;

    @Column(name = "mechanism_en", nullable = false)
    private String mechanismEn;

    @Column(name = "note_de")
    private String noteDe;

    @Column(name = "note_en")
    private String noteEn;

    @Column(name = "requires_data_exchange", nullable = false)
    private boolean requiresDataExchange;

    @Column(name = "footnote_de")
    private String footnoteDe;

    @Column(name = "footnote_en")
    private String footnoteEn;

    protected ComplianceMatrixRow() {
    }

    ComplianceMatrixRow(ComplianceMatrixSet set, Content content, int position) {
        this.set = set;
        this.position = position;
        this.hostMatrix = content.hostMatrix();
        this.guestOs = content.guestOs();
        this.guestKey = content.guestKey();
        this.mechanism = content.mechanism();
        this.mechanismDe = content.mechanismDe();
        this.mechanismEn = content.mechanismEn();
        this.noteDe = content.noteDe();
        this.noteEn = content.noteEn();
        this.requiresDataExchange = content.requiresDataExchange();
        this.footnoteDe = content.footnoteDe();
        this.footnoteEn = content.footnoteEn();
    }

    public Content content() {
        return new Content(hostMatrix, guestOs, guestKey, mechanism, mechanismDe, mechanismEn, noteDe, noteEn,
                requiresDataExchange, footnoteDe, footnoteEn);
    }

    public Long getId() {
        return id;
    }

    public ComplianceMatrixSet getSet() {
        return set;
    }

    public int getPosition() {
        return position;
    }

    public String getHostMatrix() {
        return hostMatrix;
    }

    public String getGuestKey() {
        return guestKey;
    }
}

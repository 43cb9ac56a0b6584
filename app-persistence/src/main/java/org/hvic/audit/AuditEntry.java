package org.hvic.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One audit entry: who did what to which target, with which parameters and result, from where and when. Written once
 * and never changed (the table refuses UPDATE and DELETE); {@link #getHash()} chains it to its predecessor, see
 * {@link AuditChain}. Target names are stored so the entry stays readable after the target is gone.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "event_code", nullable = false, updatable = false)
    private int eventCode;

    /** Stored as text, not mapped as an enum: a row with a name this version does not know still loads and verifies. */
    @Column(name = "event_type", nullable = false, updatable = false, length = 64)
    private String eventType;

    @Column(nullable = false, updatable = false, length = 16)
    private String severity;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false, length = 64)
    private String role;

    @Column(name = "target_type", updatable = false, length = 32)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private String targetId;

    @Column(name = "target_name", updatable = false, length = 1024)
    private String targetName;

    @Column(nullable = false, updatable = false)
    private String parameters;

    @Column(updatable = false)
    private String result;

    @Column(name = "client_address", nullable = false, updatable = false)
    private String clientAddress;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    /**
     * A new entry following the entry whose hash is {@code prevHash} ({@link AuditChain#GENESIS} for the first).
     * The time is truncated to microseconds, as PostgreSQL stores it, so that the hash matches the stored row; texts
     * are cut to their column's length so that an over-long name never makes the audited change fail.
     */
    public AuditEntry(AuditEventType type, Instant createdAt, String actor, String role, String clientAddress,
            String targetType, String targetId, String targetName, String parameters, String result, String prevHash) {
        this.eventType = Objects.requireNonNull(type, "type").name();
        this.eventCode = type.code();
        this.severity = type.severity().name();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
        this.actor = clip(Objects.requireNonNull(actor, "actor"), 255);
        this.role = clip(Objects.requireNonNullElse(role, ""), 64);
        this.clientAddress = clip(Objects.requireNonNullElse(clientAddress, ""), 255);
        this.targetType = clip(targetType, 32);
        this.targetId = clip(targetId, 255);
        this.targetName = clip(targetName, 1024);
        this.parameters = clip(Objects.requireNonNullElse(parameters, "{}"), Integer.MAX_VALUE);
        this.result = clip(result, Integer.MAX_VALUE);
        this.prevHash = Objects.requireNonNull(prevHash, "prevHash");
        this.hash = AuditChain.hash(prevHash, this);
    }

    /** Cut to {@code max} UTF-16 units without splitting a surrogate pair; NUL (refused by PostgreSQL) replaced. */
    static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String text = value.indexOf('\0') < 0 ? value : value.replace('\0', '\uFFFD');
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getEventCode() {
        return eventCode;
    }

    /** The type by its stable code; empty for a code this version does not know. */
    public Optional<AuditEventType> getEventType() {
        return AuditEventType.byCode(eventCode);
    }

    public String getEventTypeName() {
        return eventType;
    }

    public String getSeverity() {
        return severity;
    }

    public String getActor() {
        return actor;
    }

    public String getRole() {
        return role;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getTargetName() {
        return targetName;
    }

    public String getParameters() {
        return parameters;
    }

    public String getResult() {
        return result;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}

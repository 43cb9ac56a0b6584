package org.hvic.operations;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One queued change or read. The row exists before anything runs; workers move it through its states with short
 * transactions (claims and completions are set-based SQL in the EJB layer, this entity serves requests and reads).
 */
@Entity
@Table(name = "operation")
public class Operation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private UUID batchId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OperationType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OperationState state;

    @Column(name = "host_id", nullable = false, updatable = false)
    private Long hostId;

    @Column(name = "vm_id", updatable = false)
    private Long vmId;

    @Column(name = "vm_name", length = 1024, updatable = false)
    private String vmName;

    @Column(updatable = false)
    private String service;

    @Column(name = "service_name", updatable = false)
    private String serviceName;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_owner")
    private String leaseOwner;

    @Column(name = "lease_expires_at")
    private Instant leaseExpiresAt;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String result;

    private String error;

    @Column(name = "error_kind")
    private String errorKind;

    @Version
    private long version;

    protected Operation() {
    }

    public Operation(UUID batchId, OperationType type, Long hostId, Long vmId, String vmName, String service,
            String serviceName, int maxAttempts, String requestedBy) {
        this.batchId = Objects.requireNonNull(batchId);
        this.type = Objects.requireNonNull(type);
        this.hostId = Objects.requireNonNull(hostId);
        this.vmId = vmId;
        this.vmName = vmName;
        this.service = service;
        this.serviceName = serviceName;
        this.maxAttempts = maxAttempts;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.state = OperationState.QUEUED;
        this.requestedAt = Instant.now();
        this.nextAttemptAt = requestedAt;
    }

    /**
     * Cancels a queued operation at once; a running one is only marked, finishes its current attempt and then stops.
     *
     * @return whether the operation is now CANCELLED
     */
    public boolean cancel(Instant at) {
        if (state == OperationState.QUEUED) {
            state = OperationState.CANCELLED;
            finishedAt = at;
            result = "cancelled before it ran";
            return true;
        }
        if (state == OperationState.RUNNING) {
            cancelRequested = true;
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public UUID getBatchId() {
        return batchId;
    }

    public OperationType getType() {
        return type;
    }

    public OperationState getState() {
        return state;
    }

    public Long getHostId() {
        return hostId;
    }

    public Long getVmId() {
        return vmId;
    }

    public String getVmName() {
        return vmName;
    }

    public String getService() {
        return service;
    }

    public String getServiceName() {
        return serviceName;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLeaseOwner() {
        return leaseOwner;
    }

    public Instant getLeaseExpiresAt() {
        return leaseExpiresAt;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getResult() {
        return result;
    }

    public String getError() {
        return error;
    }

    public String getErrorKind() {
        return errorKind;
    }
}

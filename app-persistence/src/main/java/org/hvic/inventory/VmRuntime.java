package org.hvic.inventory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** What the host reported about a VM at its last refresh (oVirt's VmDynamic). */
@Entity
@Table(name = "vm_runtime")
public class VmRuntime {

    @Id
    @Column(name = "vm_id")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vm_id")
    private VirtualMachine vm;

    private String state;

    private Integer generation;

    @Column(name = "config_version")
    private String configVersion;

    @Column(name = "guest_os")
    private String guestOs;

    @Enumerated(EnumType.STRING)
    @Column(name = "guest_kind", nullable = false)
    private GuestKind guestKind = GuestKind.UNKNOWN;

    @Column(name = "integration_services_version")
    private String integrationServicesVersion;

    @Column(name = "integration_services_state")
    private String integrationServicesState;

    @Column(name = "reported_address")
    private String reportedAddress;

    @Column(name = "refreshed_at")
    private Instant refreshedAt;

    @Column(name = "guest_checked_at")
    private Instant guestCheckedAt;

    @Column(name = "guest_error")
    private String guestError;

    /** For JPA: rows are created with their VM by the inventory's set-based INSERT (VmRows). */
    protected VmRuntime() {
    }

    public void reported(String state, Integer generation, String configVersion, String icVersion, String icState,
            String reportedAddress, Instant at) {
        this.state = state;
        this.generation = generation;
        this.configVersion = configVersion;
        this.integrationServicesVersion = icVersion;
        this.integrationServicesState = icState;
        this.reportedAddress = reportedAddress;
        this.refreshedAt = at;
    }

    public void guest(GuestKind kind, String guestOs) {
        this.guestKind = kind == null ? GuestKind.UNKNOWN : kind;
        this.guestOs = guestOs;
    }

    public void guestChecked(Instant at, String error) {
        this.guestCheckedAt = at;
        this.guestError = error;
    }

    public Long getId() {
        return id;
    }

    public VirtualMachine getVm() {
        return vm;
    }

    public String getState() {
        return state;
    }

    public Integer getGeneration() {
        return generation;
    }

    public String getConfigVersion() {
        return configVersion;
    }

    public String getGuestOs() {
        return guestOs;
    }

    public GuestKind getGuestKind() {
        return guestKind;
    }

    public String getIntegrationServicesVersion() {
        return integrationServicesVersion;
    }

    public String getIntegrationServicesState() {
        return integrationServicesState;
    }

    public String getReportedAddress() {
        return reportedAddress;
    }

    public Instant getRefreshedAt() {
        return refreshedAt;
    }

    public Instant getGuestCheckedAt() {
        return guestCheckedAt;
    }

    public String getGuestError() {
        return guestError;
    }
}

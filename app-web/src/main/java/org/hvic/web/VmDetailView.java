package org.hvic.web;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.hvic.connector.IntegrationServiceType;
import org.hvic.inventory.HistoryEntryView;
import org.hvic.inventory.InventoryQueryService;
import org.hvic.inventory.VmDetail;
import org.hvic.inventory.VmFinding;
import org.hvic.inventory.VmSearchService;
import org.hvic.operations.PowerShellDirect;
import org.hvic.problem.Problem;
import org.primefaces.PrimeFaces;

/**
 * One VM ({@code vm.xhtml?id=}): host-side integration services with enable/disable (disabling is confirmed and says
 * what the host loses), the guest side with start/stop where the prerequisites hold, the history and open findings.
 */
@Named
@ViewScoped
public class VmDetailView extends QueueingView {

    private static final long serialVersionUID = 1L;
    static final int HISTORY = 50;

    @EJB
    private InventoryQueryService inventory;

    @EJB
    private VmSearchService search;

    private Long id;
    private VmDetail vm;
    private List<HistoryEntryView> history = List.of();
    private List<VmFinding> findings = List.of();
    private VmDetail.IntegrationServiceView pending;

    public void load() {
        if (id == null) {
            notFound();
            return;
        }
        try {
            vm = inventory.vm(id);
        } catch (Problem p) {
            notFound();
            return;
        }
        history = inventory.history(id, 0, HISTORY).items();
        findings = search.openFindings(id, locale());
    }

    /** Enables at once; disabling first asks, with what the host loses. */
    public void toggle(String guid) {
        Optional<VmDetail.IntegrationServiceView> service = vm.integrationServices().stream()
                .filter(s -> s.guid().equals(guid)).findFirst();
        if (service.isEmpty() || !allowed("OPERATOR", "ADMIN")) {
            return;
        }
        if (service.get().enabled()) {
            pending = service.get();
            PrimeFaces.current().executeScript("PF('disableDialog').show()");
        } else {
            queueAndReload("ENABLE_INTEGRATION_SERVICE", guid);
        }
    }

    public void confirmDisable() {
        if (pending != null) {
            queueAndReload("DISABLE_INTEGRATION_SERVICE", pending.guid());
            pending = null;
        }
    }

    public void guestService(String name, boolean start) {
        if (getGuestBlocked() == null) {
            queueAndReload(start ? "START_GUEST_SERVICE" : "STOP_GUEST_SERVICE", name);
        } else {
            error("vm.guest.blocked");
        }
    }

    public void daemon(String name, boolean start) {
        if (getLinuxBlocked() == null) {
            queueAndReload(start ? "START_LINUX_DAEMON" : "STOP_LINUX_DAEMON", name);
        } else {
            error("vm.guest.blocked");
        }
    }

    public void refreshGuest() {
        queueAndReload("REFRESH_GUEST", null);
    }

    private void queueAndReload(String type, String service) {
        if (queue(type, List.of(vm.id()), service) != null) {
            history = inventory.history(id, 0, HISTORY).items();
        }
    }

    /** Why hvic cannot reach this Windows guest (PowerShell Direct), in the user's language; null when it can. */
    public String getGuestBlocked() {
        Optional<String> reason = PowerShellDirect.unavailableBecause(vm.state(), vm.configVersion(), vm.guestOs());
        if (reason.isEmpty()) {
            return null;
        }
        if (!"Running".equals(vm.state())) {
            return text("psd.needsRunning", vm.state());
        }
        return reason.get().contains("configuration version") ? text("psd.needsConfigVersion", vm.configVersion())
                : text("psd.needsGuest", vm.guestOs());
    }

    /** Why hvic cannot act in this Linux guest (it needs the VM running); null when it can. */
    public String getLinuxBlocked() {
        return "Running".equals(vm.state()) ? null : text("linux.needsRunning", vm.state());
    }

    /** The component's enum name for a GUID (for texts such as what disabling it costs), or the GUID. */
    public String component(String guid) {
        return IntegrationServiceType.fromGuid(guid).map(Enum::name).orElse(guid);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VmDetail getVm() {
        return vm;
    }

    public List<HistoryEntryView> getHistory() {
        return history;
    }

    public List<VmFinding> getFindings() {
        return findings;
    }

    public VmDetail.IntegrationServiceView getPending() {
        return pending;
    }
}

package org.hvic.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.hvic.inventory.HostView;
import org.hvic.inventory.InventoryQueryService;
import org.hvic.inventory.Page;
import org.hvic.inventory.VmFilter;
import org.hvic.inventory.VmSearchService;
import org.hvic.inventory.VmSummary;
import org.primefaces.PrimeFaces;

/**
 * The VM list: lazy, sortable, filtered by host, name, OS, state, service status and open compliance finding; bulk
 * operations on the selected VMs after a confirmation that lists exactly what will be queued.
 */
@Named
@ViewScoped
public class VmListView extends ListFilterView {

    private static final long serialVersionUID = 1L;
    static final List<String> SERVICE_STATUSES = List.of("OK", "NO_CONTACT", "LOST_COMMUNICATION", "DISABLED",
            "OTHER");

    @EJB
    private VmSearchService search;

    @EJB
    private InventoryQueryService inventory;

    private Long hostId;
    private String state;
    private String service;
    private String finding;
    private PagedModel<VmSummary> model;
    private List<VmSummary> selected = new ArrayList<>();
    private String bulkType = "DISABLE_INTEGRATION_SERVICE";
    private String bulkService = "GUEST_SERVICE_INTERFACE";
    private List<HostView> hosts;
    private List<String> states;
    private List<String> findingRules;

    @PostConstruct
    void init() {
        model = new PagedModel<>(this::page, vm -> String.valueOf(vm.id()));
    }

    /** The choices of the filters (loaded once per view). */
    public void load() {
        if (service != null && !SERVICE_STATUSES.contains(service)) {
            service = null;
        }
        hosts = inventory.hosts();
        states = search.states();
        findingRules = search.findingRules();
    }

    private Page<VmSummary> page(int first, int size, String sort, boolean descending) {
        return search.search(new VmFilter(hostId, getName(), getOs(), state, service, finding, sort, descending), first, size);
    }

    /** Checks the request and opens the confirmation dialog; nothing is queued yet. */
    public void review() {
        if (!allowed("OPERATOR", "ADMIN")) {
            return;
        }
        if (selected == null || selected.isEmpty()) {
            error("vms.bulk.noneSelected");
            return;
        }
        PrimeFaces.current().executeScript("PF('bulkDialog').show()");
    }

    public void confirm() {
        if (selected == null || selected.isEmpty()) {
            error("vms.bulk.noneSelected");
            return;
        }
        if (queue(bulkType, selected.stream().map(VmSummary::id).toList(), needsService() ? bulkService : null)
                != null) {
            selected = new ArrayList<>();
        }
    }

    public boolean needsService() {
        return !"REFRESH_GUEST".equals(bulkType);
    }

    public String getSelectedNames() {
        return String.join(", ", selected.stream().map(VmSummary::name).toList());
    }

    public List<String> getServiceStatuses() {
        return SERVICE_STATUSES;
    }

    public PagedModel<VmSummary> getModel() {
        return model;
    }

    public List<HostView> getHosts() {
        return hosts;
    }

    public List<String> getStates() {
        return states;
    }

    public List<String> getFindingRules() {
        return findingRules;
    }

    public List<VmSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<VmSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getFinding() {
        return finding;
    }

    public void setFinding(String finding) {
        this.finding = finding;
    }

    public String getBulkType() {
        return bulkType;
    }

    public void setBulkType(String bulkType) {
        this.bulkType = bulkType;
    }

    public String getBulkService() {
        return bulkService;
    }

    public void setBulkService(String bulkService) {
        this.bulkService = bulkService;
    }
}

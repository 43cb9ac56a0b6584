package org.hvic.web;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.hvic.operations.BatchProgress;
import org.hvic.operations.OperationOverviewService;
import org.hvic.operations.OperationView;

/** The live queue (the page polls every 2 s): batches with their progress, operations by state, cancel. */
@Named
@ViewScoped
public class OperationsView extends QueueingView {

    private static final long serialVersionUID = 1L;
    static final List<String> STATES = List.of("QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED");

    @EJB
    private OperationOverviewService overview;

    private String state;
    private Long vmId;
    private String batch;
    private PagedModel<OperationView> model;
    private List<BatchProgress> batches = List.of();

    @PostConstruct
    void init() {
        model = new PagedModel<>((first, size, sort, descending) -> operations.find(state != null && STATES.contains(state) ? state
                : null, vmId, batchId(), first / size, size), op -> String.valueOf(op.id()));
    }

    public void load() {
        batches = overview.recentBatches(10);
    }

    public void cancel(long id) {
        if (allowed("OPERATOR", "ADMIN") && attempt(() -> operations.cancel(id, currentActor.actor())) != null) {
            info("operations.cancelled", id);
        }
    }

    private UUID batchId() {
        try {
            return batch == null || batch.isBlank() ? null : UUID.fromString(batch.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean cancellable(OperationView op) {
        return ("QUEUED".equals(op.state()) || "RUNNING".equals(op.state())) && !op.cancelRequested();
    }

    public List<String> getStates() {
        return STATES;
    }

    public PagedModel<OperationView> getModel() {
        return model;
    }

    public List<BatchProgress> getBatches() {
        return batches;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Long getVmId() {
        return vmId;
    }

    public void setVmId(Long vmId) {
        this.vmId = vmId;
    }

    public String getBatch() {
        return batch;
    }

    public void setBatch(String batch) {
        this.batch = batch;
    }
}

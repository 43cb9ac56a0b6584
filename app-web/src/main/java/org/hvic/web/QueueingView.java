package org.hvic.web;

import java.util.List;

import jakarta.ejb.EJB;

import org.hvic.operations.BatchReceipt;
import org.hvic.operations.OperationRequest;
import org.hvic.operations.OperationService;

/** A page that queues operations (OPERATOR, ADMIN): the role is checked here, on the server, for every request. */
public abstract class QueueingView extends ViewBean {

    private static final long serialVersionUID = 1L;

    @EJB
    protected OperationService operations;

    /** Queues {@code type} for the VMs; a message says what was queued, or why nothing was. */
    protected BatchReceipt queue(String type, List<Long> vmIds, String service) {
        if (!allowed("OPERATOR", "ADMIN")) {
            return null;
        }
        BatchReceipt receipt = attempt(() -> operations.enqueue(new OperationRequest(type, vmIds, service),
                currentActor.actor()));
        if (receipt != null) {
            info("operations.queued", receipt.operations().size(), text("opType." + type),
                    receipt.batchId().toString());
        }
        return receipt;
    }

    /** The operation types a page offers, in the order they are listed. */
    public List<String> getOperationTypes() {
        return List.of("ENABLE_INTEGRATION_SERVICE", "DISABLE_INTEGRATION_SERVICE", "START_GUEST_SERVICE",
                "STOP_GUEST_SERVICE", "START_LINUX_DAEMON", "STOP_LINUX_DAEMON", "REFRESH_GUEST");
    }
}

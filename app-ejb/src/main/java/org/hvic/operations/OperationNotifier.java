package org.hvic.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Tells this node's dispatcher, once the transaction that queued work commits, that there is work to claim. */
@ApplicationScoped
public class OperationNotifier {

    /** The CDI event; observed after a successful commit only. */
    public record OperationsQueued() {
    }

    @Inject
    Event<OperationsQueued> queued;

    public void afterCommit() {
        queued.fire(new OperationsQueued());
    }
}

package org.hvic.operations;

/** An attempt a worker has carried out, waiting to be recorded. */
public record FinishedAttempt(ClaimedOperation op, AttemptOutcome outcome) {
}

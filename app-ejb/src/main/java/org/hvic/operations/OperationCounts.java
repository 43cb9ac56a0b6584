package org.hvic.operations;

/** Operations requested in the last 24 hours by state; {@code running} counts all running now. */
public record OperationCounts(long queued, long running, long succeeded, long failed, long cancelled) {
}

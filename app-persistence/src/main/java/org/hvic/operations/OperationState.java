package org.hvic.operations;

/** QUEUED -> RUNNING -> SUCCEEDED | FAILED | CANCELLED (a RUNNING operation whose lease expires is QUEUED again). */
public enum OperationState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}

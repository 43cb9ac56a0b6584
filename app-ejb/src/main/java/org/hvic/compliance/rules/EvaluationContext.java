package org.hvic.compliance.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.hvic.compliance.matrix.MatrixSnapshot;

/** What every VM is evaluated against: one matrix set version, the time of the run, how old data may be. */
public record EvaluationContext(MatrixSnapshot matrix, Instant now, Duration staleAfter) {

    public EvaluationContext {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(staleAfter, "staleAfter");
    }

    public boolean stale(Instant at) {
        return at == null || at.isBefore(now.minus(staleAfter));
    }
}

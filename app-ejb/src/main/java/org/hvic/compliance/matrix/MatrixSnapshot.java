package org.hvic.compliance.matrix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a matrix set in memory: which matrix applies to which host OS, and the rows of each matrix.
 * Immutable; what a compliance run evaluates against.
 */
public final class MatrixSnapshot {

    private final long id;
    private final String name;
    private final int version;
    private final Map<String, String> hostMatrices;
    private final Map<String, Map<String, MatrixEntry>> rows = new HashMap<>();

    public MatrixSnapshot(long id, String name, int version, Map<String, String> hostMatrices,
            List<MatrixEntry> entries) {
        this.id = id;
        this.name = name;
        this.version = version;
        this.hostMatrices = Map.copyOf(hostMatrices);
        for (MatrixEntry entry : entries) {
            rows.computeIfAbsent(entry.hostMatrix(), k -> new HashMap<>()).put(entry.guestKey(), entry);
        }
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int version() {
        return version;
    }

    /** The matrix for a host whose OS normalised to {@code hostKey}; empty when the set does not cover that host. */
    public Optional<String> matrixFor(String hostKey) {
        return Optional.ofNullable(hostMatrices.get(hostKey));
    }

    public Optional<MatrixEntry> entry(String hostMatrix, String guestKey) {
        return Optional.ofNullable(rows.getOrDefault(hostMatrix, Map.of()).get(guestKey));
    }

    /** Whether a host matrix lists a guest key at all (used for Linux, which the seed's tables leave out). */
    public boolean lists(String hostMatrix, String guestKey) {
        return entry(hostMatrix, guestKey).isPresent();
    }
}

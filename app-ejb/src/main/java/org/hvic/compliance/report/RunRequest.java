package org.hvic.compliance.report;

import java.util.List;

/** What to evaluate: a matrix set (null: the configured default) and hosts (null or empty: the whole fleet). */
public record RunRequest(String matrixSet, List<Long> hostIds) {

    public static final RunRequest FLEET = new RunRequest(null, List.of());
}

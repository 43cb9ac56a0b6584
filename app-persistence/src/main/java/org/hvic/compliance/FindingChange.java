package org.hvic.compliance;

/** A finding compared with the previous report of the same scope. Stored by name. */
public enum FindingChange {
    /** not in the previous report */
    NEW,
    /** also in the previous report */
    OPEN,
    /** in the previous report, gone now (kept for the comparison, not counted as a finding) */
    RESOLVED
}

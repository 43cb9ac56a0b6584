package org.hvic.compliance;

/** Why a report was made. Stored by name. */
public enum ReportTrigger {
    SCHEDULED,
    ON_DEMAND
}

package org.hvic.compliance;

/** How bad a finding is. INFO never makes a VM non-compliant. Stored by name. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL
}

package org.hvic.audit;

/** How much an audit event deserves attention, as oVirt's AuditLogSeverity. */
public enum Severity {
    INFO, WARNING, ERROR
}

package org.hvic.audit;

/** The outcome of walking the whole chain: how many entries, and the id of the first one that does not fit. */
public record AuditVerification(boolean valid, long entries, Long firstBrokenId) {
}

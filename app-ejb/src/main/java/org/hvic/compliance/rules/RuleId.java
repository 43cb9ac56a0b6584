package org.hvic.compliance.rules;

import org.hvic.compliance.Severity;

/** The compliance rules. Stored by name in reports: never rename a constant. */
public enum RuleId {
    UNSUPPORTED_GUEST(Severity.CRITICAL, Effect.VIOLATION),
    DATA_EXCHANGE_REQUIRED(Severity.WARNING, Effect.VIOLATION),
    IC_UPDATE_REQUIRED(Severity.WARNING, Effect.VIOLATION),
    HOST_GUEST_MISMATCH(Severity.WARNING, Effect.VIOLATION),
    LINUX_IC_MISSING(Severity.WARNING, Effect.VIOLATION),
    /** documented as harmless by Microsoft (KB4014894): information, never a violation */
    KNOWN_HARMLESS_STATUS(Severity.INFO, Effect.INFORMATION),
    /** a host or guest OS name that maps to no matrix key, or a host OS the matrix set does not cover */
    UNMAPPED_OS(Severity.WARNING, Effect.UNKNOWN),
    /** data too old or missing (host unreachable, guest not checked) */
    UNKNOWN(Severity.WARNING, Effect.UNKNOWN);

    /** What a finding of the rule does to the VM's status. */
    public enum Effect {
        VIOLATION,
        INFORMATION,
        UNKNOWN
    }

    private final Severity severity;
    private final Effect effect;

    RuleId(Severity severity, Effect effect) {
        this.severity = severity;
        this.effect = effect;
    }

    public Severity severity() {
        return severity;
    }

    public Effect effect() {
        return effect;
    }
}

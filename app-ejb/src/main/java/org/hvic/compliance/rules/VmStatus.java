package org.hvic.compliance.rules;

import java.util.List;

/** A VM's compliance: a violation makes it non-compliant; otherwise missing data makes it unknown. */
public enum VmStatus {
    COMPLIANT,
    NON_COMPLIANT,
    UNKNOWN;

    public static VmStatus of(List<Finding> findings) {
        boolean unknown = false;
        for (Finding finding : findings) {
            if (finding.rule().effect() == RuleId.Effect.VIOLATION) {
                return NON_COMPLIANT;
            }
            unknown |= finding.rule().effect() == RuleId.Effect.UNKNOWN;
        }
        return unknown ? UNKNOWN : COMPLIANT;
    }
}

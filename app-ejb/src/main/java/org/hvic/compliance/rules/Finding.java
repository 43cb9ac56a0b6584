package org.hvic.compliance.rules;

import java.util.List;
import java.util.Objects;

import org.hvic.compliance.Severity;

/** What a rule found on one VM: explanation and remediation as bundle messages, and the operations that fix it. */
public record Finding(RuleId rule, long vmId, String vmName, long hostId, String hostName, String detail,
        Message explanation, Message remediation, List<RemediationAction> actions) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(remediation, "remediation");
        actions = List.copyOf(actions);
    }

    public Severity severity() {
        return rule.severity();
    }

    /** Stable across reports: rule + VM + detail. */
    public String key() {
        return key(rule.name(), vmId, detail);
    }

    public static String key(String rule, long vmId, String detail) {
        return rule + "|" + vmId + "|" + detail;
    }
}

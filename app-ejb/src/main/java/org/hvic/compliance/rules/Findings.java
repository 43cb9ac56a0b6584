package org.hvic.compliance.rules;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one VM while the rules run. */
final class Findings {

    private final VmFacts vm;
    private final List<Finding> found = new ArrayList<>();

    Findings(VmFacts vm) {
        this.vm = vm;
    }

    void add(RuleId rule, String detail, Message explanation, Message remediation, List<RemediationAction> actions) {
        found.add(new Finding(rule, vm.vmId(), vm.vmName(), vm.hostId(), vm.hostName(), detail, explanation,
                remediation, actions));
    }

    void add(RuleId rule, String detail, Message explanation, Message remediation) {
        add(rule, detail, explanation, remediation, List.of());
    }


    boolean has(RuleId rule) {
        return found.stream().anyMatch(f -> f.rule() == rule);
    }

    /** Whether a finding of {@code rule} exists whose detail starts with {@code componentKey + "/"}. */
    boolean hasComponent(RuleId rule, String componentKey) {
        return found.stream().anyMatch(f -> f.rule() == rule && f.detail().startsWith(componentKey + "/"));
    }

    List<Finding> list() {
        return found;
    }
}

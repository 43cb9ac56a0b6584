package org.hvic.compliance.rules;

import java.util.List;

/** Evaluates one VM against every rule. Pure: facts in, findings out. */
public final class ComplianceRules {

    private ComplianceRules() {
    }

    public static List<Finding> evaluate(VmFacts vm, EvaluationContext ctx) {
        Findings out = new Findings(vm);
        if (!FreshnessRule.hostKnown(vm, ctx, out)) {
            return out.list();
        }
        boolean guestKnown = FreshnessRule.guestKnown(vm, ctx, out);
        Classification c = MatrixRules.classify(vm, ctx, out);
        MatrixRules.dataExchange(vm, c, guestKnown, out);
        UpdateRules.check(vm, c, out);
        if (vm.running()) {
            ConsistencyRules.check(vm, guestKnown, out);
        }
        if (vm.running() && guestKnown && c.linux()) {
            LinuxRules.check(vm, out);
        }
        return out.list();
    }
}

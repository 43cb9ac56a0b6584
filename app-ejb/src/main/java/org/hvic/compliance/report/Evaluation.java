package org.hvic.compliance.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hvic.compliance.rules.ComplianceRules;
import org.hvic.compliance.rules.EvaluationContext;
import org.hvic.compliance.rules.Finding;
import org.hvic.compliance.rules.VmFacts;
import org.hvic.compliance.rules.VmStatus;

/** Every VM evaluated in memory: the findings and how many VMs are compliant, non-compliant or unknown. */
public record Evaluation(int vms, Map<VmStatus, Integer> statuses, List<Finding> findings) {

    public static Evaluation of(Collection<VmFacts> facts, EvaluationContext ctx) {
        Map<VmStatus, Integer> statuses = new EnumMap<>(VmStatus.class);
        for (VmStatus status : VmStatus.values()) {
            statuses.put(status, 0);
        }
        List<Finding> findings = new ArrayList<>();
        for (VmFacts vm : facts) {
            List<Finding> found = ComplianceRules.evaluate(vm, ctx);
            statuses.merge(VmStatus.of(found), 1, Integer::sum);
            findings.addAll(found);
        }
        return new Evaluation(facts.size(), statuses, findings);
    }

    public int count(VmStatus status) {
        return statuses.getOrDefault(status, 0);
    }
}

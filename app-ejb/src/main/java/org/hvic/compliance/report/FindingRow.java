package org.hvic.compliance.report;

import java.util.Locale;

import org.hvic.compliance.FindingChange;
import org.hvic.compliance.Severity;
import org.hvic.compliance.rules.Finding;
import org.hvic.compliance.rules.RemediationAction;
import org.hvic.compliance.rules.Texts;

/** A finding as a report stores and shows it: texts rendered in English and German at run time. */
public record FindingRow(String key, FindingChange change, String ruleId, Severity severity, long vmId, String vmName,
        long hostId, String hostName, String detail, String explanationEn, String explanationDe, String remediationEn,
        String remediationDe, String actions) {

    public static FindingRow of(Finding finding, FindingChange change) {
        return new FindingRow(finding.key(), change, finding.rule().name(), finding.severity(), finding.vmId(),
                finding.vmName(), finding.hostId(), finding.hostName(), finding.detail(),
                Texts.render(finding.explanation(), Texts.EN), Texts.render(finding.explanation(), Texts.DE),
                Texts.render(finding.remediation(), Texts.EN), Texts.render(finding.remediation(), Texts.DE),
                RemediationAction.format(finding.actions()));
    }

    public FindingRow as(FindingChange newChange) {
        return new FindingRow(key, newChange, ruleId, severity, vmId, vmName, hostId, hostName, detail, explanationEn,
                explanationDe, remediationEn, remediationDe, actions);
    }

    public String explanation(Locale locale) {
        return "de".equals(Texts.language(locale).getLanguage()) ? explanationDe : explanationEn;
    }

    public String remediation(Locale locale) {
        return "de".equals(Texts.language(locale).getLanguage()) ? remediationDe : remediationEn;
    }
}

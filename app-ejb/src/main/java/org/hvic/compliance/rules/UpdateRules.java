package org.hvic.compliance.rules;

import java.util.Locale;
import java.util.regex.Pattern;

import org.hvic.compliance.matrix.MatrixEntry;

/**
 * IC_UPDATE_REQUIRED (IntegrationServicesState "Update required", or a component working on an older protocol than the
 * host's) and KNOWN_HARMLESS_STATUS (the VSS protocol-version status on guests older than Windows Server 2016, which
 * Microsoft documents as by design in KB4014894).
 */
final class UpdateRules {

    static final int PROTOCOL_MISMATCH = 32775;

    private static final Pattern PROTOCOL_TEXT = Pattern.compile(
            "protocol version.*does not match|protokollversion.*(nicht .*überein|stimmt nicht)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern UPDATE_REQUIRED = Pattern.compile(
            "update required|update erforderlich|aktualisierung erforderlich", Pattern.CASE_INSENSITIVE);

    private UpdateRules() {
    }

    static void check(VmFacts vm, Classification c, Findings out) {
        String mismatched = null;
        for (Component component : Component.values()) {
            VmFacts.HostService service = vm.service(component).orElse(null);
            if (service == null || !protocolMismatch(service)) {
                continue;
            }
            if (component == Component.VSS && c.olderThanServer2016()) {
                String status = service.secondaryStatus() == null ? String.valueOf(PROTOCOL_MISMATCH)
                        : service.secondaryStatus();
                out.add(RuleId.KNOWN_HARMLESS_STATUS, "vss-protocol", Message.of("harmless.vss", status, c.guestKey()),
                        Message.of("harmless.vss.fix"));
            } else if (mismatched == null) {
                mismatched = component.name();
            }
        }
        boolean stateSaysUpdate = vm.icState() != null && UPDATE_REQUIRED.matcher(vm.icState()).find();
        if (!stateSaysUpdate && mismatched == null) {
            return;
        }
        Message explanation = stateSaysUpdate ? Message.of("icUpdate.state", vm.icState())
                : Message.of("icUpdate.protocol", Component.valueOf(mismatched).displayName());
        out.add(RuleId.IC_UPDATE_REQUIRED, "ic", explanation, remediation(c.entry()));
    }

    static boolean protocolMismatch(VmFacts.HostService service) {
        return service.hasStatus(PROTOCOL_MISMATCH)
                || service.secondaryStatus() != null && PROTOCOL_TEXT.matcher(service.secondaryStatus()).find();
    }

    private static Message remediation(MatrixEntry entry) {
        if (entry == null) {
            return Message.of("icUpdate.fix.unknown");
        }
        String mechanism = entry.mechanism().name().toLowerCase(Locale.ROOT);
        if (entry.requiresDataExchange()) {
            return Message.of("icUpdate.fix." + mechanism + ".dataExchange");
        }
        return Message.of("icUpdate.fix." + mechanism);
    }
}

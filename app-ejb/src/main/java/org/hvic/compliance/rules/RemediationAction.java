package org.hvic.compliance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hvic.operations.OperationType;

/** An operation that fixes (part of) a finding: e.g. ENABLE_INTEGRATION_SERVICE of the Data Exchange GUID. */
public record RemediationAction(OperationType type, String service) {

    public RemediationAction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(service, "service");
    }

    /** "TYPE:service;TYPE:service", as stored with a finding. */
    public static String format(List<RemediationAction> actions) {
        List<String> parts = new ArrayList<>();
        for (RemediationAction action : actions) {
            parts.add(action.type().name() + ":" + action.service());
        }
        return parts.isEmpty() ? null : String.join(";", parts);
    }

    public static List<RemediationAction> parse(String stored) {
        List<RemediationAction> actions = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return actions;
        }
        for (String part : stored.split(";")) {
            int colon = part.indexOf(':');
            actions.add(new RemediationAction(OperationType.valueOf(part.substring(0, colon)), part.substring(colon + 1)));
        }
        return actions;
    }
}

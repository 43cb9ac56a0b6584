package org.hvic.audit;

import java.time.Instant;
import java.util.Map;

/** An audit entry as it leaves the EJB layer, with its message rendered in the requested language. */
public record AuditEntryView(long id, Instant at, String type, int code, String severity, String message,
        String actor, String role, String targetType, String targetId, String targetName,
        Map<String, String> parameters, String result, String clientAddress, String hash) {
}

package org.hvic.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.hvic.security.Actor;

/**
 * What one audit entry says: the event, who (with role and client address), the target (type, id and name — the name
 * keeps the entry readable after the target is gone), the parameters of the request and the result, for example
 * {@code ACCEPTED}, {@code SUCCEEDED} or {@code FAILED: reason}. Never put a password or secret into the parameters;
 * keys that look like one ({@code password}, {@code secret}, {@code token}, ...) are masked anyway.
 */
public record AuditRecord(AuditEventType type, Actor actor, String targetType, String targetId, String targetName,
        Map<String, String> parameters, String result) {

    public AuditRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** An entry without parameters. */
    public static AuditRecord of(AuditEventType type, Actor actor, String targetType, String targetId,
            String targetName, String result) {
        return new AuditRecord(type, actor, targetType, targetId, targetName, Map.of(), result);
    }
}

package org.hvic.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every kind of audit entry, with a stable numeric code (stored with each entry: never renumber, never reuse) and a
 * severity. The message of each type is in the bundle {@code org/hvic/audit/AuditMessages*.properties} of app-ejb,
 * keyed by the constant's name.
 */
public enum AuditEventType {
    HOST_REGISTERED(100),
    HOST_KEY_APPROVED(101),
    HOST_KEY_REJECTED(102, Severity.WARNING),
    HOST_REFRESH_REQUESTED(103),
    HOST_UPDATED(104),
    GUEST_ACCESS_CHANGED(110),

    OPERATION_REQUESTED(200),
    OPERATION_SUCCEEDED(201),
    OPERATION_FAILED(202, Severity.ERROR),
    OPERATION_CANCEL_REQUESTED(203),
    OPERATION_CANCELLED(204, Severity.WARNING),
    OPERATION_RETRY_SCHEDULED(205, Severity.WARNING),
    OPERATION_LEASE_EXPIRED(206, Severity.WARNING),

    LOGIN_SUCCEEDED(300),
    LOGIN_FAILED(301, Severity.WARNING),
    ACCOUNT_LOCKED(302, Severity.ERROR),
    USER_CREATED(303),
    USER_UPDATED(304),
    USER_DELETED(305, Severity.WARNING),

    COMPLIANCE_RUN_COMPLETED(400),
    COMPLIANCE_MATRIX_CHANGED(401),
    COMPLIANCE_REMEDIATION_REQUESTED(402),
    COMPLIANCE_SCHEDULE_CHANGED(403),

    AUDIT_VERIFIED(500),
    AUDIT_EXPORTED(501);

    private static final Map<Integer, AuditEventType> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AuditEventType::code, Function.identity()));

    private final int code;
    private final Severity severity;

    AuditEventType(int code) {
        this(code, Severity.INFO);
    }

    AuditEventType(int code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    public int code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public static Optional<AuditEventType> byCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** A type by its name (any case) or its numeric code; empty when neither fits. */
    public static Optional<AuditEventType> parse(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String text = nameOrCode.strip();
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 9) {
            return byCode(Integer.parseInt(text));
        }
        return Arrays.stream(values()).filter(type -> type.name().equalsIgnoreCase(text)).findFirst();
    }
}

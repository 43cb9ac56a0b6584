package org.hvic.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.hvic.problem.Problem;

/**
 * Filters of the audit log: {@code from <= time < to}, actor (exact, any case), action (a type name or code),
 * target (a substring of the target's name or id, any case); page (from 0) and size (1 to {@value #MAX_SIZE}); the
 * language messages are rendered in (English by default). Blank texts mean "no filter".
 */
public record AuditQuery(Instant from, Instant to, String actor, String action, String target, int page, int size,
        Locale locale) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        target = blankToNull(target);
        locale = locale == null ? Locale.ENGLISH : locale;
        if (page < 0) {
            throw Problem.invalid("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Problem.invalid("size must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw Problem.invalid("from must be before to");
        }
        if (action != null && AuditEventType.parse(action).isEmpty()) {
            throw Problem.invalid("action " + action + " is not an audit event type name or code");
        }
    }

    /** Everything, newest first, first page. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, 0, DEFAULT_SIZE, null);
    }

    /**
     * A query from request parameters. Times are ISO-8601 instants or offset date-times
     * ({@code 2025-01-31T08:00:00Z}) or dates ({@code 2025-01-31}, UTC; as {@code to} the whole day is included).
     */
    public static AuditQuery parse(String from, String to, String actor, String action, String target, Integer page,
            Integer size, Locale locale) {
        return new AuditQuery(time("from", from, false), time("to", to, true), actor, action, target,
                page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, locale);
    }

    public AuditQuery withPage(int newPage, int newSize) {
        return new AuditQuery(from, to, actor, action, target, newPage, newSize, locale);
    }

    AuditEventType actionType() {
        return action == null ? null : AuditEventType.parse(action).orElseThrow();
    }

    static Instant time(String name, String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw Problem.invalid(name + " is not an ISO-8601 date or date-time (e.g. 2025-01-31 or "
                    + "2025-01-31T08:00:00Z): " + value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.hvic.compliance.schedule;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ejb.ScheduleExpression;

/**
 * Turns a cron-like expression "minute hour dayOfMonth month dayOfWeek" (e.g. the default "0 6 * * *": daily at 06:00
 * server time) into an EJB calendar schedule. Fields take *, numbers, ranges (1-5) and lists (1,15); minute and hour
 * also steps (*&#47;15, 0-30/10); month and day of week also names (Jan, Mon); day of week 0 and 7 are Sunday, as in
 * cron. "off" (or "disabled", "none") means no schedule.
 */
public final class CronSchedule {

    private record Field(String name, int min, int max, boolean steps, boolean names) {
    }

    private static final Field[] FIELDS = {
        new Field("minute", 0, 59, true, false),
        new Field("hour", 0, 23, true, false),
        new Field("dayOfMonth", 1, 31, false, false),
        new Field("month", 1, 12, false, true),
        new Field("dayOfWeek", 0, 7, false, true),
    };

    private static final Pattern NAME = Pattern.compile("[A-Za-z]{3}");

    private CronSchedule() {
    }

    /** The schedule, or empty when switched off; IllegalArgumentException when the expression is malformed. */
    public static Optional<ScheduleExpression> parse(String expression) {
        String text = expression == null ? "" : expression.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the schedule is empty");
        }
        if (Pattern.matches("(?i)off|disabled|none", text)) {
            return Optional.empty();
        }
        String[] parts = text.split("\\s+");
        if (parts.length != FIELDS.length) {
            throw new IllegalArgumentException("\"" + text + "\" must have 5 fields: minute hour dayOfMonth month "
                    + "dayOfWeek");
        }
        for (int i = 0; i < parts.length; i++) {
            check(FIELDS[i], parts[i]);
        }
        return Optional.of(new ScheduleExpression().second("0").minute(parts[0]).hour(parts[1])
                .dayOfMonth(parts[2]).month(parts[3]).dayOfWeek(parts[4]));
    }

    private static void check(Field field, String value) {
        for (String item : value.split(",", -1)) {
            String[] step = item.split("/", -1);
            if (step.length > 2 || step.length == 2 && (!field.steps() || !number(step[1], 1, field.max() + 1))) {
                fail(field, value);
            }
            String range = step[0];
            if (range.equals("*")) {
                continue;
            }
            String[] bounds = range.split("-", -1);
            if (bounds.length > 2) {
                fail(field, value);
            }
            for (String bound : bounds) {
                boolean ok = number(bound, field.min(), field.max())
                        || field.names() && NAME.matcher(bound).matches();
                if (!ok) {
                    fail(field, value);
                }
            }
        }
    }

    private static boolean number(String text, int min, int max) {
        if (!text.matches("\\d{1,2}")) {
            return false;
        }
        int n = Integer.parseInt(text);
        return n >= min && n <= max;
    }

    private static void fail(Field field, String value) {
        throw new IllegalArgumentException("invalid " + field.name() + " \"" + value + "\" (allowed "
                + field.min() + "-" + field.max() + (field.names() ? " or names" : "") + ")");
    }

    /** A readable form for logs. */
    public static String describe(ScheduleExpression e) {
        return String.format(Locale.ROOT, "minute=%s hour=%s dayOfMonth=%s month=%s dayOfWeek=%s", e.getMinute(),
                e.getHour(), e.getDayOfMonth(), e.getMonth(), e.getDayOfWeek());
    }
}

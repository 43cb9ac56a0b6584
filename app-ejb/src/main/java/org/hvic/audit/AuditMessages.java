package org.hvic.audit;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of audit event types, from the bundle {@code org/hvic/audit/AuditMessages} (English, the base) and
 * {@code AuditMessages_de} (German), keyed by the type's name, as oVirt's AuditLogMessages. Placeholders
 * {@code ${name}} take the entry's fields ({@link #FIELDS}) or its parameters; an unknown one renders empty.
 */
final class AuditMessages {

    static final String BUNDLE = "org.hvic.audit.AuditMessages";
    static final Set<String> FIELDS =
            Set.of("actor", "role", "clientAddress", "targetType", "targetId", "targetName", "result");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private AuditMessages() {
    }

    /** The bundle of a language; anything but German gets English, whatever the server's default locale. */
    static ResourceBundle bundle(Locale locale) {
        Locale language = locale != null && "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, language, AuditMessages.class.getClassLoader(), NO_FALLBACK);
    }

    static String render(AuditEntry entry, Map<String, String> parameters, Locale locale) {
        Map<String, String> values = new HashMap<>();
        parameters.forEach((key, value) -> values.put(key, value == null ? "" : value));
        values.put("actor", entry.getActor());
        values.put("role", entry.getRole());
        values.put("clientAddress", entry.getClientAddress());
        values.put("targetType", entry.getTargetType());
        values.put("targetId", entry.getTargetId());
        values.put("targetName", entry.getTargetName() != null ? entry.getTargetName() : entry.getTargetId());
        values.put("result", entry.getResult());
        String template;
        try {
            template = bundle(locale).getString(entry.getEventTypeName());
        } catch (MissingResourceException e) {
            template = entry.getEventTypeName() + ": ${targetType} ${targetName} ${result}";
        }
        return fill(template, values);
    }

    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(out);
        return out.toString().strip();
    }
}

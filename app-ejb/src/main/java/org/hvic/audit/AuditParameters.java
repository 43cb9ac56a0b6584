package org.hvic.audit;

import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The parameters of an audit entry as stored: one JSON object of strings, keys sorted by {@link String#compareTo},
 * no white space, written here (not by a JSON library, whose escaping may change) so that the same map always gives the
 * same text, and thus the same hash. Values under keys that look like secrets are masked.
 */
final class AuditParameters {

    static final String MASK = "***";

    /** Looked up once: {@code Json.createReader} searches the service providers on every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private static final Pattern SECRET_KEY =
            Pattern.compile("(?i).*(password|passwd|secret|token|credential|private.?key).*");

    private AuditParameters() {
    }

    static String toJson(Map<String, String> parameters) {
        StringBuilder out = new StringBuilder("{");
        new TreeMap<>(parameters).forEach((key, value) -> {
            Objects.requireNonNull(key, "parameter names are never null");
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, key).append(':');
            if (value == null) {
                out.append("null");
            } else {
                string(out, SECRET_KEY.matcher(key).matches() ? MASK : value);
            }
        });
        return out.append('}').toString();
    }

    /** The stored text back as a map in key order; text that is not a JSON object comes back under {@code raw}. */
    static Map<String, String> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> map = new LinkedHashMap<>();
            object.forEach((key, value) -> map.put(key, text(value)));
            return Collections.unmodifiableMap(map);
        } catch (JsonException | IllegalStateException e) {
            return Map.of("raw", json);
        }
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString();
    }

    private static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}

package org.hvic.simulator.fleet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Typed, path-aware access to a parsed YAML value, so every validation error names the bad key. */
final class YamlNode {
    private final String path;
    private final Object value;

    YamlNode(String path, Object value) {
        this.path = path;
        this.value = value;
    }

    String path() { return path; }
    Object raw() { return value; }

    FleetException error(String message) {
        return new FleetException("fleet file: " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map() {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            throw error("expected a map but was '" + value + "'");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    /** Fails on any key outside {@code allowed}. */
    YamlNode allowOnly(String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (String key : map().keySet()) {
            if (!ok.contains(key)) {
                throw child(key).error("unknown key '" + key + "' (allowed: " + String.join(", ", new TreeSet<>(ok)) + ")");
            }
        }
        return this;
    }

    YamlNode child(String key) {
        return new YamlNode(path.isEmpty() ? key : path + "." + key, map().get(key));
    }

    boolean has(String key) {
        return map().get(key) != null;
    }

    String string(String key, String fallback) {
        Object v = map().get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Map || v instanceof List) {
            throw child(key).error("expected a text value but was '" + v + "'");
        }
        return String.valueOf(v);
    }

    String required(String key) {
        String v = string(key, null);
        if (v == null || v.isBlank()) {
            throw child(key).error("required key '" + key + "' is missing");
        }
        return v;
    }

    boolean bool(String key, boolean fallback) {
        Object v = map().get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            throw child(key).error("expected true or false but was '" + v + "'");
        }
        return b;
    }

    int integer(String key, int fallback) {
        Object v = map().get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n)) {
            throw child(key).error("expected a number but was '" + v + "'");
        }
        return n.intValue();
    }

    List<YamlNode> list(String key) {
        Object v = map().get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> items)) {
            throw child(key).error("expected a list but was '" + v + "'");
        }
        List<YamlNode> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            result.add(new YamlNode(child(key).path + "[" + i + "]", items.get(i)));
        }
        return result;
    }

    List<String> strings(String key) {
        return list(key).stream().map(n -> String.valueOf(n.value)).toList();
    }

    <E extends Enum<E>> E choice(String key, String fallback, Map<String, E> choices) {
        Object raw = map().get(key);
        // YAML 1.1 reads an unquoted Off / On as a boolean
        String v = raw instanceof Boolean b ? (b ? "On" : "Off") : string(key, fallback);
        for (Map.Entry<String, E> e : choices.entrySet()) {
            if (e.getKey().equalsIgnoreCase(v)) {
                return e.getValue();
            }
        }
        throw child(key).error("expected one of " + String.join(", ", choices.keySet()) + " but was '" + v + "'");
    }
}

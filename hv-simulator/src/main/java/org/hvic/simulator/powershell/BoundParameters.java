package org.hvic.simulator.powershell;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Parameter values bound to a cmdlet call, by canonical parameter name (case-insensitive). */
public final class BoundParameters {
    private final Map<String, Object> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    void put(String name, Object value) {
        values.put(name, value);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Object get(String name) {
        return values.get(name);
    }

    public void remove(String name) {
        values.remove(name);
    }

    public void set(String name, Object value) {
        values.put(name, value);
    }

    public boolean switchOn(String name) {
        return has(name) && Values.isTrue(values.get(name));
    }

    public int integer(String name, int fallback) {
        return has(name) ? Values.toInt(values.get(name), fallback) : fallback;
    }

    /** The value as a list of strings (an array parameter), empty when not bound. */
    public List<String> strings(String name) {
        List<String> result = new ArrayList<>();
        Object v = values.get(name);
        if (v instanceof Collection<?> c) {
            c.forEach(item -> result.add(Values.toStr(item)));
        } else if (v != null) {
            result.add(Values.toStr(v));
        }
        return result;
    }

    /** The value as a list of objects (an array parameter), empty when not bound. */
    public List<Object> objects(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : Values.unroll(v);
    }

    public String string(String name) {
        return has(name) ? Values.toStr(values.get(name)) : null;
    }
}

package org.hvic.simulator.powershell;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** An object in the pipeline: a type name, ordered properties, and optionally the simulated thing it stands for. */
public final class PsObject {
    public static final String CUSTOM = "System.Management.Automation.PSCustomObject";

    private final String typeName;
    private final Object base;
    private final String display;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public PsObject(String typeName, Object base, String display) {
        this.typeName = typeName;
        this.base = base;
        this.display = display;
    }

    public PsObject(String typeName, Object base) {
        this(typeName, base, null);
    }

    public static PsObject custom() {
        return new PsObject(CUSTOM, null);
    }

    public PsObject with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public String typeName() { return typeName; }
    /** The simulated object behind this one (a Vm, an integration component binding, a guest service ...), or null. */
    public Object base() { return base; }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** The property's real name (case-insensitive lookup), or null. */
    public String propertyName(String name) {
        if (properties.containsKey(name)) {
            return name;
        }
        for (String key : properties.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return key;
            }
        }
        return null;
    }

    public boolean has(String name) {
        return propertyName(name) != null;
    }

    public Object get(String name) {
        String key = propertyName(name);
        return key == null ? null : properties.get(key);
    }

    /** A copy with the same base and type plus extra properties. */
    public PsObject copy(String newTypeName) {
        PsObject o = new PsObject(newTypeName, base, display);
        o.properties.putAll(properties);
        return o;
    }

    @Override
    public String toString() {
        if (display != null) {
            return display;
        }
        if (CUSTOM.equals(typeName)) {
            return properties.entrySet().stream().map(e -> e.getKey() + "=" + Values.toStr(e.getValue()))
                    .collect(Collectors.joining("; ", "@{", "}"));
        }
        return typeName;
    }
}

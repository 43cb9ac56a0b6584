package org.hvic.simulator.powershell.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvic.simulator.journal.Json;
import org.hvic.simulator.powershell.PsCredential;
import org.hvic.simulator.powershell.PsEnum;
import org.hvic.simulator.powershell.PsObject;
import org.hvic.simulator.powershell.ScriptBlockValue;
import org.hvic.simulator.powershell.SecureStringValue;
import org.hvic.simulator.powershell.Values;

/**
 * ConvertTo-JSON as in Windows PowerShell 5.1: enums as numbers, objects deeper than -Depth as their string form,
 * {@code < > & '} escaped as &#92;u00XX, and the 5.1 indentation (4 spaces, two after the colon, nested values aligned
 * after their key).
 */
public final class PsJson {
    private PsJson() {
    }

    public static String convert(Object value, int depth, boolean compress) {
        Object prepared = prepare(value, 0, depth);
        StringBuilder b = new StringBuilder();
        if (compress) {
            compact(prepared, b);
        } else {
            pretty(prepared, b, 0);
        }
        return b.toString();
    }

    /** Reduces a value to null, String, Boolean, Number, List or Map, honouring the depth limit. */
    private static Object prepare(Object v, int level, int maxDepth) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Number) {
            return v;
        }
        if (v instanceof PsEnum e) {
            return e.value();
        }
        if (v instanceof ScriptBlockValue s) {
            return s.text();
        }
        if (v instanceof SecureStringValue s) {
            return Map.of("Length", s.plainText().length());
        }
        if (v instanceof PsCredential c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("UserName", c.userName());
            m.put("Password", "System.Security.SecureString");
            return m;
        }
        if (level > maxDepth) {
            return Values.toStr(v);
        }
        if (v instanceof Collection<?> c) {
            List<Object> items = new ArrayList<>();
            c.forEach(item -> items.add(prepare(item, level + 1, maxDepth)));
            return items;
        }
        if (v instanceof PsObject o) {
            Map<String, Object> m = new LinkedHashMap<>();
            o.properties().forEach((k, value) -> m.put(k, prepare(value, level + 1, maxDepth)));
            return m;
        }
        return v.toString();
    }

    private static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return Json.quote(s, true);
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v instanceof Double d) {
            return Values.formatDouble(d);
        }
        return v.toString();
    }

    private static void compact(Object v, StringBuilder b) {
        if (v instanceof List<?> list) {
            b.append('[');
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "" : ",");
                compact(list.get(i), b);
            }
            b.append(']');
        } else if (v instanceof Map<?, ?> map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                b.append(first ? "" : ",").append(Json.quote((String) e.getKey(), true)).append(':');
                compact(e.getValue(), b);
                first = false;
            }
            b.append('}');
        } else {
            b.append(scalar(v));
        }
    }

    /** pad = the column where this value's closing bracket goes. */
    private static void pretty(Object v, StringBuilder b, int pad) {
        String nl = ErrorView.NL;
        if (v instanceof List<?> list) {
            b.append('[').append(nl);
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "" : "," + nl).append(" ".repeat(pad + 4));
                pretty(list.get(i), b, pad + 4);
            }
            b.append(nl).append(" ".repeat(pad)).append(']');
        } else if (v instanceof Map<?, ?> map) {
            b.append('{').append(nl);
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = Json.quote((String) e.getKey(), true) + ":  ";
                b.append(first ? "" : "," + nl).append(" ".repeat(pad + 4)).append(key);
                pretty(e.getValue(), b, pad + 4 + key.length());
                first = false;
            }
            b.append(nl).append(" ".repeat(pad)).append('}');
        } else {
            b.append(scalar(v));
        }
    }
}

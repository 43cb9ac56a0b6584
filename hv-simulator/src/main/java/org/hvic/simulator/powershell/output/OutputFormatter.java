package org.hvic.simulator.powershell.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hvic.simulator.powershell.PsObject;
import org.hvic.simulator.powershell.Values;

/** Out-Default: turns output objects into text the way Windows PowerShell 5.1 prints them (CRLF line ends). */
public final class OutputFormatter {
    private static final String NL = ErrorView.NL;

    private OutputFormatter() {
    }

    public static String format(List<Object> items) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < items.size()) {
            Object item = items.get(i);
            if (item instanceof PsObject o) {
                int j = i + 1;
                while (j < items.size() && items.get(j) instanceof PsObject next && sameShape(o, next)) {
                    j++;
                }
                List<PsObject> group = new ArrayList<>();
                items.subList(i, j).forEach(x -> group.add((PsObject) x));
                b.append(objects(group));
                i = j;
                continue;
            }
            if (item instanceof FormattedText t) {
                b.append(t.text());
            } else if (item != null) {
                b.append(Values.toStr(item).replace("\r\n", "\n").replace("\n", NL)).append(NL);
            }
            i++;
        }
        return b.toString();
    }

    private static boolean sameShape(PsObject a, PsObject b) {
        return a.typeName().equals(b.typeName())
                && (!PsObject.CUSTOM.equals(a.typeName()) || a.properties().keySet().equals(b.properties().keySet()));
    }

    /** A group of objects of one shape as a table (registered view, or up to 4 properties) or a list. */
    public static String objects(List<PsObject> group) {
        PsObject first = group.get(0);
        TableView view = Views.of(first.typeName()).orElse(null);
        if (view == null && first.properties().size() > 4) {
            return list(group);
        }
        if (view == null) {
            view = Views.auto(first);
        }
        return table(view, group);
    }

    /** Format-Table: a table even for objects with more than four properties. */
    public static String forcedTable(List<PsObject> group) {
        return table(Views.of(group.get(0).typeName()).orElseGet(() -> Views.auto(group.get(0))), group);
    }

    public static String table(TableView view, List<PsObject> rows) {
        StringBuilder b = new StringBuilder(NL);
        view.render(rows).forEach(line -> b.append(line).append(NL));
        return b.append(NL).append(NL).toString();
    }

    public static String list(List<PsObject> group) {
        StringBuilder b = new StringBuilder(NL);
        for (PsObject o : group) {
            int width = o.properties().keySet().stream().mapToInt(String::length).max().orElse(0);
            for (Map.Entry<String, Object> e : o.properties().entrySet()) {
                String value = TableView.cell(e.getValue());
                b.append((e.getKey() + " ".repeat(width)).substring(0, width)).append(" : ").append(value).append(NL);
            }
            b.append(NL);
        }
        return b.append(NL).toString();
    }
}

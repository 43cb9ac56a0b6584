package org.hvic.simulator.powershell.output;

import java.util.List;
import java.util.function.Function;
import org.hvic.simulator.powershell.PsObject;
import org.hvic.simulator.powershell.Values;

/** A table view of a type: columns with header, width (0 = size to content) and the value shown. */
public record TableView(List<Column> columns) {

    public record Column(String header, int width, Function<PsObject, String> value) {
        /** A column showing a property as PowerShell formats it in a table. */
        public static Column property(String header, int width, String property) {
            return new Column(header, width, o -> cell(o.get(property)));
        }
    }

    /** How a value looks in a table cell: arrays as {a, b}, enums by name, booleans True/False. */
    public static String cell(Object v) {
        if (v instanceof List<?> list) {
            StringBuilder b = new StringBuilder("{");
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(Values.toStr(list.get(i)));
            }
            return b.append('}').toString();
        }
        return Values.toStr(v);
    }

    /** Renders rows: header, dashes under each header, values; fixed columns truncate with "...". */
    public List<String> render(List<PsObject> rows) {
        int n = columns.size();
        int[] widths = new int[n];
        String[][] cells = new String[rows.size()][n];
        for (int c = 0; c < n; c++) {
            Column col = columns.get(c);
            widths[c] = col.width() > 0 ? col.width() : col.header().length();
            for (int r = 0; r < rows.size(); r++) {
                cells[r][c] = col.value().apply(rows.get(r)).replace("\r", "").replace("\n", " ");
                if (col.width() == 0) {
                    widths[c] = Math.max(widths[c], cells[r][c].length());
                }
            }
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add(line(columns.stream().map(Column::header).toArray(String[]::new), widths));
        lines.add(line(columns.stream().map(col -> "-".repeat(col.header().length())).toArray(String[]::new), widths));
        for (String[] row : cells) {
            lines.add(line(row, widths));
        }
        return lines;
    }

    private static String line(String[] values, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < values.length; c++) {
            String v = values[c];
            boolean last = c == values.length - 1;
            if (v.length() > widths[c]) {
                v = widths[c] > 3 ? v.substring(0, widths[c] - 3) + "..." : v.substring(0, widths[c]);
            }
            b.append(v);
            if (!last) {
                b.append(" ".repeat(widths[c] - v.length() + 1));
            }
        }
        return b.toString().stripTrailing();
    }
}

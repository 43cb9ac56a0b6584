package org.hvic.bench.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark table: one row per measurement, printed as it is taken and written to bench/results/latest.md. */
public final class Results {

    public record Row(String what, String size, String result, String baseline, String ratio, String target) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public synchronized void add(String what, String size, String result, String baseline, String ratio,
            String target) {
        Row row = new Row(what, size, result, baseline, ratio, target);
        rows.add(row);
        System.out.println("[hvic-bench] | " + String.join(" | ", what, size, result, baseline, ratio, target) + " |");
    }

    public synchronized void note(String note) {
        notes.add(note);
        System.out.println("[hvic-bench] note: " + note);
    }

    public static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    public static String num(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    public synchronized String table() {
        StringBuilder b = new StringBuilder();
        b.append("| what | size | result | baseline (same run) | ratio | target |\n");
        b.append("| --- | --- | --- | --- | --- | --- |\n");
        // rows of one kind together (the queue's real-SSH and no-op rows are measured apart), in order of appearance
        java.util.Map<String, List<Row>> groups = new java.util.LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.what().split("[ ,:]", 2)[0], k -> new ArrayList<>()).add(r));
        groups.values().stream().flatMap(List::stream).forEach(r -> b.append("| ").append(String.join(" | ", r.what(),
                r.size(), r.result(), r.baseline(), r.ratio(), r.target())).append(" |\n"));
        return b.toString();
    }

    public synchronized void write(String machine) throws IOException {
        String file = System.getProperty("hvic.bench.results");
        if (file == null) {
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append("# hvic benchmark results\n\n");
        b.append("Measured ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE))
                .append(" by `./mvnw -Pbench verify` on ").append(machine).append(".\n");
        b.append("The machine is shared and noisy: compare each result with the baseline taken in the same run,"
                + " never absolute times across runs.\n\n");
        b.append(table());
        if (!notes.isEmpty()) {
            b.append("\n## How each row was measured\n\n");
            for (String n : notes) {
                b.append("- ").append(n).append('\n');
            }
        }
        Path path = Path.of(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, b.toString());
        System.out.println("[hvic-bench] results written to " + path);
    }

    /** The p-th percentile (0..100) of sorted values (nearest rank). */
    public static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}

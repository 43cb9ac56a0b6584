package org.hvic.compliance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the `seed` rows out of the V6 migration, the single source of truth for the seed matrices. */
final class MigrationMatrix {

    static final Path V6 = Path.of("../db/src/main/resources/db/migration/V6__compliance_matrices.sql");

    record Row(String hostMatrix, int position, String guestOs, String guestKey, UpdateMechanism mechanism,
            boolean requiresDataExchange) {
    }

    private static final Pattern ROW = Pattern.compile(
            "\\('([^']+)',\\s*(\\d+),\\s*'([^']+)',\\s*'([^']+)',\\s*'(\\w+)',\\s*(true|false)\\)");

    private MigrationMatrix() {
    }

    static String sql() throws IOException {
        return Files.readString(V6, StandardCharsets.UTF_8);
    }

    static List<Row> seedRows() throws IOException {
        String sql = sql();
        int from = sql.indexOf("-- set `seed`");
        int to = sql.indexOf("-- set `ws2016-plus`");
        Matcher m = ROW.matcher(sql.substring(from, to));
        List<Row> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(new Row(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4),
                    UpdateMechanism.valueOf(m.group(5)), Boolean.parseBoolean(m.group(6))));
        }
        return rows;
    }
}

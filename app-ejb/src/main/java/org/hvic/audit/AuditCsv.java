package org.hvic.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes audit entries as CSV (RFC 4180): UTF-8 with a byte order mark (so that spreadsheets show umlauts), comma
 * separated, CRLF line ends, fields with a comma, quote or line break quoted with quotes doubled. A text starting with
 * {@code = + - @}, tab or carriage return gets a leading apostrophe, so a spreadsheet never runs it as a formula.
 */
public final class AuditCsv implements Consumer<AuditEntryView>, AutoCloseable {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    static final List<String> HEADER = List.of("id", "time", "code", "type", "severity", "actor", "role",
            "client_address", "target_type", "target_id", "target_name", "parameters", "result", "message", "hash");

    private final Writer out;

    public AuditCsv(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        write("\uFEFF");
        row(HEADER);
    }

    @Override
    public void accept(AuditEntryView entry) {
        row(List.of(Long.toString(entry.id()), entry.at().toString(), Integer.toString(entry.code()), entry.type(),
                text(entry.severity()), text(entry.actor()), text(entry.role()), text(entry.clientAddress()),
                text(entry.targetType()), text(entry.targetId()), text(entry.targetName()),
                AuditParameters.toJson(entry.parameters()), text(entry.result()), text(entry.message()),
                entry.hash()));
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(field(field));
        }
        write(line.append("\r\n").toString());
    }

    static String field(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

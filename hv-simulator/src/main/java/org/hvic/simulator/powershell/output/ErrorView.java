package org.hvic.simulator.powershell.output;

import org.hvic.simulator.powershell.Ast;
import org.hvic.simulator.powershell.PsError;

/** Windows PowerShell 5.1's default error view (NormalView), as written to stderr. */
public final class ErrorView {
    static final String NL = "\r\n";

    private ErrorView() {
    }

    /** Formats an error of a local command: "Cmdlet : message", the position, the category and the error id. */
    public static String format(PsError e, Ast.Element where, String commandName, String source, boolean german) {
        StringBuilder b = new StringBuilder();
        boolean parseError = "ParserError".equals(e.category()) && commandName == null;
        if (!parseError) {
            b.append(commandName == null ? "" : commandName + " : ").append(e.message()).append(NL);
        }
        if (where != null && source != null) {
            position(b, source, where.start(), where.end(), german);
        }
        if (parseError) {
            b.append(e.message()).append(NL);
        }
        details(b, e, commandName);
        return b.append(' ').append(NL).toString();
    }

    /** Formats an error that came back from a remote (PowerShell Direct) session. */
    public static String formatRemote(PsError e, String commandName, String computerName) {
        StringBuilder b = new StringBuilder(e.message()).append(NL);
        details(b, e, commandName);
        b.append("    + PSComputerName        : ").append(computerName).append(NL);
        return b.append(' ').append(NL).toString();
    }

    private static void details(StringBuilder b, PsError e, String commandName) {
        String target = e.targetName() == null ? "" : e.targetName();
        b.append("    + CategoryInfo          : ").append(e.category()).append(": (").append(target).append(':')
                .append(e.targetType() == null ? "" : e.targetType()).append(") [")
                .append(commandName == null ? "" : commandName).append("], ").append(e.exceptionType()).append(NL);
        b.append("    + FullyQualifiedErrorId : ").append(e.errorId()).append(NL);
    }

    private static void position(StringBuilder b, String source, int start, int end, boolean german) {
        int s = Math.max(0, Math.min(start, source.length()));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < s; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = source.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = source.length();
        }
        String text = source.substring(lineStart, lineEnd).replace("\r", "");
        int column = s - lineStart;
        int width = Math.max(1, Math.min(end, lineStart + text.length()) - s);
        b.append(german ? "In Zeile:" : "At line:").append(line).append(german ? " Zeichen:" : " char:").append(column + 1).append(NL);
        b.append("+ ").append(text).append(NL);
        b.append("+ ").append(" ".repeat(column)).append("~".repeat(width)).append(NL);
    }
}

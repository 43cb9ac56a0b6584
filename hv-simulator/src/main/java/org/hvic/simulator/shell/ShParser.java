package org.hvic.simulator.shell;

import java.util.ArrayList;
import java.util.List;
import org.hvic.simulator.shell.ShSyntax.AndOr;
import org.hvic.simulator.shell.ShSyntax.Part;
import org.hvic.simulator.shell.ShSyntax.PartKind;
import org.hvic.simulator.shell.ShSyntax.Pipeline;
import org.hvic.simulator.shell.ShSyntax.SimpleCommand;
import org.hvic.simulator.shell.ShSyntax.Word;

/** Tokenizes and parses sh: quotes, backslashes, $(...), backticks, $VAR, ; &amp;&amp; || | and newlines. */
final class ShParser {
    /** A syntax error, reported as bash does. */
    static final class ShSyntaxException extends RuntimeException {
        ShSyntaxException(String message) {
            super(message);
        }
    }

    private final String s;
    private int pos;

    private ShParser(String s) {
        this.s = s;
    }

    static ShSyntax.Script parse(String script) {
        ShParser p = new ShParser(script);
        return p.script();
    }

    private ShSyntax.Script script() {
        List<AndOr> items = new ArrayList<>();
        while (true) {
            skipBlanks(true);
            if (pos >= s.length()) {
                return new ShSyntax.Script(items);
            }
            if (peekOp() != null && !peekOp().equals("\n")) {
                throw new ShSyntaxException("syntax error near unexpected token `" + peekOp() + "'");
            }
            items.add(andOr());
            skipBlanks(false);
            String op = peekOp();
            if (op != null && (op.equals(";") || op.equals("&") || op.equals("\n"))) {
                pos += op.length();
            }
        }
    }

    private AndOr andOr() {
        List<Pipeline> pipelines = new ArrayList<>(List.of(pipeline()));
        List<String> ops = new ArrayList<>();
        while (true) {
            skipBlanks(false);
            String op = peekOp();
            if (!"&&".equals(op) && !"||".equals(op)) {
                return new AndOr(pipelines, ops);
            }
            pos += 2;
            skipBlanks(true);
            ops.add(op);
            pipelines.add(pipeline());
        }
    }

    private Pipeline pipeline() {
        List<SimpleCommand> commands = new ArrayList<>(List.of(command()));
        while (true) {
            skipBlanks(false);
            if (!"|".equals(peekOp())) {
                return new Pipeline(commands);
            }
            pos++;
            skipBlanks(true);
            commands.add(command());
        }
    }

    private SimpleCommand command() {
        List<Word> words = new ArrayList<>();
        while (true) {
            skipBlanks(false);
            if (pos >= s.length() || peekOp() != null || s.charAt(pos) == '#') {
                break;
            }
            words.add(word());
        }
        if (words.isEmpty()) {
            String near = pos >= s.length() ? "newline" : peekOp();
            throw new ShSyntaxException("syntax error near unexpected token `" + near + "'");
        }
        return new SimpleCommand(words);
    }

    private Word word() {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || peekOp() != null) {
                break;
            }
            if (c == '\\' && pos + 1 < s.length()) {
                if (s.charAt(pos + 1) != '\n') {
                    literal.append(s.charAt(pos + 1));
                }
                pos += 2;
            } else if (c == '\'') {
                int end = s.indexOf('\'', pos + 1);
                if (end < 0) {
                    throw new ShSyntaxException("unexpected EOF while looking for matching `''");
                }
                flush(parts, literal, false);
                parts.add(new Part(s.substring(pos + 1, end), PartKind.LITERAL, true));
                pos = end + 1;
            } else if (c == '"') {
                flush(parts, literal, false);
                doubleQuoted(parts);
            } else if (c == '$' || c == '`') {
                flush(parts, literal, false);
                parts.add(expansion(false));
            } else {
                literal.append(c);
                pos++;
            }
        }
        flush(parts, literal, false);
        return new Word(parts);
    }

    private void doubleQuoted(List<Part> parts) {
        pos++;
        StringBuilder literal = new StringBuilder();
        while (pos < s.length() && s.charAt(pos) != '"') {
            char c = s.charAt(pos);
            if (c == '\\' && pos + 1 < s.length() && "\"\\$`\n".indexOf(s.charAt(pos + 1)) >= 0) {
                literal.append(s.charAt(pos + 1));
                pos += 2;
            } else if (c == '$' || c == '`') {
                flush(parts, literal, true);
                parts.add(expansion(true));
            } else {
                literal.append(c);
                pos++;
            }
        }
        if (pos >= s.length()) {
            throw new ShSyntaxException("unexpected EOF while looking for matching `\"'");
        }
        pos++;
        flush(parts, literal, true);
        if (parts.isEmpty()) {
            parts.add(new Part("", PartKind.LITERAL, true));
        }
    }

    private Part expansion(boolean quoted) {
        char c = s.charAt(pos);
        if (c == '`') {
            int end = s.indexOf('`', pos + 1);
            if (end < 0) {
                throw new ShSyntaxException("unexpected EOF while looking for matching ``'");
            }
            String inner = s.substring(pos + 1, end);
            pos = end + 1;
            return new Part(inner, PartKind.SUBSTITUTION, quoted);
        }
        if (pos + 1 < s.length() && s.charAt(pos + 1) == '(') {
            int depth = 0;
            for (int i = pos + 1; i < s.length(); i++) {
                char d = s.charAt(i);
                if (d == '\'') {
                    i = Math.max(i, s.indexOf('\'', i + 1));
                } else if (d == '(') {
                    depth++;
                } else if (d == ')' && --depth == 0) {
                    String inner = s.substring(pos + 2, i);
                    pos = i + 1;
                    return new Part(inner, PartKind.SUBSTITUTION, quoted);
                }
            }
            throw new ShSyntaxException("unexpected EOF while looking for matching `)'");
        }
        int start = ++pos;
        if (pos < s.length() && s.charAt(pos) == '{') {
            int close = s.indexOf('}', pos);
            String name = s.substring(pos + 1, close < 0 ? s.length() : close);
            pos = close < 0 ? s.length() : close + 1;
            return new Part(name, PartKind.VARIABLE, quoted);
        }
        if (pos < s.length() && "?$#0".indexOf(s.charAt(pos)) >= 0) {
            pos++;
        } else {
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
        }
        if (pos == start) {
            return new Part("$", PartKind.LITERAL, quoted);
        }
        return new Part(s.substring(start, pos), PartKind.VARIABLE, quoted);
    }

    private static void flush(List<Part> parts, StringBuilder literal, boolean quoted) {
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString(), PartKind.LITERAL, quoted));
            literal.setLength(0);
        }
    }

    private String peekOp() {
        if (pos >= s.length()) {
            return null;
        }
        for (String op : new String[] {"&&", "||", ";;", "|", ";", "&", "\n", "(", ")", "<", ">"}) {
            if (s.startsWith(op, pos)) {
                if (op.equals("<") || op.equals(">") || op.equals("(") || op.equals(")") || op.equals(";;")) {
                    throw new ShSyntaxException("the simulated shell does not support `" + op + "'");
                }
                return op;
            }
        }
        return null;
    }

    private void skipBlanks(boolean newlines) {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || (newlines && c == '\n')) {
                pos++;
            } else if (c == '#' && (pos == 0 || Character.isWhitespace(s.charAt(pos - 1)))) {
                while (pos < s.length() && s.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }
}

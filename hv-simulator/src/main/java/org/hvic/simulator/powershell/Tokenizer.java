package org.hvic.simulator.powershell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hvic.simulator.powershell.Token.Type;

/** Splits a PowerShell script into tokens with PowerShell's rules for quotes, escapes, parameters and comments. */
public final class Tokenizer {
    private static final Pattern NUMBER = Pattern.compile("(-?)(0x[0-9a-fA-F]+|\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|\\.\\d+)(kb|mb|gb|tb|pb)?",
            Pattern.CASE_INSENSITIVE);
    private static final String WORD_END = ";|(){},";

    private final String s;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private boolean spaceBefore;

    private Tokenizer(String script) {
        this.s = script;
    }

    public static List<Token> tokenize(String script) {
        Tokenizer t = new Tokenizer(script);
        t.run();
        return t.tokens;
    }

    private void run() {
        while (true) {
            spaceBefore = skipBlanks() || pos == 0;
            if (pos >= s.length()) {
                add(Type.EOF, pos, null);
                return;
            }
            int start = pos;
            char c = s.charAt(pos);
            if (c == '\r' || c == '\n') {
                pos += (c == '\r' && peek(1) == '\n') ? 2 : 1;
                add(Type.NEWLINE, start, null);
            } else if (c == '#') {
                skipLineComment();
            } else if (c == '<' && peek(1) == '#') {
                skipBlockComment();
            } else {
                scanToken(c, start);
            }
        }
    }

    private void scanToken(char c, int start) {
        switch (c) {
            case ';' -> single(Type.SEMI);
            case '|' -> {
                if (peek(1) == '|') {
                    throw new ParseException("The token '||' is not a valid statement separator in this version.", pos, 2, "InvalidEndOfLine");
                }
                single(Type.PIPE);
            }
            case ',' -> single(Type.COMMA);
            case '(' -> single(Type.LPAREN);
            case ')' -> single(Type.RPAREN);
            case '{' -> single(Type.LBRACE);
            case '}' -> single(Type.RBRACE);
            case '=' -> single(Type.EQUALS);
            case '@' -> scanAt(start);
            case '$' -> scanDollar(start);
            default -> {
                if (Quotes.isSingle(c)) {
                    add(Type.STRING, start, singleQuoted());
                } else if (Quotes.isDouble(c)) {
                    add(Type.EXPANDABLE, start, doubleQuoted());
                } else if (c == '.' && !spaceBefore && Character.isLetter(peek(1)) && memberContext()) {
                    pos++;
                    int nameStart = pos;
                    while (pos < s.length() && isNameChar(s.charAt(pos))) {
                        pos++;
                    }
                    add(Type.MEMBER, start, s.substring(nameStart, pos));
                } else if (Quotes.isDash(c) && (Character.isLetter(peek(1)) || peek(1) == '_')) {
                    scanParameter(start);
                } else {
                    scanWord(start);
                }
            }
        }
    }

    private boolean memberContext() {
        if (tokens.isEmpty()) {
            return false;
        }
        Type last = tokens.get(tokens.size() - 1).type();
        return last == Type.VARIABLE || last == Type.RPAREN || last == Type.MEMBER;
    }

    private void single(Type type) {
        int start = pos++;
        add(type, start, null);
    }

    private void scanAt(int start) {
        char next = peek(1);
        if (next == '(') {
            pos += 2;
            add(Type.AT_PAREN, start, null);
        } else if ((Quotes.isSingle(next) || Quotes.isDouble(next)) && (peek(2) == '\n' || peek(2) == '\r')) {
            add(Quotes.isSingle(next) ? Type.STRING : Type.EXPANDABLE, start, hereString(Quotes.isSingle(next)));
        } else if (next == '{') {
            throw new ParseException("Hash literals (@{ ... }) are not supported by the simulator.", pos, 2, "HashLiteralNotSupported");
        } else {
            scanWord(start);
        }
    }

    private String hereString(boolean single) {
        int bodyStart = s.indexOf('\n', pos) + 1;
        String terminator = single ? "'@" : "\"@";
        int i = bodyStart;
        while (i < s.length()) {
            int eol = s.indexOf('\n', i);
            int lineEnd = eol < 0 ? s.length() : eol;
            if (s.startsWith(terminator, i)) {
                String body = s.substring(bodyStart, Math.max(bodyStart, i - 1));
                pos = i + 2;
                return body.endsWith("\r") ? body.substring(0, body.length() - 1) : body;
            }
            i = lineEnd + 1;
        }
        throw new ParseException("The string is missing the terminator: " + terminator + ".", pos, 2, "TerminatorExpectedAtEndOfString");
    }

    private void scanDollar(int start) {
        char next = peek(1);
        if (next == '(') {
            pos += 2;
            add(Type.DOLLAR_PAREN, start, null);
        } else if (next == '{') {
            int close = s.indexOf('}', pos);
            if (close < 0) {
                throw new ParseException("Missing closing '}' in statement block or type definition.", pos, 2, "MissingEndCurlyBrace");
            }
            String name = s.substring(pos + 2, close);
            pos = close + 1;
            add(Type.VARIABLE, start, name);
        } else if (isNameChar(next) || next == '?' || next == '^') {
            pos++;
            int nameStart = pos;
            if (next == '?' || next == '^') {
                pos++;
            } else {
                while (pos < s.length() && (isNameChar(s.charAt(pos)) || (s.charAt(pos) == ':' && isNameChar(peek(1))))) {
                    pos++;
                }
            }
            add(Type.VARIABLE, start, s.substring(nameStart, pos));
        } else {
            scanWord(start);
        }
    }

    private void scanParameter(int start) {
        pos++;
        int nameStart = pos;
        while (pos < s.length() && (isNameChar(s.charAt(pos)) || s.charAt(pos) == '-')) {
            pos++;
        }
        String name = s.substring(nameStart, pos);
        if (pos < s.length() && s.charAt(pos) == ':') {
            pos++;
        }
        add(Type.PARAMETER, start, name);
    }

    private void scanWord(int start) {
        StringBuilder value = new StringBuilder();
        boolean plain = true;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c) || WORD_END.indexOf(c) >= 0) {
                break;
            }
            if (c == '`' && pos + 1 < s.length()) {
                value.append(Quotes.backtick(s.charAt(pos + 1)));
                pos += 2;
                plain = false;
            } else if (Quotes.isSingle(c)) {
                value.append(singleQuoted());
                plain = false;
            } else if (Quotes.isDouble(c)) {
                value.append(Expander.unescapeLiteral(doubleQuoted()));
                plain = false;
            } else {
                value.append(c);
                pos++;
            }
        }
        String text = value.toString();
        Object number = plain ? number(text) : null;
        if (number != null) {
            add(Type.NUMBER, start, number);
        } else {
            add(Type.WORD, start, text);
        }
    }

    /** Parses a PowerShell number literal (with kb/mb/gb suffixes and hex), or null. */
    static Object number(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(2);
        long multiplier = m.group(3) == null ? 1 : 1L << (10 * ("kmgtp".indexOf(Character.toLowerCase(m.group(3).charAt(0))) + 1));
        boolean negative = !m.group(1).isEmpty();
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            long v = Long.parseLong(digits.substring(2), 16) * multiplier;
            return narrow(negative ? -v : v);
        }
        if (digits.contains(".") || digits.contains("e") || digits.contains("E")) {
            double d = Double.parseDouble(digits) * multiplier;
            return negative ? -d : d;
        }
        try {
            long v = Long.parseLong(digits) * multiplier;
            return narrow(negative ? -v : v);
        } catch (NumberFormatException e) {
            return Double.parseDouble(text);
        }
    }

    private static Object narrow(long v) {
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (Object) (int) v : (Object) v;
    }

    /** Reads a single-quoted string at pos (any of ' ‘ ’ ‚ ‛ opens and closes; a doubled one stands for itself). */
    private String singleQuoted() {
        int start = pos++;
        StringBuilder b = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (Quotes.isSingle(c)) {
                if (pos < s.length() && Quotes.isSingle(s.charAt(pos))) {
                    b.append(s.charAt(pos++));
                    continue;
                }
                return b.toString();
            }
            b.append(c);
        }
        throw new ParseException("The string is missing the terminator: '.", start, s.length() - start, "TerminatorExpectedAtEndOfString");
    }

    /** Reads a double-quoted string at pos and returns its raw content (escapes and $ left for the expander). */
    private String doubleQuoted() {
        int start = pos++;
        int contentStart = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '`') {
                pos += 2;
            } else if (c == '$' && peek(1) == '(') {
                pos = Expander.endOfSubExpression(s, pos + 1);
            } else if (Quotes.isDouble(c)) {
                if (pos + 1 < s.length() && Quotes.isDouble(s.charAt(pos + 1))) {
                    pos += 2;
                    continue;
                }
                String raw = s.substring(contentStart, pos);
                pos++;
                return raw;
            } else {
                pos++;
            }
        }
        throw new ParseException("The string is missing the terminator: \".", start, s.length() - start, "TerminatorExpectedAtEndOfString");
    }

    private boolean skipBlanks() {
        boolean skipped = false;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '`' && (peek(1) == '\n' || peek(1) == '\r')) {
                pos += (peek(1) == '\r' && peek(2) == '\n') ? 3 : 2;
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\u00A0' || c == '\u000B') {
                pos++;
            } else {
                break;
            }
            skipped = true;
        }
        return skipped;
    }

    private void skipLineComment() {
        while (pos < s.length() && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
            pos++;
        }
    }

    private void skipBlockComment() {
        int end = s.indexOf("#>", pos + 2);
        pos = end < 0 ? s.length() : end + 2;
    }

    private char peek(int ahead) {
        return pos + ahead < s.length() ? s.charAt(pos + ahead) : '\0';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private void add(Type type, int start, Object value) {
        tokens.add(new Token(type, s.substring(start, pos), value, start, pos, spaceBefore));
    }
}

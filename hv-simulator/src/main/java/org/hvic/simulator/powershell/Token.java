package org.hvic.simulator.powershell;

/** A PowerShell token; {@code value} holds the decoded literal, parameter or variable name, or number. */
public record Token(Type type, String text, Object value, int start, int end, boolean spaceBefore) {

    public enum Type {
        NEWLINE, SEMI, PIPE, COMMA, LPAREN, RPAREN, LBRACE, RBRACE, AT_PAREN, DOLLAR_PAREN, EQUALS,
        PARAMETER, VARIABLE, MEMBER, STRING, EXPANDABLE, NUMBER, WORD, EOF
    }

    public boolean is(Type t) {
        return type == t;
    }

    /** For PARAMETER tokens written as {@code -Name:value}. */
    public boolean colon() {
        return type == Type.PARAMETER && text.endsWith(":");
    }
}

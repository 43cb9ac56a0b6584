package org.hvic.simulator.powershell;

import java.util.List;

/** The syntax tree of the PowerShell subset the simulator understands. Offsets refer to the script text. */
public interface Ast {

    /** A statement: an assignment or a pipeline. */
    interface Statement extends Ast {
        int start();

        int end();
    }

    record Assignment(String variable, Statement value, int start, int end) implements Statement {
    }

    record Pipeline(List<Element> elements, int start, int end) implements Statement {
    }

    /** One element of a pipeline: a command or an expression. */
    interface Element extends Ast {
        int start();

        int end();
    }

    record Command(String name, List<CommandArg> args, int start, int end, int nameEnd) implements Element {
    }

    record ExpressionElement(Expr expr, int start, int end) implements Element {
    }

    /** A command argument: a parameter name (with an optional {@code -Name:value}) or a value. */
    interface CommandArg extends Ast {
    }

    record ParamArg(String name, Expr colonValue, int start, int end) implements CommandArg {
    }

    record ValueArg(Expr value) implements CommandArg {
    }

    /** Expressions. */
    interface Expr extends Ast {
    }

    /** A constant: a single-quoted string, a bare word or a number. */
    record Literal(Object value) implements Expr {
    }

    /** A double-quoted string; {@code raw} still holds escapes and $variables. */
    record Expandable(String raw) implements Expr {
    }

    record VariableRef(String name) implements Expr {
    }

    /** {@code a, b, c}. */
    record ArrayLiteral(List<Expr> items) implements Expr {
    }

    /** {@code @( ... )}: always an array. */
    record ArrayExpr(List<Statement> body) implements Expr {
    }

    /** {@code $( ... )}. */
    record SubExpr(List<Statement> body) implements Expr {
    }

    /** {@code ( pipeline )}. */
    record ParenExpr(Statement body) implements Expr {
    }

    record ScriptBlockExpr(List<Statement> body, String text) implements Expr {
    }

    record Member(Expr target, String name) implements Expr {
    }

    /** {@code left -op right}; op is lower case without the dash (eq, like, and, ...). */
    record Binary(String op, Expr left, Expr right) implements Expr {
    }

    record Not(Expr operand) implements Expr {
    }

    /** A parsed script and its source text. */
    record Script(List<Statement> statements, String source) implements Ast {
    }
}

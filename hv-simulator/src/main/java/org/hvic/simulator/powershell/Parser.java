package org.hvic.simulator.powershell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hvic.simulator.powershell.Ast.CommandArg;
import org.hvic.simulator.powershell.Ast.Expr;
import org.hvic.simulator.powershell.Ast.Statement;
import org.hvic.simulator.powershell.Token.Type;

/** Recursive-descent parser for statements, pipelines, commands and expressions. */
public final class Parser {
    private static final Set<String> OPERATORS = Set.of("eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match",
            "notmatch", "contains", "notcontains", "in", "notin", "and", "or", "ieq", "ine", "ilike", "inotlike", "ceq",
            "cne", "clike", "cnotlike", "imatch", "cmatch");

    private final String source;
    private final List<Token> tokens;
    private int pos;

    private Parser(String source) {
        this.source = source;
        this.tokens = Tokenizer.tokenize(source);
    }

    public static Ast.Script parse(String source) {
        Parser p = new Parser(source);
        List<Statement> statements = p.statements(Type.EOF);
        return new Ast.Script(statements, source);
    }

    private List<Statement> statements(Type terminator) {
        List<Statement> result = new ArrayList<>();
        while (true) {
            skipSeparators();
            if (peek().is(terminator)) {
                return result;
            }
            if (peek().is(Type.EOF)) {
                throw missingTerminator(terminator);
            }
            result.add(statement());
            Token t = peek();
            if (!t.is(Type.NEWLINE) && !t.is(Type.SEMI) && !t.is(terminator)) {
                throw new ParseException("Unexpected token '" + t.text() + "' in expression or statement.", t.start(),
                        t.end() - t.start(), "UnexpectedToken");
            }
        }
    }

    private ParseException missingTerminator(Type terminator) {
        int at = source.length();
        return switch (terminator) {
            case RBRACE -> new ParseException("Missing closing '}' in statement block or type definition.", at, 1, "MissingEndCurlyBrace");
            default -> new ParseException("Missing closing ')' in expression.", at, 1, "MissingEndParenthesisInExpression");
        };
    }

    private void skipSeparators() {
        while (peek().is(Type.NEWLINE) || peek().is(Type.SEMI)) {
            pos++;
        }
    }

    private Statement statement() {
        Token first = peek();
        if (first.is(Type.VARIABLE) && peek(1).is(Type.EQUALS)) {
            pos += 2;
            skipNewlines();
            Statement value = pipeline();
            return new Ast.Assignment((String) first.value(), value, first.start(), value.end());
        }
        return pipeline();
    }

    private Ast.Pipeline pipeline() {
        List<Ast.Element> elements = new ArrayList<>();
        int start = peek().start();
        elements.add(element());
        while (peek().is(Type.PIPE)) {
            Token pipe = next();
            skipNewlines();
            if (peek().is(Type.EOF) || peek().is(Type.NEWLINE) || peek().is(Type.SEMI)) {
                throw new ParseException("An empty pipe element is not allowed.", pipe.start(), 1, "EmptyPipeElement");
            }
            elements.add(element());
        }
        return new Ast.Pipeline(elements, start, elements.get(elements.size() - 1).end());
    }

    private Ast.Element element() {
        Token t = peek();
        if (t.is(Type.WORD)) {
            return command();
        }
        if (t.is(Type.RPAREN) || t.is(Type.RBRACE) || t.is(Type.EOF) || t.is(Type.PIPE) || t.is(Type.EQUALS)) {
            throw new ParseException("Unexpected token '" + t.text() + "' in expression or statement.", t.start(),
                    Math.max(1, t.end() - t.start()), "UnexpectedToken");
        }
        int start = t.start();
        Expr e = expression();
        return new Ast.ExpressionElement(e, start, previous().end());
    }

    private Ast.Command command() {
        Token name = next();
        List<CommandArg> args = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.is(Type.PARAMETER)) {
                next();
                Expr colonValue = t.colon() ? argumentValue() : null;
                args.add(new Ast.ParamArg((String) t.value(), colonValue, t.start(), previous().end()));
            } else if (startsValue(t)) {
                args.add(new Ast.ValueArg(argumentValue()));
            } else {
                break;
            }
        }
        return new Ast.Command((String) name.value(), args, name.start(), previous().end(), name.end());
    }

    private static boolean startsValue(Token t) {
        return switch (t.type()) {
            case WORD, STRING, EXPANDABLE, NUMBER, VARIABLE, LPAREN, AT_PAREN, DOLLAR_PAREN, LBRACE -> true;
            default -> false;
        };
    }

    /** A value in argument mode: a primary, or a comma-separated list of primaries (an array). */
    private Expr argumentValue() {
        return commaList(() -> postfix(primary()));
    }

    /** One item, or items separated by commas (an array literal). */
    private Expr commaList(java.util.function.Supplier<Expr> item) {
        Expr first = item.get();
        if (!peek().is(Type.COMMA)) {
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (peek().is(Type.COMMA)) {
            next();
            skipNewlines();
            items.add(item.get());
        }
        return new Ast.ArrayLiteral(items);
    }

    /** Expression mode: binary operators over comma lists. */
    private Expr expression() {
        Expr left = arrayList();
        while (peek().is(Type.PARAMETER) && OPERATORS.contains(((String) peek().value()).toLowerCase(Locale.ROOT))) {
            String op = ((String) next().value()).toLowerCase(Locale.ROOT);
            skipNewlines();
            left = new Ast.Binary(op, left, arrayList());
        }
        return left;
    }

    private Expr arrayList() {
        return commaList(this::unary);
    }

    private Expr unary() {
        Token t = peek();
        if ((t.is(Type.PARAMETER) && "not".equalsIgnoreCase((String) t.value())) || (t.is(Type.WORD) && "!".equals(t.value()))) {
            next();
            return new Ast.Not(unary());
        }
        return postfix(primary());
    }

    private Expr postfix(Expr e) {
        while (peek().is(Type.MEMBER)) {
            e = new Ast.Member(e, (String) next().value());
        }
        return e;
    }

    private Expr primary() {
        Token t = next();
        return switch (t.type()) {
            case STRING, WORD, NUMBER -> new Ast.Literal(t.value());
            case EXPANDABLE -> new Ast.Expandable((String) t.value());
            case VARIABLE -> new Ast.VariableRef((String) t.value());
            case LPAREN -> {
                skipNewlines();
                Statement body = statement();
                skipNewlines();
                expect(Type.RPAREN);
                yield new Ast.ParenExpr(body);
            }
            case AT_PAREN -> {
                List<Statement> body = statements(Type.RPAREN);
                next();
                yield new Ast.ArrayExpr(body);
            }
            case DOLLAR_PAREN -> {
                List<Statement> body = statements(Type.RPAREN);
                next();
                yield new Ast.SubExpr(body);
            }
            case LBRACE -> {
                List<Statement> body = statements(Type.RBRACE);
                Token close = next();
                yield new Ast.ScriptBlockExpr(body, source.substring(t.end(), close.start()));
            }
            default -> throw new ParseException("Unexpected token '" + t.text() + "' in expression or statement.",
                    t.start(), Math.max(1, t.end() - t.start()), "UnexpectedToken");
        };
    }

    private void expect(Type type) {
        Token t = peek();
        if (!t.is(type)) {
            throw type == Type.RPAREN
                    ? new ParseException("Missing closing ')' in expression.", t.start(), 1, "MissingEndParenthesisInExpression")
                    : new ParseException("Unexpected token '" + t.text() + "'.", t.start(), 1, "UnexpectedToken");
        }
        next();
    }

    private void skipNewlines() {
        while (peek().is(Type.NEWLINE)) {
            pos++;
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (!t.is(Type.EOF)) {
            pos++;
        }
        return t;
    }

    private Token previous() {
        return tokens.get(Math.max(0, pos - 1));
    }
}

package org.hvic.simulator.powershell;

import java.util.ArrayList;
import java.util.List;
import org.hvic.simulator.powershell.Ast.Expr;
import org.hvic.simulator.powershell.Ast.Statement;

/** Runs parsed statements in a session. Output objects are returned; errors go to the session. */
public final class Interpreter {
    private final PsSession session;

    public Interpreter(PsSession session) {
        this.session = session;
        session.attach(this);
    }

    public PsSession session() {
        return session;
    }

    /**
     * Parses and runs a script. Statement-terminating errors are reported and the script goes on, unless
     * $ErrorActionPreference is Stop. Parse errors are reported and nothing runs.
     */
    public List<Object> runScript(String source) {
        session.source(source);
        Ast.Script script;
        try {
            script = Parser.parse(source);
        } catch (ParseException e) {
            session.markRejected();
            session.report(new PsError(e.getMessage(), "ParserError", "", "", "ParentContainsErrorRecordException",
                    e.errorId(), true), new Ast.ExpressionElement(null, e.offset(), e.offset() + e.length()), null);
            return List.of();
        }
        List<Object> output = new ArrayList<>();
        runStatements(script.statements(), output, true);
        return output;
    }

    /** Runs statements, adding their output; at top level errors are reported here. */
    private boolean runStatements(List<Statement> statements, List<Object> output, boolean topLevel) {
        for (Statement s : statements) {
            if (!topLevel) {
                output.addAll(execute(s));
                continue;
            }
            try {
                output.addAll(execute(s));
            } catch (PsErrorException e) {
                if (!e.reported()) {
                    session.report(e.error(), e.element(), e.commandName());
                }
                if (session.stopOnError()) {
                    return false;
                }
            }
        }
        return true;
    }

    public List<Object> execute(Statement statement) {
        if (statement instanceof Ast.Assignment a) {
            session.variables().put(a.variable(), Values.collapse(execute(a.value())));
            return List.of();
        }
        Ast.Pipeline p = (Ast.Pipeline) statement;
        List<Object> stream = null;
        for (Ast.Element element : p.elements()) {
            if (element instanceof Ast.ExpressionElement e) {
                if (stream != null) {
                    throw new PsErrorException(PsError.rejecting("Expressions are only allowed as the first element of a pipeline.",
                            "ParserError", "", "ParentContainsErrorRecordException", "ExpressionsMustBeFirstInPipeline"), e, null);
                }
                stream = Values.unroll(eval(e.expr()));
            } else {
                stream = invoke((Ast.Command) element, stream);
            }
        }
        return stream == null ? List.of() : stream;
    }

    private List<Object> invoke(Ast.Command command, List<Object> input) {
        Cmdlet cmdlet = session.registry().find(command.name()).orElse(null);
        if (cmdlet == null) {
            throw new PsErrorException(PsError.rejecting("The term '" + command.name() + "' is not recognized as the name of a "
                    + "cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was "
                    + "included, verify that the path is correct and try again.", "ObjectNotFound", command.name(),
                    "CommandNotFoundException", "CommandNotFoundException"),
                    new Ast.Command(command.name(), List.of(), command.start(), command.nameEnd(), command.nameEnd()), command.name());
        }
        List<Binder.Arg> args = new ArrayList<>();
        for (Ast.CommandArg arg : command.args()) {
            if (arg instanceof Ast.ParamArg p) {
                args.add(new Binder.Named(p.name(), p.colonValue() != null, p.colonValue() == null ? null : eval(p.colonValue())));
            } else {
                args.add(new Binder.Positional(eval(((Ast.ValueArg) arg).value())));
            }
        }
        try {
            BoundParameters bound = Binder.bind(cmdlet.parameters(), cmdlet.name() + "," + cmdlet.implementingType(), args);
            return cmdlet.invoke(new CmdletCall(cmdlet, bound, input, session, command));
        } catch (PsErrorException e) {
            throw e.at(command, cmdlet.name());
        }
    }

    /** Runs a script block with $_ set, returning its output (used by Where-Object and Invoke-Command). */
    public List<Object> invokeScriptBlock(ScriptBlockValue block, Object dollarUnder) {
        Object saved = session.variables().get("_");
        session.variables().put("_", dollarUnder);
        session.variables().put("PSItem", dollarUnder);
        try {
            List<Object> output = new ArrayList<>();
            runStatements(block.body(), output, false);
            return output;
        } finally {
            session.variables().put("_", saved);
            session.variables().put("PSItem", saved);
        }
    }

    /** Runs a script block as a whole script: statement errors are reported and it goes on (a remote session). */
    public List<Object> runBlockAsScript(ScriptBlockValue block) {
        session.source(block.text());
        List<Object> output = new ArrayList<>();
        runStatements(block.body(), output, true);
        return output;
    }

    public Object eval(Expr e) {
        if (e instanceof Ast.Literal l) {
            return l.value();
        }
        if (e instanceof Ast.Expandable x) {
            return Expander.expand(x.raw(), name -> Values.toStr(variable(name)), this::subExpressionText);
        }
        if (e instanceof Ast.VariableRef v) {
            return variable(v.name());
        }
        if (e instanceof Ast.ArrayLiteral a) {
            List<Object> items = new ArrayList<>();
            a.items().forEach(item -> items.add(eval(item)));
            return items;
        }
        if (e instanceof Ast.ArrayExpr a) {
            return statementsOutput(a.body());
        }
        if (e instanceof Ast.SubExpr s) {
            return Values.collapse(statementsOutput(s.body()));
        }
        if (e instanceof Ast.ParenExpr p) {
            if (p.body() instanceof Ast.Assignment a) {
                execute(a);
                return variable(a.variable());
            }
            return Values.collapse(execute(p.body()));
        }
        if (e instanceof Ast.ScriptBlockExpr b) {
            return new ScriptBlockValue(b.body(), b.text());
        }
        if (e instanceof Ast.Member m) {
            return member(eval(m.target()), m.name());
        }
        if (e instanceof Ast.Binary b) {
            return Values.compare(b.op(), eval(b.left()), eval(b.right()));
        }
        return !Values.isTrue(eval(((Ast.Not) e).operand()));
    }

    private List<Object> statementsOutput(List<Statement> body) {
        List<Object> output = new ArrayList<>();
        for (Statement s : body) {
            output.addAll(execute(s));
        }
        return output;
    }

    private String subExpressionText(String script) {
        Ast.Script parsed = Parser.parse(script);
        return Values.toStr(Values.collapse(statementsOutput(parsed.statements())));
    }

    private Object variable(String name) {
        return switch (name.toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> session.variables().get(name);
        };
    }

    /** Property access with PowerShell's member enumeration over arrays. */
    public static Object member(Object target, String name) {
        if (target instanceof List<?> list) {
            if (name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length")) {
                return list.size();
            }
            List<Object> values = new ArrayList<>();
            list.forEach(item -> values.addAll(Values.unroll(member(item, name))));
            return Values.collapse(values);
        }
        if (target instanceof PsObject o) {
            return o.get(name);
        }
        if (target instanceof String s && name.equalsIgnoreCase("Length")) {
            return s.length();
        }
        if (target instanceof PsCredential c) {
            return name.equalsIgnoreCase("UserName") ? c.userName() : name.equalsIgnoreCase("Password") ? c.password() : null;
        }
        return null;
    }
}

package org.hvic.simulator.powershell.cmdlets;

import java.util.ArrayList;
import java.util.List;
import org.hvic.simulator.powershell.BoundParameters;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.Interpreter;
import org.hvic.simulator.powershell.ParameterSpec;
import org.hvic.simulator.powershell.ScriptBlockValue;
import org.hvic.simulator.powershell.Values;

/** Where-Object: a filter script, or the simplified syntax {@code -Property X -Like -Value Y}. */
public final class WhereObject extends BaseCmdlet {
    private static final List<String> OPERATORS = List.of("EQ", "NE", "GT", "GE", "LT", "LE", "Like", "NotLike", "Match",
            "NotMatch", "Contains", "NotContains", "In", "NotIn", "CEQ", "CNE", "CLike", "CNotLike", "CMatch", "Is", "IsNot");

    public WhereObject() {
        super("Where-Object", "Microsoft.PowerShell.Commands.WhereObjectCommand", spec());
    }

    private static ParameterSpec spec() {
        ParameterSpec spec = ParameterSpec.create().value("Property", 0, "System.String").value("Value", 1, "System.Object")
                .named("FilterScript").named("InputObject");
        OPERATORS.forEach(spec::switchParam);
        return spec;
    }

    @Override
    public List<Object> invoke(CmdletCall call) {
        BoundParameters p = call.params();
        Object script = p.has("FilterScript") ? p.get("FilterScript") : p.get("Property");
        List<Object> input = call.hasInput() ? call.input() : p.objects("InputObject");
        List<Object> output = new ArrayList<>();
        for (Object item : input) {
            if (script instanceof ScriptBlockValue block) {
                if (Values.isTrue(Values.collapse(call.session().interpreter().invokeScriptBlock(block, item)))) {
                    output.add(item);
                }
            } else if (matches(p, item)) {
                output.add(item);
            }
        }
        return output;
    }

    private static boolean matches(BoundParameters p, Object item) {
        Object value = Interpreter.member(item, p.string("Property"));
        for (String op : OPERATORS) {
            if (p.switchOn(op)) {
                return Values.compare(op.toLowerCase(), value, p.get("Value"));
            }
        }
        return Values.isTrue(value);
    }
}

package org.hvic.simulator.powershell.cmdlets;

import java.util.ArrayList;
import java.util.List;
import org.hvic.simulator.powershell.BoundParameters;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.Interpreter;
import org.hvic.simulator.powershell.ParameterSpec;
import org.hvic.simulator.powershell.PsObject;
import org.hvic.simulator.powershell.Values;
import org.hvic.simulator.powershell.Wildcard;

/** Select-Object -Property (wildcards allowed), -ExpandProperty, -First, -Last, -Skip. */
public final class SelectObject extends BaseCmdlet {
    public SelectObject() {
        super("Select-Object", "Microsoft.PowerShell.Commands.SelectObjectCommand", ParameterSpec.create()
                .value("Property", 0, "System.Object[]").named("ExpandProperty").named("InputObject")
                .value("First", -1, "System.Int32").value("Last", -1, "System.Int32").value("Skip", -1, "System.Int32")
                .switchParam("Unique"));
    }

    @Override
    public List<Object> invoke(CmdletCall call) {
        BoundParameters p = call.params();
        List<Object> input = new ArrayList<>(call.hasInput() ? call.input() : p.objects("InputObject"));
        int skip = Math.min(input.size(), p.integer("Skip", 0));
        input = input.subList(skip, input.size());
        if (p.has("First")) {
            input = input.subList(0, Math.min(input.size(), p.integer("First", 0)));
        }
        if (p.has("Last")) {
            input = input.subList(Math.max(0, input.size() - p.integer("Last", 0)), input.size());
        }
        List<Object> output = new ArrayList<>();
        for (Object item : input) {
            if (p.has("ExpandProperty")) {
                output.addAll(Values.unroll(Interpreter.member(item, p.string("ExpandProperty"))));
            } else if (p.has("Property")) {
                output.add(select(item, p.strings("Property")));
            } else {
                output.add(item);
            }
        }
        return output;
    }

    private static PsObject select(Object item, List<String> properties) {
        PsObject result = PsObject.custom();
        for (String wanted : properties) {
            if (item instanceof PsObject o && Wildcard.hasWildcards(wanted)) {
                Wildcard w = Wildcard.compile(wanted);
                o.properties().forEach((k, v) -> {
                    if (w.matches(k)) {
                        result.with(k, v);
                    }
                });
            } else {
                String name = item instanceof PsObject o && o.has(wanted) ? o.propertyName(wanted) : wanted;
                result.with(name, Interpreter.member(item, wanted));
            }
        }
        return result;
    }
}

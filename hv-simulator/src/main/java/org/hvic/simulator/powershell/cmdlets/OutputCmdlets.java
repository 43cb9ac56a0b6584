package org.hvic.simulator.powershell.cmdlets;

import java.util.ArrayList;
import java.util.List;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.CmdletRegistry;
import org.hvic.simulator.powershell.ParameterSpec;
import org.hvic.simulator.powershell.PsObject;
import org.hvic.simulator.powershell.Values;
import org.hvic.simulator.powershell.output.FormattedText;
import org.hvic.simulator.powershell.output.OutputFormatter;

/** Write-Output, Write-Host, Out-String, Format-Table and Format-List. */
public final class OutputCmdlets {
    private OutputCmdlets() {
    }

    /** The language-level cmdlets every session has (hosts and guests). */
    public static CmdletRegistry common() {
        return new CmdletRegistry()
                .add(new WhereObject(), "where", "?")
                .add(new SelectObject(), "select")
                .add(new ConvertToJson())
                .add(new ConvertToSecureString())
                .add(new NewObject())
                .add(new Simple("Write-Output", "Microsoft.PowerShell.Commands.WriteOutputCommand", OutputCmdlets::writeOutput), "echo", "write")
                .add(new Simple("Write-Host", "Microsoft.PowerShell.Commands.WriteHostCommand", OutputCmdlets::writeHost))
                .add(new Simple("Out-String", "Microsoft.PowerShell.Commands.OutStringCommand", OutputCmdlets::outString))
                .add(new Simple("Format-Table", "Microsoft.PowerShell.Commands.FormatTableCommand", c -> format(c, true)), "ft")
                .add(new Simple("Format-List", "Microsoft.PowerShell.Commands.FormatListCommand", c -> format(c, false)), "fl");
    }

    /** A cmdlet with the common output parameters whose behaviour is a function. */
    private static final class Simple extends BaseCmdlet {
        private final java.util.function.Function<CmdletCall, List<Object>> body;

        Simple(String name, String type, java.util.function.Function<CmdletCall, List<Object>> body) {
            super(name, type, ParameterSpec.create().value("InputObject", 0, "System.Object[]", "Object")
                    .named("Property").switchParam("AutoSize").switchParam("Wrap").switchParam("Stream")
                    .switchParam("NoNewline").switchParam("NoEnumerate").value("Width", -1, "System.Int32")
                    .named("ForegroundColor").named("BackgroundColor").switchParam("HideTableHeaders"));
            this.body = body;
        }

        @Override
        public List<Object> invoke(CmdletCall call) {
            return body.apply(call);
        }
    }

    private static List<Object> items(CmdletCall call) {
        List<Object> items = new ArrayList<>();
        if (call.params().has("InputObject")) {
            items.addAll(Values.unroll(call.params().get("InputObject")));
        }
        if (call.hasInput()) {
            items.addAll(call.input());
        }
        return items;
    }

    private static List<Object> writeOutput(CmdletCall call) {
        return items(call);
    }

    private static List<Object> writeHost(CmdletCall call) {
        List<String> parts = new ArrayList<>();
        items(call).forEach(i -> parts.add(Values.toStr(i)));
        return List.of(new FormattedText(String.join(" ", parts) + (call.params().switchOn("NoNewline") ? "" : "\r\n")));
    }

    private static List<Object> outString(CmdletCall call) {
        String text = OutputFormatter.format(items(call));
        if (call.params().switchOn("Stream")) {
            return new ArrayList<>(List.of(text.split("\r\n")));
        }
        return List.of(text);
    }

    private static List<Object> format(CmdletCall call, boolean table) {
        List<PsObject> objects = new ArrayList<>();
        List<Object> others = new ArrayList<>();
        for (Object item : items(call)) {
            if (item instanceof PsObject o) {
                objects.add(call.params().has("Property") ? pick(o, call.params().strings("Property")) : o);
            } else {
                others.add(item);
            }
        }
        List<Object> out = new ArrayList<>(others);
        if (!objects.isEmpty()) {
            String text = table ? OutputFormatter.forcedTable(objects) : OutputFormatter.list(objects);
            out.add(new FormattedText(text));
        }
        return out;
    }

    private static PsObject pick(PsObject o, List<String> properties) {
        PsObject result = PsObject.custom();
        properties.forEach(p -> result.with(o.has(p) ? o.propertyName(p) : p, o.get(p)));
        return result;
    }
}

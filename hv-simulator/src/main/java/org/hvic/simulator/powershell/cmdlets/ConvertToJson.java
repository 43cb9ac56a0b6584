package org.hvic.simulator.powershell.cmdlets;

import java.util.ArrayList;
import java.util.List;
import org.hvic.simulator.powershell.BoundParameters;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.ParameterSpec;
import org.hvic.simulator.powershell.output.PsJson;

/** ConvertTo-Json (Windows PowerShell 5.1: -InputObject, -Depth (default 2), -Compress). */
public final class ConvertToJson extends BaseCmdlet {
    public ConvertToJson() {
        super("ConvertTo-Json", "Microsoft.PowerShell.Commands.ConvertToJsonCommand", ParameterSpec.create()
                .value("InputObject", 0, "System.Object").value("Depth", -1, "System.Int32").switchParam("Compress"));
    }

    @Override
    public List<Object> invoke(CmdletCall call) {
        BoundParameters p = call.params();
        Object value;
        if (p.has("InputObject")) {
            value = p.get("InputObject");
        } else if (call.hasInput() && !call.input().isEmpty()) {
            value = call.input().size() == 1 ? call.input().get(0) : new ArrayList<>(call.input());
        } else {
            return List.of();
        }
        return List.of(PsJson.convert(value, p.integer("Depth", 2), p.switchOn("Compress")));
    }
}

package org.hvic.simulator.powershell.cmdlets;

import java.util.List;
import java.util.Set;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.ParameterSpec;
import org.hvic.simulator.powershell.PsCredential;
import org.hvic.simulator.powershell.PsError;
import org.hvic.simulator.powershell.PsErrorException;
import org.hvic.simulator.powershell.SecureStringValue;
import org.hvic.simulator.powershell.Values;

/** New-Object for the one type scripts need here: System.Management.Automation.PSCredential. */
public final class NewObject extends BaseCmdlet {
    private static final Set<String> CREDENTIAL = Set.of("system.management.automation.pscredential",
            "management.automation.pscredential", "automation.pscredential", "pscredential");

    public NewObject() {
        super("New-Object", "Microsoft.PowerShell.Commands.NewObjectCommand", ParameterSpec.create()
                .value("TypeName", 0, "System.String").value("ArgumentList", 1, "System.Object[]", "Args")
                .named("Property"));
    }

    @Override
    public List<Object> invoke(CmdletCall call) {
        String type = call.params().string("TypeName");
        if (type == null || !CREDENTIAL.contains(type.toLowerCase())) {
            throw new PsErrorException(PsError.rejecting("Cannot find type [" + type + "]: verify that the assembly "
                    + "containing this type is loaded.", "InvalidType", "", "PSArgumentException",
                    "TypeNotFound,Microsoft.PowerShell.Commands.NewObjectCommand"));
        }
        List<Object> args = call.params().objects("ArgumentList");
        if (args.size() != 2 || !(args.get(1) instanceof SecureStringValue password)) {
            throw call.fail(call.error("Cannot find an overload for \"PSCredential\" and the argument count: \"" + args.size()
                    + "\".", "InvalidOperation", "", "MethodException", "ConstructorInvokedThrowException"));
        }
        return List.of(new PsCredential(Values.toStr(args.get(0)), password));
    }
}

package org.hvic.simulator.powershell.cmdlets;

import java.util.List;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.ParameterSpec;
import org.hvic.simulator.powershell.SecureStringValue;

/** ConvertTo-SecureString -String ... -AsPlainText -Force. */
public final class ConvertToSecureString extends BaseCmdlet {
    public ConvertToSecureString() {
        super("ConvertTo-SecureString", "Microsoft.PowerShell.Commands.ConvertToSecureStringCommand", ParameterSpec.create()
                .value("String", 0, "System.String").switchParam("AsPlainText").switchParam("Force").named("Key")
                .named("SecureKey"));
    }

    @Override
    public List<Object> invoke(CmdletCall call) {
        if (!call.params().switchOn("AsPlainText")) {
            throw call.fail(call.error("Input string was not in a correct format.", "InvalidArgument", "",
                    "FormatException", "ImportSecureString"));
        }
        if (!call.params().switchOn("Force")) {
            throw call.fail(call.error("The system cannot protect plain text input. To suppress this warning and convert "
                    + "the plain text to a SecureString, reissue the command specifying the Force parameter. For more "
                    + "information, type: get-help ConvertTo-SecureString.", "InvalidArgument", "", "ArgumentException",
                    "ImportSecureString"));
        }
        String text = call.params().string("String");
        if (text == null && call.hasInput() && !call.input().isEmpty()) {
            text = String.valueOf(call.input().get(0));
        }
        return List.of(new SecureStringValue(text == null ? "" : text));
    }
}

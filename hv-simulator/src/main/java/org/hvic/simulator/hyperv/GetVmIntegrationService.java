package org.hvic.simulator.hyperv;

import java.util.ArrayList;
import java.util.List;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.fleet.IntegrationComponent;
import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.ParameterSpec;
import org.hvic.simulator.powershell.cmdlets.BaseCmdlet;

/** Get-VMIntegrationService [-VMName] &lt;string[]&gt; | -VM &lt;VM[]&gt; (or VMs from the pipeline) [[-Name] &lt;string[]&gt;]. */
final class GetVmIntegrationService extends BaseCmdlet {
    GetVmIntegrationService() {
        super("Get-VMIntegrationService", "Microsoft.HyperV.PowerShell.Commands.GetVMIntegrationService", ParameterSpec.create()
                .value("VMName", 0, "System.String[]").value("Name", 1, "System.String[]").named("VM")
                .named("ComputerName").named("Credential").named("VMSnapshot"));
    }

    @Override
    public List<Object> invoke(CmdletCall call) {
        List<Vm> vms = VmResolver.addressed(call);
        if (vms == null) {
            throw call.fail(call.error(Messages.missingMandatory("VMName"), "InvalidArgument", "",
                    "ParameterBindingException", "MissingMandatoryParameter"));
        }
        Host host = VmResolver.host(call);
        List<Object> output = new ArrayList<>();
        for (Vm vm : vms) {
            for (IntegrationComponent c : Components.select(call, host, vm)) {
                output.add(HyperVObjects.integrationService(host, vm, c));
            }
        }
        return output;
    }
}

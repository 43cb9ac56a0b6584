package org.hvic.simulator.hyperv;

import java.util.ArrayList;
import java.util.List;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.ParameterSpec;
import org.hvic.simulator.powershell.cmdlets.BaseCmdlet;

/** Get-VM [-Name] &lt;string[]&gt; | -Id &lt;guid&gt;. */
final class GetVm extends BaseCmdlet {
    GetVm() {
        super("Get-VM", "Microsoft.HyperV.PowerShell.Commands.GetVM", ParameterSpec.create()
                .value("Name", 0, "System.String[]", "VMName").named("Id").named("ComputerName").named("Credential")
                .named("ClusterObject"));
    }

    @Override
    public List<Object> invoke(CmdletCall call) {
        Host host = VmResolver.host(call);
        List<Vm> vms;
        if (call.params().has("Id")) {
            vms = VmResolver.byIds(call, "Id", call.params().objects("Id"));
        } else if (call.params().has("Name")) {
            vms = VmResolver.byNames(call, call.params().strings("Name"));
        } else {
            vms = host.vms();
        }
        List<Object> output = new ArrayList<>();
        vms.forEach(vm -> output.add(HyperVObjects.vm(host, vm)));
        return output;
    }
}

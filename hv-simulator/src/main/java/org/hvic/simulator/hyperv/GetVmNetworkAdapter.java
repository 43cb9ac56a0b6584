package org.hvic.simulator.hyperv;

import java.util.ArrayList;
import java.util.List;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.fleet.LinuxGuest;
import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.ParameterSpec;
import org.hvic.simulator.powershell.cmdlets.BaseCmdlet;

/**
 * Get-VMNetworkAdapter: one adapter per VM. IPAddresses are what KVP reports: a Linux guest's own address when its
 * hv_kvp_daemon runs, a Windows guest's addresses from the fleet file when Data Exchange works; never invented.
 */
final class GetVmNetworkAdapter extends BaseCmdlet {
    GetVmNetworkAdapter() {
        super("Get-VMNetworkAdapter", "Microsoft.HyperV.PowerShell.Commands.GetVMNetworkAdapter", ParameterSpec.create()
                .value("VMName", 0, "System.String[]").value("Name", 1, "System.String").named("VM")
                .switchParam("All").switchParam("ManagementOS").named("ComputerName").named("Credential"));
    }

    @Override
    public List<Object> invoke(CmdletCall call) {
        List<Vm> vms = VmResolver.addressed(call);
        Host host = VmResolver.host(call);
        if (vms == null) {
            vms = call.params().switchOn("All") ? host.vms() : List.of();
        }
        List<Object> output = new ArrayList<>();
        for (Vm vm : vms) {
            output.add(HyperVObjects.networkAdapter(host, vm, addresses(vm)));
        }
        return output;
    }

    static List<String> addresses(Vm vm) {
        if (!KvpExchange.reports(vm)) {
            return List.of();
        }
        LinuxGuest linux = vm.linuxGuest();
        return linux != null ? List.of(linux.address()) : vm.addresses();
    }
}

package org.hvic.simulator.hyperv;

import java.util.ArrayList;
import java.util.List;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.fleet.HostSettingRules;
import org.hvic.simulator.fleet.IntegrationComponent;
import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.ParameterSpec;
import org.hvic.simulator.powershell.PsObject;
import org.hvic.simulator.powershell.cmdlets.BaseCmdlet;

/** Enable-VMIntegrationService and Disable-VMIntegrationService. */
final class SetVmIntegrationService extends BaseCmdlet {
    private final boolean enable;

    SetVmIntegrationService(boolean enable) {
        super(enable ? "Enable-VMIntegrationService" : "Disable-VMIntegrationService",
                "Microsoft.HyperV.PowerShell.Commands." + (enable ? "Enable" : "Disable") + "VMIntegrationService",
                ParameterSpec.create().value("VMName", 0, "System.String[]").value("Name", 1, "System.String[]")
                        .named("VM").named("VMIntegrationService").switchParam("Passthru").named("ComputerName")
                        .named("Credential"));
        this.enable = enable;
    }

    @Override
    public List<Object> invoke(CmdletCall call) {
        Host host = VmResolver.host(call);
        HostContext context = call.session().context(HostContext.class);
        List<ComponentRef> targets = targets(call, host);
        List<Object> output = new ArrayList<>();
        for (ComponentRef ref : targets) {
            HostSettingRules.setEnabled(ref.vm(), ref.component(), enable, context::change);
            if (call.params().switchOn("Passthru")) {
                output.add(HyperVObjects.integrationService(host, ref.vm(), ref.component()));
            }
        }
        return output;
    }

    private List<ComponentRef> targets(CmdletCall call, Host host) {
        List<Object> objects = new ArrayList<>();
        if (call.params().has("VMIntegrationService")) {
            objects.addAll(call.params().objects("VMIntegrationService"));
        }
        if (call.params().has("VMName") && call.params().objects("VMName").stream().anyMatch(SetVmIntegrationService::isComponent)) {
            objects.addAll(call.params().objects("VMName"));
            call.params().remove("VMName");
        }
        if (call.hasInput()) {
            objects.addAll(call.input().stream().filter(SetVmIntegrationService::isComponent).toList());
        }
        List<ComponentRef> refs = new ArrayList<>();
        objects.stream().filter(SetVmIntegrationService::isComponent)
                .forEach(o -> refs.add((ComponentRef) ((PsObject) o).base()));
        if (!refs.isEmpty() || call.hasInput() || call.params().has("VMIntegrationService")) {
            return refs;
        }
        List<Vm> vms = VmResolver.addressed(call);
        if (vms == null || !call.params().has("Name")) {
            throw call.fail(call.error(Messages.missingMandatory(vms == null ? "VMName" : "Name"), "InvalidArgument", "",
                    "ParameterBindingException", "MissingMandatoryParameter"));
        }
        for (Vm vm : vms) {
            for (IntegrationComponent c : Components.select(call, host, vm)) {
                refs.add(new ComponentRef(vm, c));
            }
        }
        return refs;
    }

    private static boolean isComponent(Object o) {
        return o instanceof PsObject p && p.base() instanceof ComponentRef;
    }
}

package org.hvic.simulator.hyperv;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.Interpreter;
import org.hvic.simulator.powershell.ParameterSpec;
import org.hvic.simulator.powershell.PsCredential;
import org.hvic.simulator.powershell.PsError;
import org.hvic.simulator.powershell.PsErrorException;
import org.hvic.simulator.powershell.PsObject;
import org.hvic.simulator.powershell.PsSession;
import org.hvic.simulator.powershell.ScriptBlockValue;
import org.hvic.simulator.powershell.cmdlets.BaseCmdlet;

/** Invoke-Command -VMName/-VMId -Credential -ScriptBlock: PowerShell Direct into a Windows guest. */
final class InvokeCommand extends BaseCmdlet {
    InvokeCommand() {
        super("Invoke-Command", "Microsoft.PowerShell.Commands.InvokeCommandCommand", ParameterSpec.create()
                .value("ScriptBlock", 0, "System.Management.Automation.ScriptBlock").named("VMName").named("VMId", "VMGuid")
                .named("Credential").named("ArgumentList", "Args").named("ConfigurationName").switchParam("HideComputerName"));
    }

    @Override
    public List<Object> invoke(CmdletCall call) {
        Host host = VmResolver.host(call);
        if (!(call.params().get("ScriptBlock") instanceof ScriptBlockValue block)) {
            throw call.fail(call.error(Messages.missingMandatory("ScriptBlock"), "InvalidArgument", "",
                    "ParameterBindingException", "MissingMandatoryParameter"));
        }
        if (!host.hostOs().supportsPowerShellDirect()) {
            throw call.fail(call.error("PowerShell Direct is not available on this host: it needs Windows 10 or Windows "
                    + "Server 2016 or later (this host runs " + host.os() + ").", "InvalidOperation", "",
                    "PSInvalidOperationException", "PowerShellDirectNotSupported"));
        }
        Vm vm = target(call, host);
        PowerShellDirect.check(call, vm);
        if (!(call.params().get("Credential") instanceof PsCredential credential)) {
            throw call.fail(call.error(Messages.missingMandatory("Credential"), "InvalidArgument", "",
                    "ParameterBindingException", "MissingMandatoryParameter"));
        }
        if (!vm.windowsGuest().accepts(vm.name(), credential.userName(), credential.password().plainText())) {
            throw call.fail(call.error("The credential is invalid.", "InvalidArgument", "", "PSArgumentException",
                    "InvalidCredential"));
        }
        return runInGuest(call, vm, block);
    }

    private static Vm target(CmdletCall call, Host host) {
        if (call.params().has("VMId")) {
            String id = VmResolver.guid(call, "VMId", call.params().get("VMId"));
            return host.vmById(id).orElseThrow(() -> call.fail(call.error(
                    "The input VMId parameter does not resolve to any virtual machine.", "InvalidArgument", "",
                    "ArgumentException", "InvalidVMIdNotSingle")));
        }
        if (call.params().has("VMName")) {
            String name = call.params().string("VMName");
            List<Vm> matches = host.vms().stream().filter(v -> v.name().equalsIgnoreCase(name)).toList();
            if (matches.size() != 1) {
                throw call.fail(call.error("The input VMName parameter does not resolve to any virtual machine.",
                        "InvalidArgument", "", "ArgumentException", "InvalidVMNameNotSingle"));
            }
            return matches.get(0);
        }
        throw new PsErrorException(PsError.rejecting("Invoke-Command in the simulator supports only PowerShell Direct "
                + "(-VMName or -VMId).", "InvalidArgument", "", "ParameterBindingException",
                "AmbiguousParameterSet,Microsoft.PowerShell.Commands.InvokeCommandCommand"));
    }

    private static List<Object> runInGuest(CmdletCall call, Vm vm, ScriptBlockValue block) {
        HostContext hostContext = call.session().context(HostContext.class);
        List<PsError> remoteErrors = new ArrayList<>();
        List<String> remoteCommands = new ArrayList<>();
        PsSession guest = new PsSession(HyperVCmdlets.guest(), (error, where, command, source) -> {
            remoteErrors.add(error);
            remoteCommands.add(command);
        }, new GuestContext(vm, vm.windowsGuest(), hostContext));
        guest.variables().put("args", call.params().objects("ArgumentList"));
        List<Object> results = new Interpreter(guest).runBlockAsScript(block);
        if (guest.rejected()) {
            call.session().markRejected();
        }
        for (int i = 0; i < remoteErrors.size(); i++) {
            call.session().reportRemote(remoteErrors.get(i), remoteCommands.get(i), vm.name());
        }
        if (!remoteErrors.isEmpty() && call.session().stopOnError()) {
            throw new PsErrorException(remoteErrors.get(0), null, null, true);
        }
        String runspace = UUID.nameUUIDFromBytes((vm.id() + System.nanoTime()).getBytes()).toString();
        List<Object> output = new ArrayList<>();
        for (Object o : results) {
            output.add(o instanceof PsObject p ? p.copy(p.typeName()).with("PSComputerName", vm.name())
                    .with("RunspaceId", runspace).with("PSShowComputerName", !call.params().switchOn("HideComputerName")) : o);
        }
        return output;
    }
}

package org.hvic.simulator.hyperv;

import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.powershell.CmdletCall;

/** The preconditions of PowerShell Direct, each failing with a clear error. */
final class PowerShellDirect {
    private PowerShellDirect() {
    }

    static void check(CmdletCall call, Vm vm) {
        if (!vm.running()) {
            fail(call, "The virtual machine '" + vm.name() + "' is not in running state.", "VMNotRunning");
        }
        if (vm.configVersionNumber() < 602) {
            fail(call, "PowerShell Direct needs virtual machine configuration version 6.2 or later; '" + vm.name()
                    + "' has version " + vm.configVersion() + ".", "VMConfigurationVersionTooLow");
        }
        if (vm.windowsGuest() == null || !vm.guestOs().supportsPowerShellDirect()) {
            fail(call, "PowerShell Direct needs a Windows 10 or Windows Server 2016 (or later) guest; '" + vm.name()
                    + "' runs " + vm.guestOs() + ".", "GuestOperatingSystemNotSupported");
        }
        boolean sessionDisabled = vm.windowsGuest().service("vmicvmsession")
                .map(s -> s.startType() == org.hvic.simulator.fleet.GuestService.StartType.DISABLED).orElse(true);
        if (sessionDisabled) {
            fail(call, "An error has occurred which Windows PowerShell cannot handle. A remote session might have ended. "
                    + "(The Hyper-V VM Session Service (vmicvmsession) is disabled in the guest '" + vm.name() + "'.)",
                    "VMSessionServiceDisabled");
        }
    }

    private static void fail(CmdletCall call, String message, String id) {
        throw call.fail(call.error(message, "InvalidOperation", "", "PSInvalidOperationException", id));
    }
}

package org.hvic.simulator.hyperv;

import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.fleet.WindowsGuest;

/** What a PowerShell Direct session works on: one Windows guest, reporting changes to the host's context. */
record GuestContext(Vm vm, WindowsGuest guest, HostContext host) {
}

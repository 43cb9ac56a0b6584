package org.hvic.simulator.hyperv;

import org.hvic.simulator.powershell.CmdletRegistry;
import org.hvic.simulator.powershell.cmdlets.OutputCmdlets;

/** The cmdlet sets of a Hyper-V host session and of a PowerShell Direct session in a Windows guest. */
public final class HyperVCmdlets {
    private static final CmdletRegistry HOST = OutputCmdlets.common()
            .add(new GetVm())
            .add(new GetVmIntegrationService())
            .add(new SetVmIntegrationService(true))
            .add(new SetVmIntegrationService(false))
            .add(new GetVmNetworkAdapter())
            .add(new GetCimInstance(), "gcim")
            .add(new InvokeCommand(), "icm");
    private static final CmdletRegistry GUEST = OutputCmdlets.common()
            .add(new GuestServiceCmdlets(GuestServiceCmdlets.Action.GET), "gsv")
            .add(new GuestServiceCmdlets(GuestServiceCmdlets.Action.START), "sasv")
            .add(new GuestServiceCmdlets(GuestServiceCmdlets.Action.STOP), "spsv");

    private HyperVCmdlets() {
    }

    public static CmdletRegistry host() {
        return HOST;
    }

    static CmdletRegistry guest() {
        return GUEST;
    }
}

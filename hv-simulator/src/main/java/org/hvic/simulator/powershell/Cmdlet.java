package org.hvic.simulator.powershell;

import java.util.List;

/** A simulated cmdlet. */
public interface Cmdlet {
    /** The cmdlet name as PowerShell writes it (Get-VM). */
    String name();

    /** The .NET type that implements it, used in FullyQualifiedErrorId (Microsoft.HyperV.PowerShell.Commands.GetVM). */
    String implementingType();

    ParameterSpec parameters();

    /** Runs the cmdlet over its pipeline input and returns its output objects. */
    List<Object> invoke(CmdletCall call);
}

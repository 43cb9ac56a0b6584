package org.hvic.simulator.powershell.cmdlets;

import org.hvic.simulator.powershell.Cmdlet;
import org.hvic.simulator.powershell.ParameterSpec;

/** Name, implementing type and parameters of a cmdlet. */
public abstract class BaseCmdlet implements Cmdlet {
    private final String name;
    private final String implementingType;
    private final ParameterSpec parameters;

    protected BaseCmdlet(String name, String implementingType, ParameterSpec parameters) {
        this.name = name;
        this.implementingType = implementingType;
        this.parameters = parameters;
    }

    @Override
    public String name() { return name; }

    @Override
    public String implementingType() { return implementingType; }

    @Override
    public ParameterSpec parameters() { return parameters; }
}

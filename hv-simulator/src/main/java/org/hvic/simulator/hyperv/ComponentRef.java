package org.hvic.simulator.hyperv;

import org.hvic.simulator.fleet.IntegrationComponent;
import org.hvic.simulator.fleet.Vm;

/** The simulated thing behind a VMIntegrationComponent object: one component of one VM. */
public record ComponentRef(Vm vm, IntegrationComponent component) {
}

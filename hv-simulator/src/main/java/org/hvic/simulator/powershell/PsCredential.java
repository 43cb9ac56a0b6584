package org.hvic.simulator.powershell;

/** System.Management.Automation.PSCredential. */
public record PsCredential(String userName, SecureStringValue password) {
    @Override
    public String toString() {
        return "System.Management.Automation.PSCredential";
    }
}

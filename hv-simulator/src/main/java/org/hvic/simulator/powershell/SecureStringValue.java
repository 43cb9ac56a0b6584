package org.hvic.simulator.powershell;

/** A System.Security.SecureString made from plain text; never printed. */
public record SecureStringValue(String plainText) {
    @Override
    public String toString() {
        return "System.Security.SecureString";
    }
}

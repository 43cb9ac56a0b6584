package org.hvic.simulator.powershell;

/** An enum value: shown by name in tables, written as its number by ConvertTo-Json (Windows PowerShell 5.1). */
public record PsEnum(String typeName, String name, int value) {
    @Override
    public String toString() {
        return name;
    }
}

package org.hvic.simulator.powershell.output;

/** Text already formatted by Format-Table / Format-List / Out-String: written out as it is. */
public record FormattedText(String text) {
    @Override
    public String toString() {
        return text;
    }
}

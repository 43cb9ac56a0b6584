package org.hvic.simulator.powershell;

import java.util.List;

/** A script block value ({ ... }); its text is what PowerShell prints for it. */
public record ScriptBlockValue(List<Ast.Statement> body, String text) {
    @Override
    public String toString() {
        return text;
    }
}

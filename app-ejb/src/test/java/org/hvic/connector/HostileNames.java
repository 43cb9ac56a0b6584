package org.hvic.connector;

import java.util.List;

/** The hostile names of the acceptance criteria: each must stay exactly one literal wherever it is quoted. */
final class HostileNames {

    static final List<String> ALL = List.of(
            "a'b", "a\u2018b", "a\u2019b", "a\u201Ab", "a\u201Bb", "''", "'", "*", "demo[vm]", "$(Stop-VM x)",
            "x; Remove-VM *", "x`ny", "x|y", "x".repeat(300), "first line\nsecond line", "x\r\ny", "\"quoted\"",
            "$env:USERNAME", "@(1,2)", "x # comment", "", " ", "\u00e4\u00f6\u00fc\u00df Gastdienstschnittstelle",
            "a''b", "a\u2019\u2018b", "'; Remove-VM * ; '", "x'\\''y");

    private HostileNames() {
    }
}

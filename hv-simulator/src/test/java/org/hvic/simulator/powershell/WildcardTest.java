package org.hvic.simulator.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WildcardTest {
    @Test
    void starQuestionMarkAndRanges() {
        assertTrue(Wildcard.matches("demo*", "DemoVM"));
        assertTrue(Wildcard.matches("demo?m", "demovm"));
        assertTrue(Wildcard.matches("vm[0-9]", "vm7"));
        assertFalse(Wildcard.matches("vm[0-9]", "vmx"));
        assertTrue(Wildcard.matches("*\\2A34B1C2-FD73-4043-8A5B-DD2159BC743F", "Microsoft:X\\2A34B1C2-FD73-4043-8A5B-DD2159BC743F"));
    }

    @Test
    void backtickEscapesMakeWildcardCharactersLiteral() {
        String escaped = Wildcard.escape("demo[vm]*");
        assertFalse(Wildcard.hasWildcards(escaped));
        assertTrue(Wildcard.matches(escaped, "demo[vm]*"));
        assertFalse(Wildcard.matches(escaped, "demov"));
        assertEquals("demo[vm]*", Wildcard.unescape(escaped));
    }
}

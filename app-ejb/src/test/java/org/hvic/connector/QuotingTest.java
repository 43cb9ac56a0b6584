package org.hvic.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class QuotingTest {

    static Stream<String> hostileNames() {
        return HostileNames.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void powerShellLiteralIsOneTokenThatEvaluatesToTheName(String name) {
        String literal = PowerShellQuoting.literal(name);
        assertEquals(name, SingleQuotedLiteral.evaluate(literal));
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void shellWordIsOneWordThatEvaluatesToTheName(String name) throws Exception {
        String word = ShellQuoting.word(name);
        assertEquals(name, runSh("printf '%s' " + word));
        assertEquals("1", runSh("set -- " + word + "; printf '%s' \"$#\""), "one word");
    }

    @Test
    void curlyAndStraightQuotesAreDoubled() {
        assertEquals("'a''b'", PowerShellQuoting.literal("a'b"));
        assertEquals("'a\u2018\u2018b'", PowerShellQuoting.literal("a\u2018b"));
        assertEquals("'a\u2019\u2019b'", PowerShellQuoting.literal("a\u2019b"));
        assertEquals("'a\u201A\u201Ab'", PowerShellQuoting.literal("a\u201Ab"));
        assertEquals("'a\u201B\u201Bb'", PowerShellQuoting.literal("a\u201Bb"));
        assertEquals("'$(Stop-VM x)'", PowerShellQuoting.literal("$(Stop-VM x)"));
    }

    @Test
    void wildcardsAreEscapedWithABacktick() {
        assertEquals("demo`[vm`]", PowerShellQuoting.escapeWildcard("demo[vm]"));
        assertEquals("`*", PowerShellQuoting.escapeWildcard("*"));
        assertEquals("a`?b", PowerShellQuoting.escapeWildcard("a?b"));
        assertEquals("x``ny", PowerShellQuoting.escapeWildcard("x`ny"));
        assertEquals("'demo`[vm`]'", PowerShellScript.builder().wildcardLiteral("demo[vm]").build().text()
                .lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void shellWordEscapesTheSingleQuote() {
        assertEquals("'a'\\''b'", ShellQuoting.word("a'b"));
        assertThrows(IllegalArgumentException.class, () -> ShellQuoting.word("a\0b"));
    }

    @Test
    void guidsArePassedOnlyInCanonicalForm() {
        assertEquals("6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b11",
                InputValidation.guid("6B1F5D0E-6A5C-4D4E-9A39-1D0C4F6A8B11").toString());
        for (String bad : new String[] {"1-1-1-1-1", "6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b11'", "*",
                "{6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b11}", "6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b11\n", "", null}) {
            assertThrows(IllegalArgumentException.class, () -> InputValidation.guid(bad), String.valueOf(bad));
        }
    }

    @Test
    void pidsAreDigitsOnly() {
        assertEquals("1286", InputValidation.pid("1286"));
        for (String bad : new String[] {"-1", "0", "12 3", "1;reboot", "$(id)", "", "01", "12345678901", null}) {
            assertThrows(IllegalArgumentException.class, () -> InputValidation.pid(bad), String.valueOf(bad));
        }
    }

    @Test
    void serviceNamesComeOnlyFromTheKnownLists() {
        assertEquals(WindowsGuestService.VMICKVPEXCHANGE, WindowsGuestService.fromServiceName("vmickvpexchange").orElseThrow());
        assertEquals(WindowsGuestService.VMICRDV, WindowsGuestService.fromServiceName("VMICRDV").orElseThrow());
        assertTrue(WindowsGuestService.fromServiceName("vmic*").isEmpty());
        assertTrue(WindowsGuestService.fromServiceName("vmicvss; Stop-Computer").isEmpty());
        assertEquals(LinuxDaemon.HV_FCOPY_UIO_DAEMON, LinuxDaemon.fromDaemonName("hv_fcopy_uio_daemon").orElseThrow());
        assertTrue(LinuxDaemon.fromDaemonName("hv_kvp_daemon; reboot").isEmpty());
        assertTrue(LinuxDaemon.fromDaemonName("HV_KVP_DAEMON").isEmpty());
        assertEquals(IntegrationServiceType.GUEST_SERVICE_INTERFACE,
                IntegrationServiceType.fromGuid("6c09bb55-d683-4da0-8931-c9bf705f6480").orElseThrow());
        assertEquals("6C09BB55-D683-4DA0-8931-C9BF705F6480", IntegrationServiceType.componentGuidOf(
                "Microsoft:6B1F5D0E-6A5C-4D4E-9A39-1D0C4F6A8B11\\6C09BB55-D683-4DA0-8931-C9BF705F6480").orElseThrow());
        assertTrue(IntegrationServiceType.componentGuidOf("Guest Service Interface").isEmpty());
    }

    private static String runSh(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        return new String(output, StandardCharsets.UTF_8);
    }
}

package org.hvic.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's lsmod, ps -ef and compgen samples, as the check command prints them. */
class LinuxOutputParserTest {

    static String seedCheckOutput() throws IOException {
        try (InputStream in = LinuxOutputParserTest.class.getResourceAsStream("/connector/seed-check.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheSeedSamples() throws IOException {
        LinuxGuestState state = LinuxOutputParser.guestState(seedCheckOutput());
        assertTrue(state.hvUtilsLoaded());
        assertEquals(List.of("hv_utils", "hv_vmbus"), state.modules());
        assertEquals(new DaemonState("hv_kvp_daemon", true, true, List.of(1286, 9333),
                "/usr/lib/linux-tools/3.13.0-32-generic/hv_kvp_daemon"), state.daemon(LinuxDaemon.HV_KVP_DAEMON).orElseThrow());
        assertEquals(new DaemonState("hv_vss_daemon", true, true, List.of(9365),
                "/usr/lib/linux-tools/3.13.0-32-generic/hv_vss_daemon"), state.daemon(LinuxDaemon.HV_VSS_DAEMON).orElseThrow());
        assertEquals(new DaemonState("hv_fcopy_daemon", true, false, List.of(), null),
                state.daemon(LinuxDaemon.HV_FCOPY_DAEMON).orElseThrow(), "listed by compgen, not running");
        assertEquals(new DaemonState("hv_fcopy_uio_daemon", false, false, List.of(), null),
                state.daemon(LinuxDaemon.HV_FCOPY_UIO_DAEMON).orElseThrow());
    }

    @Test
    void aRunningDaemonIsInstalledEvenIfCompgenMissesIt() {
        String output = "##hvic:lsmod\nModule Size Used by\nhv_vmbus 61440 0\n##hvic:ps\n"
                + "root 77 1 0 10:00 ? 00:00:00 hv_fcopy_uio_daemon -n\n"
                + "root 78 1 0 10:00 ? 00:00:00 grep hv_kvp_daemon\n##hvic:compgen\n";
        LinuxGuestState state = LinuxOutputParser.guestState(output);
        assertFalse(state.hvUtilsLoaded());
        assertEquals(new DaemonState("hv_fcopy_uio_daemon", true, true, List.of(77), null),
                state.daemon(LinuxDaemon.HV_FCOPY_UIO_DAEMON).orElseThrow());
        assertFalse(state.daemon(LinuxDaemon.HV_KVP_DAEMON).orElseThrow().running(), "a grep for it is not it");
    }

    @Test
    void pidofOutputIsValidated() {
        assertEquals(List.of("9333", "1286"), LinuxOutputParser.pids("9333 1286\n"));
        assertEquals(List.of(), LinuxOutputParser.pids(""));
        assertThrows(IllegalArgumentException.class, () -> LinuxOutputParser.pids("12; reboot"));
    }

    @Test
    void outputWithoutSectionsIsMalformed() {
        assertThrows(MalformedOutputException.class, () -> LinuxOutputParser.guestState("bash: lsmod: command not found"));
    }
}

package org.hvic.simulator.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hvic.simulator.Seed;
import org.hvic.simulator.exec.CommandResult;
import org.hvic.simulator.fleet.Fleet;
import org.hvic.simulator.fleet.LinuxGuest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShInterpreterTest {
    private Fleet fleet;

    @BeforeEach
    void demo() {
        fleet = Fleet.demo();
    }

    private CommandResult run(String address, String script) {
        LinuxGuest g = fleet.linuxGuest(address).orElseThrow();
        return ShInterpreter.run(g, fleet.vmOf(g), g.user(), false, script);
    }

    @Test
    void seedSamples() {
        assertEquals(Seed.LSMOD_HV_UTILS, run(Seed.SEED_GUEST, "lsmod | grep hv_utils").stdout().strip());
        assertEquals(Seed.COMPGEN, run(Seed.SEED_GUEST, "compgen -c hv_").stdout().strip());
        assertEquals(Seed.COMPGEN, run(Seed.SEED_GUEST, "bash -c 'compgen -c hv_'").stdout().strip());
        List<String> ps = run(Seed.SEED_GUEST, "ps -ef | grep --color=auto hv").stdout().lines().toList();
        assertEquals("root       236     2  0 Jul11 ?        00:00:00 [hv_vmbus_con]", ps.get(0));
        assertEquals("root      1286     1  0 Jul11 ?        00:01:11 /usr/lib/linux-tools/3.13.0-32-generic/hv_kvp_daemon", ps.get(3));
        assertTrue(ps.get(6).matches("scooley +\\d+ +\\d+  0 \\d\\d:\\d\\d \\?        00:00:00 grep --color=auto hv"), ps.get(6));
        String module = run(Seed.SEED_GUEST, "lsmod").stdout().lines().findFirst().orElseThrow();
        assertEquals("Module                  Size   Used by", module);
    }

    @Test
    void connectorCheckCommand() {
        CommandResult r = run(Seed.SEED_GUEST, "echo '##hvic:lsmod'; lsmod; echo '##hvic:ps'; ps -ef; echo '##hvic:compgen'; "
                + "bash -c 'compgen -c hv_'");
        assertTrue(r.stdout().startsWith("##hvic:lsmod\nModule"));
        assertFalse(r.rejected());
    }

    @Test
    void stopAndRestartADaemonGivesANewPid() {
        CommandResult stop = run(Seed.SEED_GUEST, "sudo kill -15 `pidof hv_kvp_daemon`");
        assertEquals(0, stop.exitCode(), stop.stderr());
        assertEquals(1, run(Seed.SEED_GUEST, "pidof 'hv_kvp_daemon'").exitCode());
        assertEquals("installed", fleet.linuxGuest(Seed.SEED_GUEST).orElseThrow().daemonState("hv_kvp_daemon"));
        run(Seed.SEED_GUEST, "sudo -n 'hv_kvp_daemon'");
        String pid = run(Seed.SEED_GUEST, "pidof hv_kvp_daemon").stdout().strip();
        assertNotEquals("9333 1286", pid);
        assertTrue(pid.matches("\\d+"));
        assertEquals(2, stop.changes().size());
        assertEquals("9333 1286", stop.changes().get(0).before());
        assertEquals("", stop.changes().get(1).after());
    }

    @Test
    void permissionsAndSudoRights() {
        CommandResult kill = run(Seed.SEED_GUEST, "kill -15 $(pidof hv_vss_daemon)");
        assertEquals("bash: kill: (9365) - Operation not permitted\n", kill.stderr());
        CommandResult noSudo = run("127.0.2.5", "sudo -n kill -15 1");
        assertTrue(noSudo.stderr().contains("is not in the sudoers file"), noSudo.stderr());
        CommandResult root = run("127.0.2.3", "/usr/sbin/hv_vss_daemon && pidof hv_vss_daemon");
        assertTrue(root.stdout().strip().matches("\\d+"), root.stdout() + root.stderr());
        CommandResult absent = run("127.0.2.4", "hv_fcopy_daemon");
        assertEquals(127, absent.exitCode());
        assertFalse(absent.rejected());
    }

    @Test
    void unknownCommandsAreRejected() {
        CommandResult r = run(Seed.SEED_GUEST, "rm -rf /");
        assertEquals("bash: rm: command not found\n", r.stderr());
        assertEquals(127, r.exitCode());
        assertTrue(r.rejected());
        assertEquals(1, run(Seed.SEED_GUEST, "false || echo x && false").exitCode());
        assertEquals("a b\n", run(Seed.SEED_GUEST, "echo \"a\" 'b' | grep -v c").stdout());
    }
}

package org.hvic.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hvic.simulator.fleet.Fleet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real OpenSSH client runs the seed's commands against the simulator and gets the seed's output. */
class OpenSshClientTest {
    @TempDir
    Path tmp;

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private String ssh(int port, String target, String password, String command) throws Exception {
        List<String> cmd = new ArrayList<>();
        Path askpass = tmp.resolve("askpass-" + password + ".sh");
        Files.writeString(askpass, "#!/bin/sh\necho '" + password + "'\n");
        Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        if (onPath("sshpass")) {
            cmd.addAll(List.of("sshpass", "-p", password));
        }
        cmd.addAll(List.of("ssh", "-p", String.valueOf(port), "-o", "StrictHostKeyChecking=no", "-o",
                "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "PubkeyAuthentication=no", target, command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("SSH_ASKPASS", askpass.toString());
        pb.environment().put("SSH_ASKPASS_REQUIRE", "force");
        pb.environment().putIfAbsent("DISPLAY", ":0");
        Process p = pb.redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), err);
        return out;
    }

    @Test
    void seedCommandsThroughOpenSsh() throws Exception {
        assumeTrue(onPath("ssh"), "OpenSSH client (ssh) is not installed: skipping the real-client test");
        try (FleetSimulator sim = FleetSimulator.start(Fleet.demo(), 0, null)) {
            assertEquals(Seed.INTEGRATION_SERVICES,
                    Seed.normalize(ssh(sim.port(), "hvadmin@127.0.1.1", "secret", "Get-VMIntegrationService -VMName \"demovm\"")));
            assertEquals(Seed.SERVICES, Seed.normalize(ssh(sim.port(), "hvadmin@127.0.1.1", "secret",
                    Seed.CREDENTIAL + "Invoke-Command -VMName demovm -Credential $c -ScriptBlock {Get-Service -Name vm*}")));
            assertEquals(Seed.COMPGEN, ssh(sim.port(), "scooley@127.0.2.1", "guest-secret", "compgen -c hv_").strip());
            assertEquals(0, sim.journal().rejectedCount());
        }
    }
}

package org.hvic.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.hvic.simulator.exec.CommandLine;
import org.hvic.simulator.fleet.Fleet;
import org.hvic.simulator.journal.JournalEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshEndToEndTest {
    private static final String FAULTS = "hosts:\n"
            + "  - {name: AUTH, address: 127.0.9.1, os: Windows 10, user: hvadmin, password: secret, faults: {authFailure: true}}\n"
            + "  - {name: FAIL, address: 127.0.9.2, os: Windows 10, user: hvadmin, password: secret, faults: {failCommands: 1}}\n"
            + "  - {name: SLOW, address: 127.0.9.3, os: Windows 10, user: hvadmin, password: secret, faults: {latencyMs: 300}}\n"
            + "  - {name: KEY, address: 127.0.9.4, os: Windows 10, user: hvadmin, password: secret, faults: {hostKeyChanged: true}}\n"
            + "  - {name: DOWN, address: 127.0.9.5, os: Windows 10, user: hvadmin, password: secret, faults: {unreachable: true}}\n";

    @TempDir
    static Path tmp;
    private static FleetSimulator demo;
    private static FleetSimulator faulty;
    private static SshClient client;

    @BeforeAll
    static void start() {
        demo = FleetSimulator.start(Fleet.demo(), 0, tmp.resolve("journal.jsonl"));
        faulty = FleetSimulator.start(Fleet.parse(FAULTS), 0, null, tmp.resolve("keys"));
        client = SshClient.setUpDefaultClient();
        client.start();
    }

    @AfterAll
    static void stop() throws Exception {
        client.stop();
        demo.close();
        faulty.close();
    }

    record Answer(String out, String err, int exit, PublicKey key) {
    }

    static Answer exec(FleetSimulator sim, String address, String user, String password, String command) throws Exception {
        AtomicReference<PublicKey> key = new AtomicReference<>();
        client.setServerKeyVerifier((session, remote, serverKey) -> {
            key.set(serverKey);
            return true;
        });
        try (ClientSession session = client.connect(user, address, sim.port()).verify(Duration.ofSeconds(10)).getSession()) {
            session.addPasswordIdentity(password);
            session.auth().verify(Duration.ofSeconds(10));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (ChannelExec channel = session.createExecChannel(command)) {
                channel.setOut(out);
                channel.setErr(err);
                channel.open().verify(Duration.ofSeconds(10));
                channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(20));
                return new Answer(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                        channel.getExitStatus(), key.get());
            }
        }
    }

    @Test
    void encodedCommandOverSshIsJournaledWithThePasswordRedacted() throws Exception {
        String script = Seed.CREDENTIAL + "Get-VMIntegrationService -VMName 'demovm'";
        Answer a = exec(demo, "127.0.1.1", "hvadmin", "secret",
                "powershell.exe -NoProfile -NonInteractive -EncodedCommand " + CommandLine.encode(script));
        assertEquals(Seed.INTEGRATION_SERVICES, Seed.normalize(a.out()));
        assertEquals(0, a.exit());
        JournalEntry last = demo.journal().entriesFor("127.0.1.1").get(demo.journal().entriesFor("127.0.1.1").size() - 1);
        assertTrue(last.script().contains("-String '***'") && !last.script().contains("guest-secret"), last.script());
        demo.close();
        String file = Files.readString(tmp.resolve("journal.jsonl"));
        assertTrue(file.contains("\"verdict\":\"accepted\"") && !file.contains("guest-secret"), file);
        demo = FleetSimulator.start(Fleet.demo(), 0, null);
    }

    @Test
    void linuxGuestAnswersAtItsOwnAddress() throws Exception {
        Answer a = exec(demo, "127.0.2.1", "scooley", "guest-secret", "lsmod | grep hv_utils");
        assertEquals(Seed.LSMOD_HV_UTILS, a.out().strip());
        assertThrows(Exception.class, () -> exec(demo, "127.0.2.1", "scooley", "wrong", "true"));
    }

    @Test
    void faults() throws Exception {
        assertThrows(Exception.class, () -> exec(faulty, "127.0.9.1", "hvadmin", "secret", "Get-VM"));
        Answer failed = exec(faulty, "127.0.9.2", "hvadmin", "secret", "Get-VM");
        assertEquals(1, failed.exit());
        assertTrue(failed.err().startsWith("Get-VM : "), failed.err());
        assertEquals(0, exec(faulty, "127.0.9.2", "hvadmin", "secret", "Get-VM").exit());
        long start = System.nanoTime();
        exec(faulty, "127.0.9.3", "hvadmin", "secret", "Get-VM");
        assertTrue(System.nanoTime() - start >= 300_000_000L);
        assertThrows(ConnectException.class, () -> new Socket("127.0.9.5", faulty.port()).close());
        PublicKey stable = exec(faulty, "127.0.9.3", "hvadmin", "secret", "Get-VM").key();
        assertTrue(Files.exists(tmp.resolve("keys").resolve("127.0.9.3.key")));
        assertTrue(!Files.exists(tmp.resolve("keys").resolve("127.0.9.4.key")));
        PublicKey changed = exec(faulty, "127.0.9.4", "hvadmin", "secret", "Get-VM").key();
        assertTrue(!stable.equals(changed));
        try (FleetSimulator again = FleetSimulator.start(Fleet.parse(FAULTS), 0, null, tmp.resolve("keys"))) {
            assertEquals(stable, exec(again, "127.0.9.3", "hvadmin", "secret", "Get-VM").key());
        }
    }
}

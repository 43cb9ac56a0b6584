package org.hvic.bench.support;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/**
 * The refresh baseline: bare SSH exec round trips with Apache MINA's client, one session per command (as hvic's
 * SshExecutor does): connect, password auth, exec {@code Write-Output ok}, read, close.
 */
public final class BareSsh {

    private BareSsh() {
    }

    /** Runs {@code perAddress[i]} round trips against each address with {@code concurrency} threads; seconds. */
    public static double run(List<String> addresses, List<Integer> perAddress, int port, String user, String password,
            int concurrency) throws Exception {
        return run(addresses, perAddress, port, user, password, concurrency, "Write-Output ok");
    }

    /** The same with another command, e.g. {@link #powershell} of the script a refresh sends. */
    public static double run(List<String> addresses, List<Integer> perAddress, int port, String user, String password,
            int concurrency, String command) throws Exception {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> true); // the baseline verifies nothing
        client.start();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger failures = new AtomicInteger();
        try {
            long t0 = System.nanoTime();
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < addresses.size(); i++) {
                String address = addresses.get(i);
                int n = perAddress.get(i);
                for (int k = 0; k < n; k++) {
                    futures.add(pool.submit(() -> {
                        if (!exec(client, address, port, user, password, command)) {
                            failures.incrementAndGet();
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (failures.get() > 0) {
                Stack.log("bare SSH: " + failures.get() + " round trips failed");
            }
            return seconds;
        } finally {
            pool.shutdownNow();
            client.stop();
        }
    }

    /** The exec request hvic's connector sends for a script (PowerShellScript.commandLine). */
    public static String powershell(String script) {
        return "powershell.exe -NoProfile -NonInteractive -EncodedCommand "
                + java.util.Base64.getEncoder().encodeToString(script.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    }

    private static boolean exec(SshClient client, String address, int port, String user, String password,
            String command) throws Exception {
        try (ClientSession session = client.connect(user, new InetSocketAddress(address, port)).verify(
                Duration.ofSeconds(10)).getSession()) {
            session.addPasswordIdentity(password);
            session.auth().verify(Duration.ofSeconds(10));
            try (ChannelExec channel = session.createExecChannel(command)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                channel.setOut(out);
                channel.setErr(new ByteArrayOutputStream());
                channel.open().verify(Duration.ofSeconds(10));
                channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(30));
                return out.size() > 0;
            }
        }
    }
}

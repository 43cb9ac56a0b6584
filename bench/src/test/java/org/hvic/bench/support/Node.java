package org.hvic.bench.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hvic.launcher.ApiClient;
import org.hvic.launcher.WildFly;

/**
 * One WildFly node of a benchmark or resilience stack: the launcher's {@link WildFly} with its own base directory and
 * a socket-binding port offset (so it never meets the 8080/9990 of a developer's or CI's server), killed hard or
 * stopped gracefully only through the process this stack started.
 */
public final class Node implements AutoCloseable {

    private final String name;
    private final int offset;
    private final Path baseDir;
    private final Map<String, String> env;
    private final Path ear;
    private WildFly wildfly;

    Node(String name, int offset, Path baseDir, Map<String, String> env, Path ear) {
        this.name = name;
        this.offset = offset;
        this.baseDir = baseDir;
        this.ear = ear;
        this.env = new HashMap<>(env);
        this.env.put("HVIC_NODE_NAME", name);
        this.env.put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djboss.socket.binding.port-offset="
                + offset + " " + System.getenv().getOrDefault("HVIC_BENCH_JAVA_OPTS", "") // e.g. a JFR recording to
                .replace("{node}", name)); // ...filename=/tmp/{node}.jfr: one file per node
    }

    public String name() {
        return name;
    }

    /** The EAR this node deploys: the one given to {@link Stack#node(String, int, Path)}, else {@code hvic.ear}. */
    public Path ear() {
        return ear != null ? ear : Path.of(Stack.required("hvic.ear"));
    }

    /** The server's log file (its base directory's log/server.log). */
    public Path serverLog() {
        return baseDir.resolve("log/server.log");
    }

    public int httpPort() {
        return 8080 + offset;
    }

    public String apiBase() {
        return "http://localhost:" + httpPort() + "/hvic/api/v1";
    }

    public String appBase() {
        return "http://localhost:" + httpPort() + "/hvic";
    }

    public ApiClient api(String user, String password) {
        return new ApiClient(apiBase(), user, password);
    }

    /** Starts the server and waits until its readiness check and the API answer. */
    public Node start() throws IOException, InterruptedException {
        for (int port : new int[] {8080 + offset, 9990 + offset, 8443 + offset}) {
            requireFree(port);
        }
        Stack.log("starting WildFly " + name + " (port offset " + offset + ", base dir " + baseDir + ", " + ear()
                .getFileName() + ")");
        long t0 = System.nanoTime();
        wildfly = WildFly.start(Path.of(Stack.required("hvic.wildfly.home")), baseDir, ear(), env);
        awaitReady(Duration.ofMinutes(6));
        Stack.log("WildFly " + name + " ready after " + (System.nanoTime() - t0) / 1_000_000_000 + " s (pid "
                + pid() + ")");
        return this;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            int app;
            if (status(http, "http://localhost:" + (9990 + offset) + "/health/ready") == 200
                    && (app = status(http, appBase() + "/")) >= 200 && app < 400) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("WildFly " + name + " did not become ready within " + timeout.toMinutes()
                + " minutes; see " + baseDir.resolve("log/server.log"));
    }

    private static int status(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void requireFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use: another server runs with this port offset;"
                    + " choose another with -Dhvic.bench.port-offset=...");
        }
    }

    public long pid() {
        return wildfly.serverJvm().map(ProcessHandle::pid).orElse(-1L);
    }

    /** kill -9 of the server JVM (SIGKILL through its process handle: no shutdown hook, no graceful stop). */
    public void kill() throws Exception {
        ProcessHandle jvm = wildfly.serverJvm().orElseThrow(() -> new IllegalStateException("no WildFly JVM"));
        Stack.log("kill -9 of WildFly " + name + " (pid " + jvm.pid() + ")");
        jvm.destroyForcibly();
        jvm.onExit().get(60, TimeUnit.SECONDS);
        wildfly.close(); // reaps standalone.sh; the JVM is gone already
        wildfly = null;
    }

    /**
     * The JVM's heap after a full GC and before it, in MiB, through {@code jcmd} (the management API would need a
     * management user): {"usedBeforeGc", "usedAfterGc", "committed"}.
     */
    public long[] heapMiB() throws IOException, InterruptedException {
        long before = heapUsed(jcmd("GC.heap_info"));
        jcmd("GC.run");
        String after = jcmd("GC.heap_info");
        Matcher committed = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(after);
        long committedK = committed.find() ? Long.parseLong(committed.group(1)) : -1;
        return new long[] {before / 1024, heapUsed(after) / 1024, committedK / 1024};
    }

    private static long heapUsed(String heapInfo) {
        Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(heapInfo);
        return m.find() ? Long.parseLong(m.group(2)) : -1;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid()), command).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    public boolean running() {
        return wildfly != null && wildfly.serverJvm().map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public void close() throws Exception {
        if (wildfly != null) {
            Stack.log("stopping WildFly " + name);
            wildfly.close();
            wildfly = null;
        }
    }

    @Override
    public String toString() {
        return "WildFly " + name;
    }
}

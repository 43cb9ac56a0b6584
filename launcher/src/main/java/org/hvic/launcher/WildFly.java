package org.hvic.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * WildFly as a child process, from the server module's configured installation, with its own base directory under
 * {@code .hvic/wildfly} (configuration copied fresh each run, the EAR in its deployments folder).
 */
public final class WildFly implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final Path pidFile;

    private WildFly(Process process, Path pidFile) {
        this.process = process;
        this.pidFile = pidFile;
    }

    public static WildFly start(Path home, Path baseDir, Path ear, Map<String, String> env) throws IOException {
        if (!Files.isRegularFile(home.resolve("standalone/configuration/standalone-full.xml"))) {
            throw new IllegalStateException("no configured WildFly at " + home);
        }
        if (!Files.isRegularFile(ear)) {
            throw new IllegalStateException("the EAR is not built: " + ear);
        }
        copyTree(home.resolve("standalone/configuration"), baseDir.resolve("configuration"));
        Path deployments = baseDir.resolve("deployments");
        Files.createDirectories(deployments);
        try (Stream<Path> old = Files.list(deployments)) {
            for (Path p : old.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.copy(ear, deployments.resolve("hvic.ear"), StandardCopyOption.REPLACE_EXISTING);
        Path pidFile = baseDir.resolve("wildfly.pid");
        Files.deleteIfExists(pidFile);

        ProcessBuilder pb = new ProcessBuilder(List.of(home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full.xml", "-Djboss.server.base.dir=" + baseDir.toAbsolutePath()));
        pb.environment().putAll(env);
        pb.environment().put("JBOSS_HOME", home.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        pb.environment().put("JBOSS_PIDFILE", pidFile.toString());
        pb.environment().putIfAbsent("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true");
        pb.inheritIO();
        HvicLauncher.log("starting WildFly from " + home);
        return new WildFly(pb.start(), pidFile);
    }

    /** Waits until the readiness check answers 200 and the dashboard is served. */
    boolean awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (answers200(http, "http://localhost:9990/health/ready") && answers200(http, "http://localhost:8080/hvic/")) {
                return true;
            }
            Thread.sleep(1000);
        }
        HvicLauncher.log(process.isAlive() ? "WildFly did not become ready in " + READY_TIMEOUT.toMinutes()
                + " minutes; see the log above" : "WildFly ended during start-up");
        return false;
    }

    private static boolean answers200(HttpClient http, String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    int awaitExit() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() throws Exception {
        Optional<ProcessHandle> java = serverJvm();
        if (process.isAlive() || java.map(ProcessHandle::isAlive).orElse(false)) {
            HvicLauncher.log("stopping WildFly");
        }
        java.ifPresent(ProcessHandle::destroy); // SIGTERM: WildFly shuts down gracefully
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (java.isPresent()) {
            ProcessHandle jvm = java.get();
            try {
                jvm.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                jvm.destroyForcibly();
            }
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
    }

    /** The server's JVM (from the pid file, else the process tree), e.g. to kill it hard in a crash test. */
    public Optional<ProcessHandle> serverJvm() {
        try {
            if (Files.isRegularFile(pidFile)) {
                return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
            }
        } catch (IOException | NumberFormatException e) {
            // fall through to the process tree
        }
        return process.descendants().findFirst();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "WildFly";
    }
}

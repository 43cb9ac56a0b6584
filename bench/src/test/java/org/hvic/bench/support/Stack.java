package org.hvic.bench.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.hvic.launcher.ApiClient;
import org.hvic.launcher.Lifecycle;
import org.hvic.simulator.FleetSimulator;
import org.hvic.simulator.fleet.Fleet;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.ssh.HostKeys;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What one benchmark or resilience test runs on: its own embedded PostgreSQL, simulated fleets and WildFly nodes, all
 * under {@code bench/target/bench-work/<name>}. {@link #close()} stops exactly what this stack started, newest first.
 */
public final class Stack implements AutoCloseable {

    public static final String ADMIN = "admin";

    private final Path work;
    private final Lifecycle started = new Lifecycle();
    private final Map<String, String> env = new HashMap<>();
    private final String secretKey;
    private final String adminPassword;
    private EmbeddedPostgres postgres;
    private FleetSimulator simulator;
    private Path keyDir;

    private Stack(Path work) {
        this.work = work;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secretKey = Base64.getEncoder().encodeToString(key);
        this.adminPassword = "bench-" + Long.toHexString(new SecureRandom().nextLong());
        env.put("HVIC_SECRET_KEY", secretKey);
        env.put("HVIC_ADMIN_PASSWORD", adminPassword);
        env.put("HVIC_DEMO_USERS", "false");
        // a run stopped with Ctrl-C (or a timed-out fork) still stops what it started; stopping twice is a no-op
        Runtime.getRuntime().addShutdownHook(new Thread(started::stopAll, "hvic-bench-stop"));
    }

    public static Stack create(String name) throws IOException {
        Path work = Path.of(System.getProperty("hvic.bench.work", "target/bench-work")).toAbsolutePath().resolve(name);
        if (Files.exists(work)) {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Files.createDirectories(work);
        return new Stack(work);
    }

    public Path work() {
        return work;
    }

    public String adminPassword() {
        return adminPassword;
    }

    /** Settings passed to every node started afterwards (MicroProfile Config reads them as env vars). */
    public Stack env(String key, String value) {
        env.put(key, value);
        return this;
    }

    public Stack startDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("pgdata"))
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track", "all")
                .start();
        started.started(() -> {
            log("stopping the embedded PostgreSQL");
            postgres.close();
        });
        env.put("HVIC_DB_URL", jdbcUrl());
        env.put("HVIC_DB_USER", "postgres");
        env.put("HVIC_DB_PASSWORD", "postgres");
        log("embedded PostgreSQL on port " + postgres.getPort());
        return this;
    }

    /** CPU seconds used so far by the node's WildFly, this JVM and the database. */
    public CpuTimes cpu(Node node) {
        return CpuTimes.read(node.pid(), work.resolve("pgdata"));
    }

    /**
     * Waits until a freshly started node has settled: its JIT compiler threads, busy for minutes after start-up on 2
     * cores with what WildFly's boot made hot, used less than a tenth of a core over 5 s (at most {@code limit}).
     * A server in production is measured after such minutes too. Returns how long it took, for the results.
     */
    public Duration awaitSettled(Node node, Duration limit) throws InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + limit.toNanos();
        CpuTimes last = cpu(node);
        boolean settled = false;
        while (!settled && System.nanoTime() < deadline) {
            Thread.sleep(5000);
            CpuTimes now = cpu(node);
            settled = now.minus(last).wildflyJit() < 0.5;
            last = now;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        log("WildFly " + node.name() + (settled ? " settled" : " still compiling") + " " + took.toSeconds()
                + " s after it was ready (JIT compiler threads below a tenth of a core over 5 s)");
        return took;
    }

    /** The statements that took PostgreSQL longest since the last reset, for whoever looks for the next bottleneck. */
    public void printTopStatements(String label) throws SQLException {
        rows("""
                SELECT calls, round(total_exec_time), left(regexp_replace(query, '\\s+', ' ', 'g'), 110)
                  FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 12""")
                .forEach(r -> System.out.println("[hvic-bench] " + label + " SQL: " + r[0] + " calls, " + r[1]
                        + " ms: " + r[2]));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public Connection jdbc() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }

    /** Starts the fleet on a random port, with its host keys under the work folder and a journal file. */
    public FleetSimulator startFleet(Fleet fleet) {
        keyDir = work.resolve("simulator-keys");
        simulator = FleetSimulator.start(fleet, 0, work.resolve("simulator-journal.jsonl"), keyDir);
        started.started(() -> {
            log("stopping the simulator");
            simulator.close();
        });
        log("simulator: " + fleet.hosts().size() + " hosts, " + fleet.vmCount() + " VMs on port " + simulator.port());
        return simulator;
    }

    public FleetSimulator simulator() {
        return simulator;
    }

    public Node node(String name, int offset) {
        return node(name, offset, null);
    }

    /** A node that deploys another EAR than {@code hvic.ear} (null: hvic.ear), e.g. the benchmark's no-op variant. */
    public Node node(String name, int offset, Path ear) {
        Node node = new Node(name, offset, work.resolve("wildfly-" + name), env, ear);
        started.started(node);
        return node;
    }

    public static int portOffset() {
        return Integer.getInteger("hvic.bench.port-offset", 300);
    }

    public static int secondPortOffset() {
        return Integer.getInteger("hvic.bench.second-port-offset", 400);
    }

    public ApiClient api(Node node) {
        return node.api(ADMIN, adminPassword);
    }

    /**
     * Registers hosts with SQL, as {@code POST /hosts} and an approved host key would leave them: credentials sealed
     * exactly like {@code org.hvic.inventory.CredentialCipher} ("v1:" + base64(iv | AES-GCM ciphertext with its
     * 128-bit tag), 12-byte IV, key = HVIC_SECRET_KEY) and the SHA-256 fingerprint of the key the simulator presents
     * for the host's address (read from the simulator's key directory) approved. Returns host ids by name.
     */
    public Map<String, Long> registerHosts(List<Host> hosts, boolean guestAccounts) throws SQLException {
        HostKeys keys = new HostKeys(keyDir, a -> false);
        Map<String, Long> ids = new HashMap<>();
        try (Connection c = jdbc(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO host (name, address, port, os_name, username, password_secret, guest_username,
                                  guest_password_secret, approved_host_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            c.setAutoCommit(false);
            for (Host h : hosts) {
                ps.setString(1, h.name());
                ps.setString(2, h.address());
                ps.setInt(3, simulator.port());
                ps.setString(4, h.os());
                ps.setString(5, h.user());
                ps.setString(6, encrypt(passwordOf(h)));
                ps.setString(7, guestAccounts ? "Administrator" : null);
                ps.setString(8, guestAccounts ? encrypt("guest-secret") : null);
                ps.setString(9, h.faults().unreachable() ? null
                        : KeyUtils.getFingerPrint(BuiltinDigests.sha256, keys.key(h.address()).getPublic()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ids.put(h.name(), rs.getLong(1));
                }
            }
            c.commit();
        }
        return ids;
    }

    /** The generated and bench fleets use "secret" for every host (the simulator API does not expose passwords). */
    private static String passwordOf(Host h) {
        return "secret";
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[12];
            new SecureRandom().nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(secretKey), "AES"),
                    new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- SQL helpers ----

    public long count(String sql, Object... params) throws SQLException {
        try (Connection c = jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public List<Object[]> rows(String sql, Object... params) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Waits until no operation is QUEUED or RUNNING (optionally only those matching a WHERE clause). */
    public void awaitOperationsFinal(String where, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long open = -1;
        long lastLog = 0;
        // one branch per state, so that each reads the queue's partial index of that state: an IN over both states
        // scans the whole table (25 ms at 10,000+ operations), CPU taken from what the caller measures
        String and = where == null ? "" : " AND (" + where + ")";
        while (System.nanoTime() < deadline) {
            open = count("SELECT count(*) FROM (SELECT id FROM operation WHERE state = 'QUEUED'" + and
                    + " UNION ALL SELECT id FROM operation WHERE state = 'RUNNING'" + and + ") open");
            if (open == 0) {
                return;
            }
            if (System.nanoTime() - lastLog > 15_000_000_000L) {
                log(open + " operations still queued or running");
                lastLog = System.nanoTime();
            }
            Thread.sleep(500);
        }
        throw new AssertionError(open + " operations still open after " + timeout.toSeconds() + " s");
    }

    /** Waits until the refresh scheduler has refreshed the given number of hosts (their first REFRESH_HOST ended). */
    public void awaitFirstRefresh(int hosts, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (count("SELECT count(DISTINCT host_id) FROM operation WHERE type = 'REFRESH_HOST'"
                    + " AND state IN ('SUCCEEDED', 'FAILED')") >= hosts) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the hosts were not refreshed within " + timeout.toSeconds() + " s");
    }

    /** Queues one operation per VM through the API (at most 1,000 VMs per request); returns the operation ids. */
    public List<Long> enqueue(ApiClient api, String type, String service, List<Long> vmIds) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < vmIds.size(); i += 1000) {
            jakarta.json.JsonArrayBuilder list = jakarta.json.Json.createArrayBuilder();
            vmIds.subList(i, Math.min(vmIds.size(), i + 1000)).forEach(list::add);
            jakarta.json.JsonObject receipt = (jakarta.json.JsonObject) api.post("/operations", jakarta.json.Json
                    .createObjectBuilder().add("type", type).add("service", service).add("vmIds", list).build()
                    .toString());
            receipt.getJsonArray("operations").forEach(o -> ids.add(o.asJsonObject().getJsonNumber("id")
                    .longValue()));
        }
        return ids;
    }

    /** VM ids by whether Guest Service Interface is enabled (key true) or not (false), for toggling operations. */
    public Map<Boolean, List<Long>> guestServiceInterface(String where) throws SQLException {
        Map<Boolean, List<Long>> byState = new HashMap<>(Map.of(true, new ArrayList<>(), false, new ArrayList<>()));
        for (Object[] r : rows("SELECT v.id, s.enabled FROM virtual_machine v JOIN vm_integration_service s"
                + " ON s.vm_id = v.id JOIN host h ON h.id = v.host_id WHERE s.display_name = 'Guest Service Interface'"
                + (where == null ? "" : " AND (" + where + ")") + " ORDER BY v.id")) {
            byState.get((Boolean) r[1]).add(((Number) r[0]).longValue());
        }
        return byState;
    }

    /** Queues a flip of Guest Service Interface on each of these VMs (enable where disabled and vice versa). */
    public List<Long> toggleGuestServiceInterface(ApiClient api, Map<Boolean, List<Long>> byState) throws Exception {
        List<Long> ops = new ArrayList<>(enqueue(api, "ENABLE_INTEGRATION_SERVICE", "Guest Service Interface",
                byState.get(false)));
        ops.addAll(enqueue(api, "DISABLE_INTEGRATION_SERVICE", "Guest Service Interface", byState.get(true)));
        return ops;
    }

    public static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (run through ./mvnw -Pbench"
                    + " or -Presilience)");
        }
        return value;
    }

    public static void log(String message) {
        System.out.println("[hvic-bench] " + message);
        System.out.flush();
    }

    @Override
    public void close() {
        started.stopAll();
    }
}

package org.hvic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.hvic.bench.support.Node;
import org.hvic.bench.support.NoopEar;
import org.hvic.bench.support.Results;
import org.hvic.bench.support.Stack;
import org.hvic.launcher.ApiClient;
import org.hvic.simulator.FleetSimulator;
import org.hvic.simulator.fleet.Fleet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fleet-scale benchmarks of issue 7 on one WildFly (port offset 300) against a generated fleet of 1,000 hosts and
 * 20,000 VMs: refresh, queue (the real SSH path, then with a no-op connector on a node started with a variant of the
 * EAR), compliance, lists, memory. Each prints one table row with a baseline measured in the same run; nothing
 * asserts a time. Results go to bench/results/latest.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetBenchmark {

    static final int HOSTS = Integer.getInteger("hvic.bench.hosts", 1000);
    static final int VMS_PER_HOST = Integer.getInteger("hvic.bench.vms-per-host", 20);
    static final int OPERATIONS = Integer.getInteger("hvic.bench.operations", 10_000);
    static final int WORKERS = 8;

    final Results results = new Results();
    Stack stack;
    Node node;
    ApiClient api;
    Fleet fleet;
    FleetSimulator simulator;
    long[] heapAtStart;
    double bareSshPerSecond = Double.NaN;

    @BeforeAll
    void start() throws Exception {
        stack = Stack.create("bench");
        stack.env("HVIC_REFRESH_INTERVAL", "PT24H")      // one refresh per host: the benchmark's own
                .env("HVIC_COMPLIANCE_SCHEDULE", "off")
                .env("HVIC_OPERATIONS_WORKERS", String.valueOf(WORKERS))
                .startDatabase();
        fleet = Fleet.generate(HOSTS, VMS_PER_HOST, 7);
        simulator = stack.startFleet(fleet);
        node = stack.node("bench", Stack.portOffset()).start();
        api = stack.api(node);
        heapAtStart = node.heapMiB();
        Duration settled = stack.awaitSettled(node, Duration.ofMinutes(3));
        results.note("Machine: " + Runtime.getRuntime().availableProcessors() + " CPU cores visible, shared with other"
                + " builds; one WildFly 39 at a time (-Xmx1g, " + WORKERS + " operation workers, 4 per host), embedded "
                + "PostgreSQL 17 (Zonky), the simulator in the test JVM, all on the same machine. Order: the node with "
                + "hvic.ear runs the refresh, the real-SSH queue, compliance, lists and memory; then it is stopped and a"
                + " node with hvic-noop.ear runs the no-op queue on the same database. Each node is measured once it has"
                + " settled after start-up: its JIT compiler threads below a tenth of a core over 5 s (the first node"
                + " after " + settled.toSeconds() + " s).");
    }

    @AfterAll
    void stop() throws Exception {
        try {
            results.write(Runtime.getRuntime().availableProcessors() + " shared CPU cores, "
                    + Math.round(((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getTotalMemorySize() / (double) (1L << 30)) + " GiB RAM (the project's build machine)");
            System.out.println(results.table());
        } finally {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void fleetRefresh() throws Exception {
        bareSshPerSecond = new RefreshRun(stack, simulator, results, fleet, node, WORKERS).measure();
    }

    @Test
    @Order(2)
    void queue() throws Exception {
        List<Long> vmIds = new ArrayList<>();
        for (Object[] r : stack.rows("SELECT id FROM virtual_machine ORDER BY id LIMIT " + OPERATIONS)) {
            vmIds.add(((Number) r[0]).longValue());
        }
        int before = simulator.journal().size();
        long t0 = System.nanoTime();
        for (int i = 0; i < vmIds.size(); i += 1000) {
            JsonArrayBuilder ids = Json.createArrayBuilder();
            vmIds.subList(i, Math.min(vmIds.size(), i + 1000)).forEach(ids::add);
            api.post("/operations", Json.createObjectBuilder().add("type", "ENABLE_INTEGRATION_SERVICE")
                    .add("service", "Guest Service Interface").add("vmIds", ids).build().toString());
        }
        double enqueue = (System.nanoTime() - t0) / 1e9;
        stack.awaitOperationsFinal(null, Duration.ofMinutes(30));
        Object[] row = stack.rows("""
                SELECT extract(epoch FROM max(finished_at) - min(started_at)),
                       count(*) FILTER (WHERE state = 'SUCCEEDED'), count(*),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM started_at - requested_at)),
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM started_at - requested_at))
                  FROM operation WHERE type = 'ENABLE_INTEGRATION_SERVICE'""").get(0);
        double run = ((Number) row[0]).doubleValue();
        long ops = ((Number) row[2]).longValue();
        double rate = ops / run;
        int roundTrips = simulator.journal().size() - before;

        // responsiveness of an idle queue: single-VM requests one at a time, enqueue -> start
        List<Double> idle = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            JsonObject receipt = (JsonObject) api.post("/operations", ApiClient.json("type",
                    "DISABLE_INTEGRATION_SERVICE", "service", "Guest Service Interface").replace("}",
                    ",\"vmIds\":[" + vmIds.get(i) + "]}"));
            long id = receipt.getJsonArray("operations").getJsonObject(0).getJsonNumber("id").longValue();
            stack.awaitOperationsFinal("id = " + id, Duration.ofMinutes(1));
            idle.add(((Number) stack.rows("SELECT extract(epoch FROM started_at - requested_at) FROM operation"
                    + " WHERE id = ?", id).get(0)[0]).doubleValue() * 1000);
        }
        Collections.sort(idle);

        double baselineRate = OPERATIONS / jdbcBaseline(OPERATIONS, WORKERS);
        results.add("Queue, real SSH path: enqueue (POST /operations, 1,000 VMs per request)", ops + " operations",
                Results.num(ops / enqueue) + " operations/s", Results.num(baselineRate)
                        + " insert+update transactions/s (plain JDBC, " + WORKERS + " connections)",
                Results.ratio(ops / enqueue / baselineRate), "—");
        results.add("Queue, real SSH path: claim + execute + complete, " + WORKERS + " workers", ops
                + " operations (" + row[1] + " succeeded), " + roundTrips + " SSH round trips", Results.num(rate)
                + " operations/s",
                Results.num(baselineRate) + " insert+update transactions/s; " + Results.num(bareSshPerSecond)
                        + " bare SSH round trips/s (refresh baseline)", Results.ratio(rate / baselineRate) + "; "
                        + Results.ratio(rate / bareSshPerSecond) + " of bare SSH", "≥ 0.50 (of JDBC)");
        results.add("Queue, real SSH path: enqueue → start latency", ops
                + " queued at once; 50 single requests on an idle queue",
                "backlog p50 " + Results.num(((Number) row[3]).doubleValue()) + " s, p99 "
                        + Results.num(((Number) row[4]).doubleValue()) + " s; idle p50 "
                        + Results.num(Results.percentile(idle, 50)) + " ms, p99 "
                        + Results.num(Results.percentile(idle, 99)) + " ms",
                "—", "—", "—");
        results.note("Queue, real SSH path: no test-only connector: ENABLE_INTEGRATION_SERVICE (Guest Service "
                + "Interface) on " + ops + " distinct VMs of simulator hosts with 0 ms latency, i.e. per operation a "
                + "claim (advisory lock + FOR UPDATE SKIP LOCKED), one SSH session running Enable-VMIntegrationService"
                + " with its read-back, and the completion transaction (operation, attempt, inventory, service "
                + "history, audit entry). The rate is operations / (last completion − first claim). The baseline "
                + "runs the same number of single-row INSERT and UPDATE transactions (autocommit) on a two-column "
                + "table from " + WORKERS + " JDBC connections against the same PostgreSQL (measured right after "
                + "this run; the no-op rows measure their own right before and after their round). Backlog latency is "
                + "dominated by the backlog itself (all queued at once); the idle latency is what a single request "
                + "sees (the dispatcher is woken after commit, polls every 1 s otherwise).");
    }

    /**
     * The queue benchmark proper: the same kind of operations with a connector that answers at once, so that
     * the queue is measured, not SSH. The node with hvic.ear is stopped; a node with the same settings and database
     * but the no-op EAR ({@link NoopEar}) runs OPERATIONS operations. Last, so that every other row is measured on
     * the first node.
     */
    @Test
    @Order(6)
    void queueNoop() throws Exception {
        Path ear = NoopEar.build(node.ear(), stack.work().resolve("hvic-noop.ear"));
        node.close();
        Node noop = stack.node("bench-noop", Stack.portOffset(), ear);
        try {
            noop.start();
            stack.awaitSettled(noop, Duration.ofMinutes(3));
            new NoopQueueRun(stack, simulator, results, OPERATIONS, WORKERS).measure(noop,
                    () -> jdbcBaseline(OPERATIONS, WORKERS));
        } finally {
            noop.close();
        }
    }

    private double jdbcBaseline(int n, int threads) throws Exception {
        stack.execute("DROP TABLE IF EXISTS bench_baseline");
        stack.execute("CREATE TABLE bench_baseline (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " state VARCHAR(16) NOT NULL)");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                try (Connection c = stack.jdbc();
                        PreparedStatement insert = c.prepareStatement(
                                "INSERT INTO bench_baseline (state) VALUES ('QUEUED') RETURNING id");
                        PreparedStatement update = c.prepareStatement(
                                "UPDATE bench_baseline SET state = 'SUCCEEDED' WHERE id = ?")) {
                    while (done.incrementAndGet() <= n) {
                        long id;
                        try (ResultSet rs = insert.executeQuery()) {
                            rs.next();
                            id = rs.getLong(1);
                        }
                        update.setLong(1, id);
                        update.executeUpdate();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return (System.nanoTime() - t0) / 1e9;
    }

    @Test
    @Order(3)
    void compliance() throws Exception {
        stack.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        stack.execute("SELECT pg_stat_statements_reset()");
        HttpClient http = HttpClient.newBuilder().build();
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.apiBase()
                + "/compliance/runs")).timeout(Duration.ofMinutes(10)).header("Authorization", basic())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(201, response.statusCode(), response.body());
        // statements of this run only: the dispatcher's idle polling (claims, lease maintenance) is left out
        List<Object[]> top = stack.rows("""
                SELECT calls, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) FROM pg_stat_statements
                 WHERE query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%advisory%'
                   AND query NOT ILIKE '%FROM operation o JOIN host%' AND query NOT ILIKE '%UPDATE operation SET%'
                   AND query NOT ILIKE '%INSERT INTO operation%'
                 ORDER BY calls DESC""");
        long statements = top.stream().mapToLong(r -> ((Number) r[0]).longValue()).sum();
        long all = stack.count("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements"
                + " WHERE query NOT ILIKE '%pg_stat_statements%'");
        JsonObject report = Json.createReader(new java.io.StringReader(response.body())).readObject()
                .getJsonObject("counts");

        String join = """
                SELECT count(*) FROM virtual_machine v JOIN host h ON h.id = v.host_id
                  LEFT JOIN vm_runtime r ON r.vm_id = v.id LEFT JOIN vm_integration_service s ON s.vm_id = v.id""";
        stack.count(join); // warm
        long b0 = System.nanoTime();
        long joined = stack.count(join);
        double baseline = (System.nanoTime() - b0) / 1e9;
        results.add("Compliance run (POST /compliance/runs, whole fleet)", report.getInt("vms", -1) + " VMs, "
                + report.getInt("findings", -1) + " findings", Results.num(seconds) + " s, " + statements
                + " SQL statements", Results.num(baseline * 1000) + " ms for one SELECT count(*) join ("
                + joined + " rows)", Results.num(seconds / baseline) + "× the baseline", "< 5 s");
        StringBuilder topText = new StringBuilder();
        top.stream().limit(5).forEach(r -> topText.append(r[0]).append("× `").append(((String) r[1])
                .replace("|", "\\|").replace("`", "'")).append("`; "));
        results.note("Compliance: statements counted with pg_stat_statements (shared_preload_libraries on the embedded "
                + "PostgreSQL; track = all), reset just before the request; " + all + " statements in all during "
                + "the request, " + statements + " after leaving out the dispatcher's idle polling. Most called: "
                + topText + "baseline: `SELECT count(*)` over virtual_machine ⋈ host ⟕ vm_runtime ⟕ "
                + "vm_integration_service, second (warm) execution.");
    }

    @Test
    @Order(4)
    void dashboardAndLists() throws Exception {
        HttpClient http = HttpClient.newBuilder().build();
        String size = String.format("%,d VMs, 200 requests", stack.count("SELECT count(*) FROM virtual_machine"));
        long vmId = stack.count("SELECT id FROM virtual_machine ORDER BY id OFFSET (SELECT count(*) / 2 FROM virtual_machine) LIMIT 1");
        long hostId = stack.count("SELECT min(id) FROM host");
        String auth = basic();
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        urls.put("GET /vms (first page, 50)", node.apiBase() + "/vms");
        urls.put("GET /vms?name=vm-0500 (filtered page)", node.apiBase() + "/vms?name=vm-0500&size=50");
        urls.put("GET /vms/{id} (detail)", node.apiBase() + "/vms/" + vmId);
        List<Double> baseline = measure(http, node.apiBase() + "/hosts/" + hostId, auth, null);
        String baselineText = "p50 " + Results.num(Results.percentile(baseline, 50)) + " ms, p95 "
                + Results.num(Results.percentile(baseline, 95)) + " ms (GET /hosts/{id})";
        for (Map.Entry<String, String> e : urls.entrySet()) {
            List<Double> t = measure(http, e.getValue(), auth, null);
            results.add(e.getKey(), size, "p50 " + Results.num(Results.percentile(t, 50))
                    + " ms, p95 " + Results.num(Results.percentile(t, 95)) + " ms", baselineText,
                    Results.ratio(Results.percentile(t, 95) / Results.percentile(baseline, 95)) + " (p95)",
                    "p95 < 300 ms");
        }
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        if (formLogin(browser)) {
            List<Double> t = measure(browser, node.appBase() + "/", null, "hvic");
            results.add("Dashboard page (GET /hvic/, signed in via the login form)", size,
                    "p50 " + Results.num(Results.percentile(t, 50)) + " ms, p95 "
                            + Results.num(Results.percentile(t, 95)) + " ms", baselineText,
                    Results.ratio(Results.percentile(t, 95) / Results.percentile(baseline, 95)) + " (p95)",
                    "p95 < 300 ms");
        } else {
            results.note("Dashboard: signing in through the login form did not work from the HTTP client; not measured.");
        }
        results.note("Lists: round-trip times from a Java HTTP client on the same machine (sequential requests after"
                + " 20 warm-up requests), HTTP Basic for the API, the session cookie of a form sign-in for the "
                + "dashboard page (the full JSF page, not its resources). The baseline is a primary-key read "
                + "(GET /hosts/{id}) through the same stack: HTTP, authentication, JAX-RS, JPA.");
    }

    private static List<Double> measure(HttpClient http, String url, String auth, String mustContain)
            throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
            if (auth != null) {
                r.header("Authorization", auth).header("Accept", "application/json");
            }
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (response.statusCode() != 200 || (mustContain != null && !response.body().contains(mustContain))) {
                throw new IOException(url + " answered " + response.statusCode());
            }
            if (i >= 20) {
                times.add(ms);
            }
        }
        Collections.sort(times);
        return times;
    }

    private boolean formLogin(HttpClient browser) {
        try {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(node.appBase()
                    + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
            Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(page.body());
            if (!viewState.find()) {
                return false;
            }
            String form = "login=login&username=" + Stack.ADMIN + "&password="
                    + URLEncoder.encode(stack.adminPassword(), StandardCharsets.UTF_8) + "&signIn=signIn"
                    + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
            browser.send(HttpRequest.newBuilder(URI.create(node.appBase() + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> dashboard = browser.send(HttpRequest.newBuilder(URI.create(node.appBase() + "/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            boolean ok = dashboard.statusCode() == 200 && !dashboard.uri().getPath().endsWith("login.xhtml")
                    && !dashboard.body().contains("id=\"signIn\"");
            Stack.log("form sign-in " + (ok ? "worked" : "failed: " + dashboard.uri()));
            return ok;
        } catch (IOException | InterruptedException e) {
            Stack.log("form sign-in failed: " + e);
            return false;
        }
    }

    @Test
    @Order(5)
    void memory() throws Exception {
        long[] heap = node.heapMiB();
        results.add("WildFly heap after the benchmarks above", HOSTS + " hosts, " + (HOSTS * VMS_PER_HOST) + " VMs, "
                + OPERATIONS + "+ operations", heap[1] + " MiB live after full GC (" + heap[0]
                + " MiB used before it, " + heap[2] + " MiB committed)", heapAtStart[1] + " MiB live after full GC "
                + "right after start-up (empty database)", Results.ratio((double) heap[1] / heapAtStart[1]), "< 1 GiB");
        results.note("Memory: jcmd GC.heap_info before and after jcmd GC.run on the WildFly JVM (-Xmx1g), after the "
                + "refresh, the real-SSH queue, the compliance run and the lists (the no-op queue runs last, on a node "
                + "of its own).");
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((Stack.ADMIN + ":" + stack.adminPassword())
                .getBytes(StandardCharsets.UTF_8));
    }

}

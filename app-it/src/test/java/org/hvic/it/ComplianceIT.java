package org.hvic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hvic.it.support.Api;
import org.hvic.it.support.DeployedHvic;
import org.hvic.it.support.Waits;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Compliance on the demo fleet: every rule fires on the VMs built to trigger it (see the comments in the simulator's
 * demo-fleet.yaml), remediation goes through the queue and a new run shows those findings resolved; exports open.
 */
class ComplianceIT extends DeployedHvic {

    /** Rule -> demo VMs that must be flagged by it. */
    static final Map<String, List<String>> EXPECTED = Map.of(
            "UNSUPPORTED_GUEST", List.of("w10-guest-xp"),
            "DATA_EXCHANGE_REQUIRED", List.of("w10-guest-8-nokvp", "w10-guest-7-nokvp"),
            "IC_UPDATE_REQUIRED", List.of("w10-update-required"),
            "HOST_GUEST_MISMATCH", List.of("w10-kvp-stopped", "linux-vss-stopped"),
            "LINUX_IC_MISSING", List.of("linux-no-hvutils", "linux-no-fcopy"),
            "KNOWN_HARMLESS_STATUS", List.of("w10-update-required"),
            "UNKNOWN", List.of("w10-off"));

    final Api manager = Api.as("manager");

    @Test
    void everyRuleFiresAndRemediationResolvesFindings() throws Exception {
        refreshAllHosts();
        JsonObject first = run();
        Map<String, Set<String>> flagged = byRule(first);
        EXPECTED.forEach((rule, vms) -> assertTrue(flagged.getOrDefault(rule, Set.of()).containsAll(vms),
                rule + " should flag " + vms + " but flagged " + flagged.get(rule)));

        Api.Reply remediation = Api.as("operator").post("/compliance/reports/" + first.getJsonNumber("id") + "/remediate", null);
        assertEquals(202, remediation.status(), remediation.body());
        for (JsonValue batch : remediation.json().getJsonArray("batches")) {
            String id = batch.asJsonObject().getString("batchId");
            Waits.until(() -> manager.get("/operations?size=1000&batchId=" + id).json(),
                    p -> p.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                            .noneMatch(o -> o.getString("state").equals("QUEUED") || o.getString("state").equals("RUNNING")),
                    Duration.ofSeconds(120));
        }
        refreshAllHosts();
        JsonObject second = run();
        Set<String> resolved = second.getJsonArray("resolved").stream().map(JsonValue::asJsonObject)
                .map(f -> f.getString("ruleId") + "/" + f.getString("vmName")).collect(Collectors.toSet());
        assertTrue(resolved.contains("DATA_EXCHANGE_REQUIRED/w10-guest-8-nokvp"), resolved.toString());
        assertTrue(resolved.contains("HOST_GUEST_MISMATCH/w10-kvp-stopped"), resolved.toString());
        assertTrue(second.getJsonObject("counts").getInt("nonCompliant")
                < first.getJsonObject("counts").getInt("nonCompliant"), "fewer non-compliant VMs after remediation");
    }

    @Test
    void exportsOpen() throws Exception {
        long id = run().getJsonNumber("id").longValue();
        byte[] pdf = download("/compliance/reports/" + id + "?format=pdf&lang=de");
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        renderWithPdftoppm(pdf);
        try (Workbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(download("/compliance/reports/" + id
                + "?format=xlsx&lang=en")))) {
            int rows = 0;
            for (Sheet sheet : xlsx) {
                rows += sheet.getPhysicalNumberOfRows();
            }
            assertTrue(rows > 5, "the workbook has the findings");
        }
        String csv = new String(download("/compliance/reports/" + id + "?format=csv&lang=en"), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.size() > 5, csv);
        assertTrue(csv.contains("UNSUPPORTED_GUEST"), csv);
    }

    private JsonObject run() {
        Api.Reply created = manager.post("/compliance/runs", "{}");
        assertEquals(201, created.status(), created.body());
        return manager.get("/compliance/reports/" + created.json().getJsonNumber("id")).json();
    }

    private static Map<String, Set<String>> byRule(JsonObject report) {
        Map<String, Set<String>> flagged = new java.util.HashMap<>();
        report.getJsonArray("findings").stream().map(JsonValue::asJsonObject).forEach(f -> flagged
                .computeIfAbsent(f.getString("ruleId"), r -> new HashSet<>()).add(f.getString("vmName")));
        return flagged;
    }

    private static void refreshAllHosts() {
        Api admin = Api.as("admin");
        List<Long> ops = admin.get("/hosts").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(h -> admin.post("/hosts/" + h.getJsonNumber("id") + "/refresh", null).json()
                        .getJsonNumber("id").longValue()).toList();
        ops.forEach(op -> Waits.finished(admin, op));
    }

    private static byte[] download(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("manager:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        return response.body();
    }

    private static void renderWithPdftoppm(byte[] pdf) throws Exception {
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        if (!Files.isExecutable(pdftoppm)) {
            System.err.println("pdftoppm missing (apt-get install poppler-utils): PDF only checked for its header");
            Assumptions.assumeFalse(Boolean.getBoolean("hvic.browser.required"), "CI installs poppler-utils");
            return;
        }
        Path dir = Path.of(System.getProperty("hvic.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve("compliance-report.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "50", file.toString(),
                dir.resolve("compliance-report").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "pdftoppm: " + out);
        try (var pages = Files.list(dir)) {
            assertTrue(pages.anyMatch(f -> f.getFileName().toString().startsWith("compliance-report")
                    && f.getFileName().toString().endsWith(".png")));
        }
    }
}

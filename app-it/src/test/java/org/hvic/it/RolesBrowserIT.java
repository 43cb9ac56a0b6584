package org.hvic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hvic.it.support.Api;
import org.hvic.it.support.Browser;
import org.hvic.it.support.DeployedHvic;
import org.hvic.it.support.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Every view per role: allowed views answer 200 (and quickly), the others 403; the navigation shows exactly the
 * allowed views; action buttons appear only for the roles that may act (the beans check again on the server).
 */
class RolesBrowserIT extends DeployedHvic {

    private static final Set<String> ALL = Set.of("admin", "operator", "auditor", "manager");

    private long vm;
    private long report;

    @BeforeEach
    void subjects() {
        vm = Pages.vmId("demovm");
        Api.Reply run = Api.as("manager").post("/compliance/runs", "{}");
        assertEquals(201, run.status(), run.body());
        report = run.json().getJsonNumber("id").longValue();
    }

    private Map<String, Set<String>> views() {
        Map<String, Set<String>> views = new LinkedHashMap<>();
        views.put("/", ALL);
        views.put("/hosts.xhtml", ALL);
        views.put("/vms.xhtml", ALL);
        views.put("/vm.xhtml?id=" + vm, ALL);
        views.put("/operations.xhtml", ALL);
        views.put("/matrices.xhtml", ALL);
        views.put("/compliance/reports.xhtml", Set.of("admin", "auditor", "manager"));
        views.put("/compliance/report.xhtml?id=" + report, Set.of("admin", "auditor", "manager"));
        views.put("/compliance/download?format=pdf&id=" + report, Set.of("admin", "auditor", "manager"));
        views.put("/audit/index.xhtml", Set.of("admin", "auditor"));
        views.put("/audit/download?format=csv", Set.of("admin", "auditor"));
        views.put("/admin/hosts.xhtml", Set.of("admin"));
        views.put("/admin/users.xhtml", Set.of("admin"));
        views.put("/admin/schedules.xhtml", Set.of("admin"));
        return views;
    }

    @Test
    void eachRoleReachesExactlyItsViews() {
        WebDriver driver = Browser.start();
        try {
            for (String user : List.of("admin", "operator", "auditor", "manager")) {
                Pages.login(driver, user);
                for (Map.Entry<String, Set<String>> view : views().entrySet()) {
                    HttpResponse<byte[]> response = Pages.fetch(driver, view.getKey());
                    int expected = view.getValue().contains(user) ? 200 : 403;
                    assertEquals(expected, response.statusCode(), user + " " + view.getKey());
                    if (expected == 200 && view.getKey().endsWith("xhtml")) {
                        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
                        assertFalse(body.contains("id=\"signIn\""), user + " " + view.getKey() + " shows the login");
                    }
                }
                navigation(driver, user);
            }
        } finally {
            driver.quit();
        }
    }

    private void navigation(WebDriver driver, String user) {
        Pages.open(driver, "/");
        boolean admin = user.equals("admin");
        assertEquals(!user.equals("operator"), present(driver, "navCompliance"), user);
        assertEquals(admin || user.equals("auditor"), present(driver, "navAudit"), user);
        assertEquals(admin, present(driver, "navAdminHosts"), user);
        assertEquals(admin, present(driver, "navAdminUsers"), user);
        assertTrue(present(driver, "navVms") && present(driver, "navOperations") && present(driver, "navMatrices"));

        boolean operates = admin || user.equals("operator");
        Pages.open(driver, "/vm.xhtml?id=" + vm);
        assertEquals(operates, !driver.findElements(By.xpath("//button[contains(@id,'toggle')]")).isEmpty(),
                user + ": enable/disable buttons");
        Pages.open(driver, "/vms.xhtml");
        assertEquals(operates, present(driver, "vmsForm:review"), user + ": bulk operations");
        Pages.open(driver, "/matrices.xhtml");
        assertEquals(admin, present(driver, "matrixForm:saveRow"), user + ": matrix editor");
        if (!user.equals("operator")) {
            Pages.open(driver, "/compliance/reports.xhtml");
            assertEquals(admin || user.equals("manager"), present(driver, "reportsForm:runNow"), user + ": run now");
            Pages.open(driver, "/compliance/report.xhtml?id=" + report);
            assertEquals(admin, present(driver, "reportForm:remediate"), user + ": remediate");
        }
    }

    private static boolean present(WebDriver driver, String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    @Test
    void screenshotsOfEveryMainViewAsAdmin() {
        WebDriver driver = Browser.start();
        try {
            Pages.login(driver, "admin");
            Map<String, String> shots = new LinkedHashMap<>();
            shots.put("dashboard-admin", "/");
            shots.put("hosts", "/hosts.xhtml");
            shots.put("vms", "/vms.xhtml");
            shots.put("vm-demovm", "/vm.xhtml?id=" + vm);
            shots.put("operations", "/operations.xhtml");
            shots.put("compliance-reports", "/compliance/reports.xhtml");
            shots.put("compliance-report", "/compliance/report.xhtml?id=" + report);
            shots.put("matrices", "/matrices.xhtml");
            shots.put("audit", "/audit/index.xhtml");
            shots.put("admin-hosts", "/admin/hosts.xhtml");
            shots.put("admin-users", "/admin/users.xhtml");
            shots.put("admin-schedules", "/admin/schedules.xhtml");
            for (Map.Entry<String, String> shot : shots.entrySet()) {
                Pages.open(driver, shot.getValue());
                assertTrue(driver.findElements(By.cssSelector(".ui-messages-error")).isEmpty(), shot.getKey());
                assertTrue(driver.findElement(By.tagName("h1")).isDisplayed(), shot.getKey());
                Browser.screenshot(driver, shot.getKey());
            }
        } finally {
            driver.quit();
        }
    }
}

package org.hvic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;

import org.hvic.it.support.Browser;
import org.hvic.it.support.DeployedHvic;
import org.hvic.it.support.EmbeddedDatabase;
import org.hvic.it.support.Pages;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What each group does in the browser: operators switch services, managers run reports, auditors check the log. */
class WorkflowsBrowserIT extends DeployedHvic {

    private static final String GSI = "Guest Service Interface";
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @Test
    void operatorDisablesAndEnablesGuestServiceInterfaceThenAuditorFindsIt() {
        long vm = Pages.vmId("demovm");
        WebDriver driver = Browser.start();
        try {
            Pages.login(driver, "operator");
            if (!enabled(driver, vm)) {
                toggle(driver, vm);
                succeeded(driver, vm, "Enable integration service");
            }
            toggle(driver, vm);
            WebElement loss = Pages.visible(driver, By.id("vmForm:disableLoss"));
            assertTrue(loss.getText().contains("copy files"), loss.getText());
            Browser.screenshot(driver, "vm-disable-confirmation");
            driver.findElement(By.id("vmForm:confirmDisable")).click();
            succeeded(driver, vm, "Disable integration service");
            Browser.screenshot(driver, "operations-succeeded");
            assertTrue(!enabled(driver, vm), "disabled after the operation");
            toggle(driver, vm);
            succeeded(driver, vm, "Enable integration service");
            assertTrue(enabled(driver, vm), "enabled again");

            Pages.login(driver, "auditor");
            Pages.open(driver, "/audit/index.xhtml?actor=operator&target=demovm");
            Pages.wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:entries"),
                    "OPERATION_REQUESTED"));
            assertTrue(driver.findElement(By.id("auditForm:entries")).getText().contains("demovm"));
            driver.findElement(By.id("auditForm:verify")).click();
            WebElement result = Pages.visible(driver, By.id("verificationResult"));
            assertTrue(result.getAttribute("class").contains("hvic-ok"), result.getText());
            Browser.screenshot(driver, "audit-verified");
        } finally {
            driver.quit();
        }
    }

    private static boolean enabled(WebDriver driver, long vm) {
        Pages.open(driver, "/vm.xhtml?id=" + vm);
        return row(driver).findElement(By.xpath(".//span[contains(@id,'enabled')]")).getText().equals("Yes");
    }

    private static WebElement row(WebDriver driver) {
        return driver.findElement(By.xpath("//tr[.//span[contains(@id,'serviceName') and text()='" + GSI + "']]"));
    }

    private static void toggle(WebDriver driver, long vm) {
        Pages.open(driver, "/vm.xhtml?id=" + vm);
        row(driver).findElement(By.xpath(".//button[contains(@id,'toggle')]")).click();
    }

    /** Watches the operations view of the VM until the newest operation of this type has succeeded. */
    private static void succeeded(WebDriver driver, long vm, String type) {
        Pages.visible(driver, By.cssSelector(".ui-messages-info"));
        Pages.open(driver, "/operations.xhtml?vmId=" + vm);
        Pages.wait(driver, Duration.ofSeconds(90)).until(d -> {
            WebElement first = d.findElement(By.cssSelector("[id='opsForm:operations'] tbody tr"));
            String text = first.getText();
            return text.contains(type) && text.contains("Succeeded");
        });
    }

    @Test
    void managerRunsAReportAndDownloadsItsPdf() {
        WebDriver driver = Browser.start();
        try {
            Pages.login(driver, "manager");
            Pages.open(driver, "/compliance/reports.xhtml");
            driver.findElement(By.id("reportsForm:runNow")).click();
            Pages.visible(driver, By.id("reportForm:reportTitle"));
            Browser.screenshot(driver, "compliance-report-run");
            String href = driver.findElement(By.cssSelector("a.hvic-download-pdf")).getAttribute("href");
            HttpResponse<byte[]> pdf = Pages.fetch(driver, href);
            assertEquals(200, pdf.statusCode(), href);
            assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        } finally {
            driver.quit();
        }
    }

    @Test
    void germanLabelsAfterTheSwitch() {
        WebDriver driver = Browser.start();
        try {
            Pages.login(driver, "operator");
            Pages.open(driver, "/");
            assertEquals("Dashboard", driver.findElement(By.id("navDashboard")).getText());
            driver.findElement(By.id("languageForm:german")).click();
            Pages.wait(driver).until(ExpectedConditions.textToBe(By.id("navDashboard"), "Übersicht"));
            assertEquals("Übersicht", driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.findElement(By.id("servicesCard")).getText().contains("Kein Kontakt"));
            Pages.open(driver, "/vm.xhtml?id=" + Pages.vmId("demovm"));
            assertTrue(driver.findElement(By.id("vmForm:hostServices")).getText().contains("Gastdienstschnittstelle"));
            assertTrue(driver.findElement(By.id("vmForm:hostServices")).getText().contains("Takt"));
            Browser.screenshot(driver, "vm-german");
            driver.findElement(By.id("languageForm:english")).click();
            Pages.wait(driver).until(ExpectedConditions.textToBe(By.id("navDashboard"), "Dashboard"));
        } finally {
            driver.quit();
        }
    }

    @Test
    void hostileVmNameRendersAsText() throws Exception {
        try (Connection c = EmbeddedDatabase.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO virtual_machine (host_id, vm_id, name) SELECT min(id), gen_random_uuid(), ? FROM host")) {
            ps.setString(1, HOSTILE);
            ps.executeUpdate();
        }
        WebDriver driver = Browser.start();
        try {
            Pages.login(driver, "operator");
            Pages.open(driver, "/vms.xhtml?name=onerror");
            WebElement table = driver.findElement(By.id("vmsForm:vms"));
            assertTrue(table.getText().contains(HOSTILE), table.getText());
            assertTrue(table.findElements(By.tagName("img")).isEmpty(), "no img element from the name");
            try {
                driver.switchTo().alert();
                throw new AssertionError("an alert opened");
            } catch (NoAlertPresentException expected) {
                // the name stayed text
            }
            Browser.screenshot(driver, "vms-hostile-name");
        } finally {
            driver.quit();
            try (Connection c = EmbeddedDatabase.connect(); PreparedStatement ps = c.prepareStatement(
                    "UPDATE virtual_machine SET gone_at = now() WHERE name = ?")) {
                ps.setString(1, HOSTILE);
                ps.executeUpdate();
            }
        }
    }
}

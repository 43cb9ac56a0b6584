package org.hvic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hvic.it.support.Browser;
import org.hvic.it.support.DeployedHvic;
import org.hvic.it.support.Pages;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The dashboard in a real browser: the login page first, then the fleet at a glance with links behind the figures. */
class DashboardBrowserIT extends DeployedHvic {

    @Test
    void signInShowsTheDashboard() {
        WebDriver driver = Browser.start();
        try {
            Pages.open(driver, "/");
            assertTrue(driver.getTitle().startsWith("hvic"), driver.getTitle());
            assertTrue(driver.findElement(By.id("signIn")).isDisplayed(), "not signed in: the login page");
            Browser.screenshot(driver, "login");

            Pages.login(driver, "operator");
            Pages.open(driver, "/");
            assertTrue(Long.parseLong(driver.findElement(By.id("hostCount")).getText()) >= 1);
            assertTrue(Long.parseLong(driver.findElement(By.id("vmCount")).getText()) >= 10);
            assertTrue(driver.findElement(By.id("servicesCard")).getText().contains("No Contact"));
            assertTrue(driver.findElement(By.id("operationsCard")).getText().contains("Failed"));
            Browser.screenshot(driver, "dashboard");

            driver.findElement(By.id("reachableLink")).click();
            Pages.wait(driver).until(d -> d.getCurrentUrl().contains("hosts.xhtml?reachable=true"));
            assertEquals(0, driver.findElements(By.xpath("//tbody//span[normalize-space()='No']")).size(), "only reachable hosts");
        } finally {
            driver.quit();
        }
    }
}

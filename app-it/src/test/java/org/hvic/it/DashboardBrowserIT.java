package org.hvic.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.hvic.it.support.Browser;
import org.hvic.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The dashboard renders in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBrowserIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.hvicEar();
    }

    @Test
    void dashboardRendersInChromium() {
        WebDriver driver = Browser.start();
        try {
            driver.get(base.toString().replaceAll("/hvic/?$", "") + "/hvic/");
            assertTrue(driver.getTitle().startsWith("hvic"), driver.getTitle());
            assertTrue(driver.findElement(By.cssSelector(".hvic-brand")).isDisplayed());
            Browser.screenshot(driver, "dashboard");
        } finally {
            driver.quit();
        }
    }
}

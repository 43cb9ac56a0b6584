package org.hvic.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages; nothing is downloaded.
 * Without them the browser tests are skipped loudly, unless {@code -Dhvic.browser.required=true} makes that a failure.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("hvic.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("hvic.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    public static WebDriver start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            String message = "BROWSER TESTS NOT RUN: " + CHROMIUM + " or " + DRIVER
                    + " is missing (apt-get install -y chromium chromium-driver)";
            System.err.println("*".repeat(100) + "\n" + message + "\n" + "*".repeat(100));
            if (Boolean.getBoolean("hvic.browser.required")) {
                Assertions.fail(message + " and -Dhvic.browser.required=true");
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1400,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Saves a screenshot of the current page to target/screenshots/NAME.png for a reviewer. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("hvic.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.hvic.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.JsonValue;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** hvic's pages as the browser tests use them: sign in as a user, open pages, fetch with the browser's session. */
public final class Pages {

    public static final String BASE = "http://localhost:8080/hvic";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Pages() {
    }

    public static String password(String user) {
        return "admin".equals(user) ? Api.ADMIN_PASSWORD : Api.DEMO_PASSWORD;
    }

    /** Signs in through the login page and waits for the dashboard with the user's name in the header. */
    public static void login(WebDriver driver, String user) {
        driver.manage().deleteAllCookies();
        driver.get(BASE + "/login.xhtml");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password(user));
        driver.findElement(By.id("signIn")).click();
        wait(driver).until(ExpectedConditions.textToBe(By.id("userName"), user));
    }

    /** Opens a page (path below /hvic, e.g. {@code /vms.xhtml}) and waits until it is loaded. */
    public static void open(WebDriver driver, String path) {
        driver.get(BASE + path);
        wait(driver).until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
    }

    public static WebDriverWait wait(WebDriver driver) {
        return wait(driver, Duration.ofSeconds(20));
    }

    public static WebDriverWait wait(WebDriver driver, Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    public static WebElement visible(WebDriver driver, By by) {
        return wait(driver).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** GET of a path with the browser's session cookie (what a download link does), without following redirects. */
    public static HttpResponse<byte[]> fetch(WebDriver driver, String path) {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .timeout(Duration.ofSeconds(60));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of the VM with exactly this name (through the API as admin). */
    public static long vmId(String name) {
        return Api.as("admin").get("/vms?name=" + name + "&size=500").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(v -> v.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no VM " + name)).getJsonNumber("id").longValue();
    }
}

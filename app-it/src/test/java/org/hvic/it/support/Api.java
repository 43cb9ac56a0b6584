package org.hvic.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.hvic.launcher.ApiClient;
import org.hvic.launcher.DemoBootstrap;

/** hvic's REST API as the tests call it: status codes and JSON, per user. */
public final class Api {

    public static final String BASE = "http://localhost:8080/hvic/api/v1";
    public static final String ADMIN_PASSWORD = "admin-it-secret";
    public static final String DEMO_PASSWORD = "demo-it-secret";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static volatile boolean demoRegistered;

    private final String authorization;

    private Api(String user, String password) {
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static Api as(String user) {
        return new Api(user, "admin".equals(user) ? ADMIN_PASSWORD : DEMO_PASSWORD);
    }

    public static Api anonymous() {
        return new Api(null, null);
    }

    /** Registers the demo fleet (idempotent) exactly as the demo run does, through the API. */
    public static synchronized void registerDemoFleet() throws IOException, InterruptedException {
        if (!demoRegistered) {
            new DemoBootstrap(new ApiClient(BASE, "admin", ADMIN_PASSWORD), TestFleet.simulator().port()).run();
            demoRegistered = true;
        }
    }

    public record Reply(int status, String contentType, String body) {
        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    /** The host with exactly this name, as GET /hosts lists it. */
    public JsonObject host(String name) {
        return get("/hosts").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no host " + name));
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    public Reply send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

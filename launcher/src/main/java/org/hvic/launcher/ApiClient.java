package org.hvic.launcher;

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
import jakarta.json.JsonStructure;

/** A small client for hvic's REST API with HTTP Basic, as an administrator's script would use it. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    public ApiClient(String base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public JsonStructure get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    public JsonStructure post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, json);
    }

    public JsonStructure put(String path, String json) throws IOException, InterruptedException {
        return send("PUT", path, json);
    }

    private JsonStructure send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        String body = response.body();
        return body == null || body.isBlank() ? null : Json.createReader(new StringReader(body)).read();
    }

    public static String json(Object... keyValues) {
        var builder = Json.createObjectBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            if (v instanceof Number n) {
                builder.add((String) keyValues[i], n.longValue());
            } else if (v != null) {
                builder.add((String) keyValues[i], v.toString());
            }
        }
        return builder.build().toString();
    }
}

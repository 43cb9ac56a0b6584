package org.hvic.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.yaml.snakeyaml.Yaml;

/**
 * Registers the demo fleet's hosts through hvic's own REST API (as an administrator would), approves the host keys
 * they present, gives the Linux guests their SSH accounts and refreshes everything. Safe to run on every start.
 */
public final class DemoBootstrap {

    private final ApiClient api;
    private final int simulatorPort;

    public DemoBootstrap(ApiClient api, int simulatorPort) {
        this.api = api;
        this.simulatorPort = simulatorPort;
    }

    @SuppressWarnings("unchecked")
    public void run() throws IOException, InterruptedException {
        List<Map<String, Object>> hosts = (List<Map<String, Object>>) demoFleet().get("hosts");
        Map<String, Long> registered = registeredHosts();
        for (Map<String, Object> host : hosts) {
            String name = (String) host.get("name");
            if (!registered.containsKey(name)) {
                Map<String, Object> guest = firstWindowsGuest(host);
                JsonObject created = (JsonObject) api.post("/hosts", ApiClient.json("name", name,
                        "address", host.get("address"), "port", simulatorPort, "os", host.get("os"),
                        "username", host.get("user"), "password", host.get("password"),
                        "guestUsername", guest == null ? null : guest.get("user"),
                        "guestPassword", guest == null ? null : guest.get("password")));
                registered.put(name, created.getJsonNumber("id").longValue());
                HvicLauncher.log("registered demo host " + name);
            }
        }
        java.util.Set<Long> reachable = new java.util.HashSet<>();
        for (Map.Entry<String, Long> host : registered.entrySet()) {
            if (approveKey(host.getKey(), host.getValue())) {
                reachable.add(host.getValue());
            }
        }
        refreshAll(registered, reachable);
        guestAccess(hosts);
        refreshAll(registered, reachable);
    }

    private Map<String, Long> registeredHosts() throws IOException, InterruptedException {
        Map<String, Long> ids = new HashMap<>();
        for (JsonValue v : (JsonArray) api.get("/hosts")) {
            JsonObject h = v.asJsonObject();
            ids.put(h.getString("name"), h.getJsonNumber("id").longValue());
        }
        return ids;
    }

    /** Approves the key the host presents; false when it presents none (the demo's offline host). */
    private boolean approveKey(String name, long id) throws IOException, InterruptedException {
        JsonObject host = (JsonObject) api.get("/hosts/" + id);
        if (text(host, "approvedHostKey") != null) {
            return true;
        }
        api.post("/hosts/" + id + "/refresh", null);
        for (int i = 0; i < 40; i++) {
            host = (JsonObject) api.get("/hosts/" + id);
            String presented = text(host, "presentedHostKey");
            if (presented != null) {
                api.post("/hosts/" + id + "/host-key/approve", ApiClient.json("fingerprint", presented));
                HvicLauncher.log("approved the host key of " + name + " (" + presented + ")");
                return true;
            }
            Thread.sleep(250);
        }
        HvicLauncher.log(name + " presented no host key (unreachable?)");
        return false;
    }

    /** Refreshes every host and waits for those that answered (an unreachable one retries in the background). */
    private void refreshAll(Map<String, Long> hosts, java.util.Set<Long> awaited)
            throws IOException, InterruptedException {
        List<Long> operations = new java.util.ArrayList<>();
        for (long id : hosts.values()) {
            long op = ((JsonObject) api.post("/hosts/" + id + "/refresh", null)).getJsonNumber("id").longValue();
            if (awaited.contains(id)) {
                operations.add(op);
            }
        }
        long deadline = System.currentTimeMillis() + 120_000;
        for (long op : operations) {
            while (System.currentTimeMillis() < deadline) {
                String state = ((JsonObject) api.get("/operations/" + op)).getString("state");
                if (!"QUEUED".equals(state) && !"RUNNING".equals(state)) {
                    break;
                }
                Thread.sleep(250);
            }
        }
    }

    /** Linux guests have their own accounts in the demo fleet: hand them to hvic (stored encrypted). */
    @SuppressWarnings("unchecked")
    private void guestAccess(List<Map<String, Object>> hosts) throws IOException, InterruptedException {
        Map<String, Long> vmIds = new HashMap<>();
        JsonObject page = (JsonObject) api.get("/vms?size=500");
        for (JsonValue v : page.getJsonArray("items")) {
            vmIds.put(v.asJsonObject().getString("vmId").toLowerCase(), v.asJsonObject().getJsonNumber("id").longValue());
        }
        for (Map<String, Object> host : hosts) {
            for (Map<String, Object> vm : (List<Map<String, Object>>) host.getOrDefault("vms", List.of())) {
                Map<String, Object> guest = (Map<String, Object>) vm.get("guest");
                Long id = vmIds.get(String.valueOf(vm.get("id")).toLowerCase());
                if (guest != null && "linux".equals(guest.get("kind")) && id != null) {
                    api.put("/vms/" + id + "/guest-access", ApiClient.json("address", guest.get("address"),
                            "port", simulatorPort, "username", guest.get("user"), "password", guest.get("password")));
                }
            }
        }
    }

    /** A string field, or null when absent or JSON null (JSON-B leaves null fields out). */
    static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstWindowsGuest(Map<String, Object> host) {
        for (Map<String, Object> vm : (List<Map<String, Object>>) host.getOrDefault("vms", List.of())) {
            Map<String, Object> guest = (Map<String, Object>) vm.get("guest");
            if (guest != null && !"linux".equals(guest.get("kind")) && guest.get("user") != null) {
                return guest;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> demoFleet() throws IOException {
        try (InputStream in = org.hvic.simulator.fleet.Fleet.class.getResourceAsStream("/demo-fleet.yaml")) {
            if (in == null) {
                throw new IOException("demo-fleet.yaml is not in the simulator jar");
            }
            return new Yaml().load(in);
        }
    }
}

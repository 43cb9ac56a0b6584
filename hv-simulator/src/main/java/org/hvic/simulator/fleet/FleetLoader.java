package org.hvic.simulator.fleet;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads and validates a fleet file (YAML) into hosts, VMs and guests. */
final class FleetLoader {
    private static final Pattern LOOPBACK = Pattern.compile("127\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
    private static final Map<String, VmState> STATES = Map.of("Running", VmState.RUNNING, "Off", VmState.OFF,
            "Saved", VmState.SAVED, "Paused", VmState.PAUSED);

    private final Set<String> addresses = new HashSet<>();
    private final Set<String> vmIds = new HashSet<>();

    static List<Host> parse(String yaml) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new FleetException("fleet file: not valid YAML: " + e.getMessage());
        }
        return new FleetLoader().hosts(new YamlNode("", root).allowOnly("hosts"));
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private List<Host> hosts(YamlNode root) {
        List<YamlNode> hostNodes = root.list("hosts");
        if (hostNodes.isEmpty()) {
            throw root.error("required key 'hosts' is missing or empty");
        }
        List<Host> hosts = new ArrayList<>();
        for (YamlNode h : hostNodes) {
            hosts.add(host(h));
        }
        return hosts;
    }

    private Host host(YamlNode h) {
        h.allowOnly("name", "address", "os", "user", "password", "language", "serviceNames", "faults", "vms");
        String os = h.required("os");
        HostOs hostOs;
        try {
            hostOs = HostOs.of(os);
        } catch (IllegalArgumentException e) {
            throw h.child("os").error("'" + os + "' is not a Hyper-V host OS (Windows 8, 8.1, 10 or Server 2012 and later)");
        }
        String language = h.string("language", "en-US");
        if (!language.equals("en-US") && !language.equals("de-DE")) {
            throw h.child("language").error("expected en-US or de-DE but was '" + language + "'");
        }
        Map<String, String> names = new LinkedHashMap<>();
        h.child("serviceNames").map().forEach((guid, name) -> {
            if (IntegrationComponent.byGuid(guid).isEmpty()) {
                throw h.child("serviceNames").child(guid).error("unknown integration component GUID '" + guid + "'");
            }
            names.put(guid.toUpperCase(), String.valueOf(name));
        });
        String hostName = h.required("name");
        List<Vm> vms = new ArrayList<>();
        for (YamlNode v : h.list("vms")) {
            vms.add(vm(v, hostName, hostOs));
        }
        return new Host(hostName, address(h), os, h.required("user"), h.required("password"), language, names,
                faults(h.child("faults")), vms);
    }

    String address(YamlNode node) {
        String a = node.required("address");
        var m = LOOPBACK.matcher(a);
        if (!m.matches() || Integer.parseInt(m.group(1)) > 255 || Integer.parseInt(m.group(2)) > 255
                || Integer.parseInt(m.group(3)) > 255) {
            throw node.child("address").error("'" + a + "' is not a loopback address (127.x.y.z)");
        }
        if (!addresses.add(a)) {
            throw node.child("address").error("address " + a + " is used twice");
        }
        return a;
    }

    static Faults faults(YamlNode f) {
        f.allowOnly("unreachable", "latencyMs", "authFailure", "failCommands", "hostKeyChanged");
        return new Faults(f.bool("unreachable", false), f.bool("authFailure", false), f.bool("hostKeyChanged", false),
                f.integer("latencyMs", 0), f.integer("failCommands", 0));
    }

    private Vm vm(YamlNode v, String hostName, HostOs hostOs) {
        v.allowOnly("name", "id", "state", "configVersion", "guestOs", "integrationServicesVersion",
                "integrationServicesState", "generation", "memoryMB", "uptimeMinutes", "addresses",
                "integrationServices", "guest");
        String name = v.required("name");
        String id = v.string("id", UUID.nameUUIDFromBytes((hostName + "/" + name).getBytes(StandardCharsets.UTF_8)).toString());
        if (!GUID.matcher(id).matches()) {
            throw v.child("id").error("'" + id + "' is not a GUID");
        }
        if (!vmIds.add(id.toLowerCase())) {
            throw v.child("id").error("VM id " + id + " is used twice");
        }
        VmState state = v.choice("state", "Running", STATES);
        String guestOs = v.required("guestOs");
        boolean linux = "linux".equalsIgnoreCase(v.child("guest").string("kind", "windows"));
        String icVersion = v.string("integrationServicesVersion", linux ? "" : hostOs.integrationServicesVersion());
        String icState = v.string("integrationServicesState", defaultIcState(icVersion, hostOs));
        if (!Set.of("Up to date", "Update required", "").contains(icState)) {
            throw v.child("integrationServicesState").error("expected 'Up to date', 'Update required' or '' but was '" + icState + "'");
        }
        Map<IntegrationComponent, Boolean> enabled = enabled(v.child("integrationServices"));
        GuestLoader guests = new GuestLoader(this);
        Vm.VmSpec spec = new Vm.VmSpec(name, id.toLowerCase(), state, v.string("configVersion", hostOs.defaultConfigVersion()),
                guestOs, icVersion, icState, v.integer("generation", 1), v.integer("memoryMB", 2048),
                Duration.ofMinutes(v.integer("uptimeMinutes", 60 + Math.abs(id.hashCode() % 5000))),
                v.strings("addresses"), enabled,
                linux ? null : guests.windows(v.child("guest"), state, guestOs, icVersion, enabled),
                linux ? guests.linux(v.child("guest"), name) : null);
        return new Vm(spec);
    }

    static String defaultIcState(String icVersion, HostOs hostOs) {
        if (icVersion.isBlank()) {
            return "";
        }
        return compareVersions(icVersion, hostOs.integrationServicesVersion()) >= 0 ? "Up to date" : "Update required";
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? parseLong(x[i]) : 0;
            long q = i < y.length ? parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Map<IntegrationComponent, Boolean> enabled(YamlNode node) {
        Map<IntegrationComponent, Boolean> result = new EnumMap<>(IntegrationComponent.class);
        for (IntegrationComponent c : IntegrationComponent.values()) {
            result.put(c, c.enabledByDefault());
        }
        for (Map.Entry<String, Object> e : node.map().entrySet()) {
            YamlNode child = node.child(e.getKey());
            IntegrationComponent c = IntegrationComponent.byEnglishName(e.getKey()).orElseThrow(() -> child.error(
                    "unknown integration service '" + e.getKey() + "' (use the English names: Guest Service Interface, "
                            + "Heartbeat, Key-Value Pair Exchange, Shutdown, Time Synchronization, VSS)"));
            if (e.getValue() instanceof Boolean b) {
                result.put(c, b);
            } else {
                child.allowOnly("enabled");
                result.put(c, child.bool("enabled", c.enabledByDefault()));
            }
        }
        return result;
    }
}

package org.hvic.bench.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hvic.simulator.fleet.Fleet;

/** Builds small fleet files for the resilience tests: hosts with faults and VMs with chosen names. */
public final class FleetYaml {

    private final StringBuilder yaml = new StringBuilder("hosts:\n");
    private int hosts;

    public record Faults(boolean unreachable, int latencyMs, boolean authFailure, int failCommands) {
        public static final Faults NONE = new Faults(false, 0, false, 0);

        public static Faults latency(int ms) {
            return new Faults(false, ms, false, 0);
        }
    }

    /** Adds a host at 127.3.x.y (password "secret") with VMs of these names; returns its name. */
    public String host(String prefix, Faults f, List<String> vmNames) {
        int index = hosts++;
        String name = String.format("%s-%03d", prefix, index + 1);
        yaml.append("  - name: ").append(quote(name)).append('\n')
                .append("    address: 127.3.").append(index / 250).append('.').append(index % 250 + 1).append('\n')
                .append("    os: \"Windows Server 2019 Datacenter\"\n")
                .append("    user: hvadmin\n    password: secret\n")
                .append("    faults: {unreachable: ").append(f.unreachable()).append(", latencyMs: ").append(f.latencyMs())
                .append(", authFailure: ").append(f.authFailure()).append(", failCommands: ").append(f.failCommands())
                .append("}\n    vms:\n");
        for (String vm : vmNames) {
            yaml.append("      - name: ").append(quote(vm)).append('\n')
                    .append("        id: ").append(UUID.nameUUIDFromBytes((name + "/" + vm).getBytes(
                            java.nio.charset.StandardCharsets.UTF_8))).append('\n')
                    .append("        state: Running\n        guestOs: \"Windows Server 2019 Datacenter\"\n");
        }
        return name;
    }

    public static List<String> names(String prefix, int n) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            names.add(String.format("%s-%02d", prefix, i));
        }
        return names;
    }

    /** A YAML double-quoted scalar: backslash escapes for what needs them (newline, quote, backslash). */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    public String text() {
        return yaml.toString();
    }

    public Fleet fleet() {
        return Fleet.parse(yaml.toString());
    }
}

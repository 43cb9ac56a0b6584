package org.hvic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.hvic.bench.support.FleetYaml;
import org.hvic.bench.support.Node;
import org.hvic.bench.support.Stack;
import org.hvic.launcher.ApiClient;
import org.hvic.simulator.FleetSimulator;
import org.hvic.simulator.fleet.Fleet;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.journal.JournalEntry;
import org.hvic.simulator.journal.StateChange;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, resilience 4: a host whose VMs carry the connector issue's hostile names (quotes of every kind, wildcards,
 * command substitution, separators, backticks, pipes, a 300-character name, a newline) and HTML/JS, registered and
 * approved through the API. Every operation acts on exactly the VM it names (simulator state and journal), the
 * simulator rejects no command, and the audit chain verifies at the end.
 */
class HostileInputResilienceIT {

    static final List<String> HOSTILE = List.of("a'b", "a\u2018b", "a\u2019b", "*", "demo[vm]", "$(Stop-VM x)",
            "x; Remove-VM *", "x`ny", "x|y", "v".repeat(300), "line\nbreak", "<img src=x onerror=alert(1)>",
            "<script>alert(1)</script>", "x", "a", "demo");

    @Test
    void hostileNamesActOnExactlyTheNamedVm() throws Exception {
        try (Stack stack = Stack.create("hostile")) {
            stack.env("HVIC_REFRESH_INTERVAL", "PT1H").env("HVIC_COMPLIANCE_SCHEDULE", "off").startDatabase();
            FleetYaml yaml = new FleetYaml();
            yaml.host("HV-HOSTILE", FleetYaml.Faults.NONE, HOSTILE);
            Fleet fleet = yaml.fleet();
            FleetSimulator simulator = stack.startFleet(fleet);
            Node node = stack.node("hostile", Stack.portOffset()).start();
            ApiClient api = stack.api(node);
            Host host = fleet.hosts().get(0);

            // registered and approved through the API, as an administrator would
            JsonObject created = (JsonObject) api.post("/hosts", ApiClient.json("name", host.name(), "address",
                    host.address(), "port", simulator.port(), "os", host.os(), "username", "hvadmin", "password",
                    "secret"));
            long hostId = created.getJsonNumber("id").longValue();
            String presented = null;
            for (int i = 0; i < 120 && presented == null; i++) {
                JsonObject h = (JsonObject) api.get("/hosts/" + hostId);
                JsonValue key = h.get("presentedHostKey");
                presented = key == null || key.getValueType() == JsonValue.ValueType.NULL ? null
                        : h.getString("presentedHostKey");
                if (presented == null) {
                    if (i % 10 == 0) {
                        api.post("/hosts/" + hostId + "/refresh", null);
                    }
                    Thread.sleep(500);
                }
            }
            assertTrue(presented != null, "the host presented its key");
            api.post("/hosts/" + hostId + "/host-key/approve", ApiClient.json("fingerprint", presented));
            stack.awaitOperationsFinal(null, Duration.ofMinutes(2));
            api.post("/hosts/" + hostId + "/refresh", null);
            Thread.sleep(500);
            stack.awaitOperationsFinal(null, Duration.ofMinutes(2));

            // the names as hvic stores and serves them
            Map<String, Long> idByHyperV = new HashMap<>();
            int namesExact = 0;
            for (JsonValue v : ((JsonObject) api.get("/vms?size=100")).getJsonArray("items")) {
                JsonObject vm = v.asJsonObject();
                idByHyperV.put(vm.getString("vmId").toLowerCase(), vm.getJsonNumber("id").longValue());
                String expected = fleet.vm(vm.getString("vmId")).map(Vm::name).orElse(null);
                if (vm.getString("name").equals(expected)) {
                    namesExact++;
                }
            }
            assertEquals(HOSTILE.size(), idByHyperV.size(), "every hostile VM was discovered");

            simulator.journal().clear();
            int operations = 0;
            Map<String, Boolean> wanted = new HashMap<>();
            List<Long> opIds = new ArrayList<>();
            for (Vm vm : host.vms()) {
                boolean enabled = simulator.integrationServiceEnabled(vm.id(), "Guest Service Interface");
                wanted.put(vm.id().toLowerCase(), !enabled);
                opIds.addAll(stack.enqueue(api, enabled ? "DISABLE_INTEGRATION_SERVICE" : "ENABLE_INTEGRATION_SERVICE",
                        "Guest Service Interface", List.of(idByHyperV.get(vm.id().toLowerCase()))));
                operations++;
            }
            stack.awaitOperationsFinal(null, Duration.ofMinutes(3));

            long succeeded = stack.count("SELECT count(*) FROM operation WHERE state = 'SUCCEEDED' AND vm_id IS NOT NULL");
            int reached = 0;
            for (Vm vm : host.vms()) {
                if (simulator.integrationServiceEnabled(vm.id(), "Guest Service Interface") == wanted.get(
                        vm.id().toLowerCase())) {
                    reached++;
                }
            }
            Map<String, Integer> changes = new HashMap<>();
            int wrongVm = 0;
            for (JournalEntry e : simulator.journal().entries()) {
                java.util.Set<String> touched = new java.util.HashSet<>();
                for (StateChange c : e.changes()) {
                    touched.add(c.vmId().toLowerCase());
                    // the guest side follows the host setting (vmicguestinterface stops or starts with it)
                    if (!"Guest Service Interface".equals(c.service()) && !"vmicguestinterface".equals(c.service())) {
                        wrongVm++;
                    }
                }
                touched.forEach(vm -> changes.merge(vm, 1, Integer::sum)); // commands that changed the VM
            }
            long vmsChangedOnce = changes.values().stream().filter(n -> n == 1).count();
            long duplicates = changes.values().stream().filter(n -> n > 1).count();
            int rejected = simulator.journal().rejectedCount();
            JsonObject verify = (JsonObject) api.get("/audit/verify");
            Stack.log(String.format("HOSTILE: VMs %d, names served exactly %d, operations %d, succeeded %d, VMs in the "
                    + "requested state %d, VMs changed exactly once %d, changed twice %d, changes to another service %d,"
                    + " commands rejected by the simulator %d, audit chain %s (%d entries)", HOSTILE.size(), namesExact,
                    operations, succeeded, reached, vmsChangedOnce, duplicates, wrongVm, rejected,
                    verify.getBoolean("valid") ? "valid" : "BROKEN", verify.getJsonNumber("entries").longValue()));

            assertEquals(HOSTILE.size(), namesExact, "names served exactly as the host reports them");
            assertEquals(operations, succeeded, "operations that succeeded");
            assertEquals(HOSTILE.size(), reached, "VMs in the requested state");
            assertEquals(HOSTILE.size(), vmsChangedOnce, "each VM changed exactly once");
            assertEquals(0, wrongVm, "changes to other services");
            assertEquals(0, rejected, "commands the simulator rejected");
            assertTrue(verify.getBoolean("valid"), "the audit chain verifies");
        }
    }
}

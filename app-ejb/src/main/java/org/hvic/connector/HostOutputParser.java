package org.hvic.connector;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the JSON sections that the host scripts of {@link HostScripts} print. */
final class HostOutputParser {

    static final String VMS = "vms";
    static final String SERVICES = "services";
    static final String ADAPTERS = "adapters";
    static final String GUEST = "guest";
    static final String HOST = "host";
    static final String KVP = "kvp";

    private HostOutputParser() {
    }

    static HostInventory inventory(String stdout) {
        Map<String, String> sections = Sections.split(stdout);
        Map<UUID, List<IntegrationServiceState>> services = servicesByVm(Sections.require(sections, SERVICES));
        Map<UUID, List<String>> addresses = addressesByVm(sections.getOrDefault(ADAPTERS, ""));
        Map<UUID, String> guestOs = guestOsByVm(sections.getOrDefault(KVP, ""));
        List<VmSnapshot> vms = new ArrayList<>();
        for (JsonObject vm : JsonFields.objects(Sections.require(sections, VMS))) {
            UUID id = InputValidation.guid(JsonFields.string(vm, "Id"));
            vms.add(new VmSnapshot(id, JsonFields.string(vm, "Name"),
                    CodedEnum.parse(VmState.class, vm.get("State"), VmState.UNKNOWN),
                    JsonFields.integer(vm, "Generation", 0),
                    JsonFields.string(vm, "Version"),
                    JsonFields.string(vm, "IntegrationServicesVersion"),
                    JsonFields.string(vm, "IntegrationServicesState"),
                    services.getOrDefault(id, List.of()),
                    addresses.getOrDefault(id, List.of()),
                    guestOs.get(id)));
        }
        return new HostInventory(vms, hostOs(sections.getOrDefault(HOST, "")));
    }

    /** The host's OS name from its {@code Win32_OperatingSystem} Caption, without the leading "Microsoft ". */
    private static String hostOs(String json) {
        for (JsonObject os : JsonFields.objects(json)) {
            String name = OsNames.fromCaption(JsonFields.string(os, "Caption"));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** Each VM's OS name as its guest reports it through Key-Value Pair Exchange ({@code SystemName} is the VM id). */
    private static Map<UUID, String> guestOsByVm(String json) {
        Map<UUID, String> byVm = new LinkedHashMap<>();
        KvpItems kvp = new KvpItems();
        for (JsonObject component : JsonFields.objects(json)) {
            String systemName = JsonFields.string(component, "SystemName");
            if (InputValidation.isGuid(systemName)) {
                String osName = kvp.osName(JsonFields.strings(component, "GuestIntrinsicExchangeItems"));
                if (osName != null) {
                    byVm.putIfAbsent(UUID.fromString(systemName), osName);
                }
            }
        }
        return byVm;
    }

    /** The services of one VM from a script's {@code services} section. */
    static List<IntegrationServiceState> services(String stdout, UUID vmId) {
        String section = Sections.require(Sections.split(stdout), SERVICES);
        return servicesByVm(section).getOrDefault(vmId, List.of());
    }

    static List<GuestServiceState> guestServices(String stdout) {
        List<GuestServiceState> services = new ArrayList<>();
        for (JsonObject service : JsonFields.objects(Sections.require(Sections.split(stdout), GUEST))) {
            services.add(new GuestServiceState(JsonFields.string(service, "Name"),
                    JsonFields.string(service, "DisplayName"),
                    CodedEnum.parse(GuestServiceStatus.class, service.get("Status"), GuestServiceStatus.UNKNOWN),
                    CodedEnum.parse(StartType.class, service.get("StartType"), StartType.UNKNOWN)));
        }
        return services;
    }

    static IntegrationServiceState service(JsonObject service) {
        String guid = IntegrationServiceType.componentGuidOf(JsonFields.string(service, "Id")).orElse(null);
        IntegrationServiceType type = IntegrationServiceType.fromGuid(guid).orElse(null);
        return new IntegrationServiceState(guid, type, JsonFields.string(service, "Name"),
                JsonFields.bool(service, "Enabled"), JsonFields.codes(service, "OperationalStatus",
                        OperationalStatus.class, OperationalStatus.UNKNOWN),
                JsonFields.string(service, "PrimaryStatusDescription"),
                JsonFields.string(service, "SecondaryStatusDescription"));
    }

    private static Map<UUID, List<IntegrationServiceState>> servicesByVm(String json) {
        Map<UUID, List<IntegrationServiceState>> byVm = new LinkedHashMap<>();
        for (JsonObject service : JsonFields.objects(json)) {
            vmIdOf(service).ifPresent(id -> byVm.computeIfAbsent(id, key -> new ArrayList<>()).add(service(service)));
        }
        return byVm;
    }

    private static Map<UUID, List<String>> addressesByVm(String json) {
        Map<UUID, List<String>> byVm = new LinkedHashMap<>();
        for (JsonObject adapter : JsonFields.objects(json)) {
            vmIdOf(adapter).ifPresent(id -> byVm.computeIfAbsent(id, key -> new ArrayList<>())
                    .addAll(JsonFields.strings(adapter, "IPAddresses")));
        }
        return byVm;
    }

    private static Optional<UUID> vmIdOf(JsonObject object) {
        String id = JsonFields.string(object, "VMId");
        return InputValidation.isGuid(id) ? Optional.of(UUID.fromString(id)) : Optional.empty();
    }
}

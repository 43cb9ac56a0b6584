package org.hvic.simulator.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds Windows and Linux guests from the {@code guest} part of a VM in the fleet file. */
final class GuestLoader {
    private static final Map<String, LinuxGuest.Sudo> SUDO = Map.of("nopasswd", LinuxGuest.Sudo.NOPASSWD,
            "password", LinuxGuest.Sudo.PASSWORD, "none", LinuxGuest.Sudo.NONE);

    private final FleetLoader loader;

    GuestLoader(FleetLoader loader) {
        this.loader = loader;
    }

    WindowsGuest windows(YamlNode g, VmState state, String guestOs, String icVersion,
                         Map<IntegrationComponent, Boolean> enabled) {
        g.allowOnly("kind", "user", "password", "services");
        WindowsGuest guest = new WindowsGuest(g.string("user", "Administrator"), g.string("password", ""));
        boolean running = state == VmState.RUNNING;
        for (GuestService s : defaultServices(new GuestOs(guestOs), !icVersion.isBlank(), running, enabled)) {
            guest.add(s);
        }
        YamlNode services = g.child("services");
        for (Map.Entry<String, Object> e : services.map().entrySet()) {
            String name = e.getKey().toLowerCase();
            String display = WindowsGuest.DISPLAY_NAMES.get(name);
            if (display == null) {
                throw services.child(e.getKey()).error("unknown guest service '" + e.getKey() + "' (expected one of "
                        + String.join(", ", new java.util.TreeSet<>(WindowsGuest.DISPLAY_NAMES.keySet())) + ")");
            }
            String value = String.valueOf(e.getValue());
            switch (value) {
                case "Running" -> guest.add(new GuestService(name, display, GuestService.Status.RUNNING, GuestService.StartType.MANUAL));
                case "Stopped" -> guest.add(new GuestService(name, display, GuestService.Status.STOPPED, GuestService.StartType.MANUAL));
                case "Disabled" -> guest.add(new GuestService(name, display, GuestService.Status.STOPPED, GuestService.StartType.DISABLED));
                default -> throw services.child(e.getKey()).error("expected Running, Stopped or Disabled but was '" + value + "'");
            }
        }
        return guest;
    }

    /** The vmic* services a Windows guest has by default: started where the host has the component enabled. */
    static List<GuestService> defaultServices(GuestOs os, boolean hasComponents, boolean running,
                                              Map<IntegrationComponent, Boolean> enabled) {
        List<GuestService> services = new ArrayList<>();
        if (!hasComponents) {
            return services;
        }
        for (IntegrationComponent c : IntegrationComponent.values()) {
            boolean present = switch (c) {
                case VSS -> os.hasVss();
                case GUEST_SERVICE_INTERFACE -> os.hasGuestServiceInterface();
                default -> true;
            };
            if (present) {
                services.add(service(c.guestService(), running && enabled.getOrDefault(c, c.enabledByDefault())));
            }
        }
        if (os.hasRdv()) {
            services.add(service("vmicrdv", running));
        }
        if (os.hasVmSession()) {
            services.add(service("vmicvmsession", false));
        }
        return services;
    }

    private static GuestService service(String name, boolean running) {
        return new GuestService(name, WindowsGuest.DISPLAY_NAMES.get(name),
                running ? GuestService.Status.RUNNING : GuestService.Status.STOPPED, GuestService.StartType.MANUAL);
    }

    LinuxGuest linux(YamlNode g, String vmName) {
        g.allowOnly("kind", "address", "user", "password", "sudo", "hostname", "kernel", "toolsPath", "modules",
                "daemons", "faults", "booted");
        String kernel = g.string("kernel", null);
        String tools = g.string("toolsPath", kernel == null ? "/usr/sbin" : "/usr/lib/linux-tools/" + kernel);
        List<String> modules = g.has("modules") ? g.strings("modules") : List.of("hv_utils", "hv_vmbus");
        LinuxGuest guest = new LinuxGuest(loader.address(g), g.required("user"), g.required("password"),
                g.choice("sudo", "nopasswd", SUDO), g.string("hostname", vmName), kernel, modules,
                FleetLoader.faults(g.child("faults")));
        LinuxProcesses.addSystemProcesses(guest, g.string("booted", "Jul11"));
        YamlNode daemons = g.child("daemons");
        for (Map.Entry<String, Object> e : daemons.map().entrySet()) {
            daemon(guest, daemons.child(e.getKey()), e.getKey(), tools);
        }
        return guest;
    }

    private static void daemon(LinuxGuest guest, YamlNode d, String name, String tools) {
        if (!LinuxGuest.KNOWN_DAEMONS.contains(name)) {
            throw d.error("unknown daemon '" + name + "' (expected one of " + String.join(", ", LinuxGuest.KNOWN_DAEMONS) + ")");
        }
        String state;
        String path = tools + "/" + name;
        List<String> processes = List.of();
        if (d.raw() instanceof Map) {
            d.allowOnly("state", "path", "processes");
            state = d.required("state");
            path = d.string("path", path);
            processes = d.strings("processes");
        } else {
            state = String.valueOf(d.raw());
        }
        switch (state) {
            case "absent" -> {
                return;
            }
            case "installed", "running" -> guest.install(name, path);
            default -> throw d.error("expected running, installed or absent but was '" + state + "'");
        }
        if (state.equals("running")) {
            LinuxProcesses.addDaemonProcesses(guest, path, processes, d);
        }
    }
}

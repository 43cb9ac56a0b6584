package org.hvic.simulator.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A simulated virtual machine; mutable state is changed only while its host's lock is held. */
public final class Vm {
    private final String name;
    private final String id;
    private volatile VmState state;
    private final String configVersion;
    private final GuestOs guestOs;
    private final String integrationServicesVersion;
    private final String integrationServicesState;
    private final int generation;
    private final long memoryMb;
    private final Instant startedAt;
    private final List<String> addresses;
    private final Map<IntegrationComponent, Boolean> enabled = new EnumMap<>(IntegrationComponent.class);
    private final WindowsGuest windowsGuest;
    private final LinuxGuest linuxGuest;

    public Vm(VmSpec spec) {
        this.name = spec.name();
        this.id = spec.id();
        this.state = spec.state();
        this.configVersion = spec.configVersion();
        this.guestOs = new GuestOs(spec.guestOs());
        this.integrationServicesVersion = spec.integrationServicesVersion();
        this.integrationServicesState = spec.integrationServicesState();
        this.generation = spec.generation();
        this.memoryMb = spec.memoryMb();
        this.startedAt = Instant.now().minus(spec.uptime());
        this.addresses = List.copyOf(spec.addresses());
        this.enabled.putAll(spec.enabled());
        this.windowsGuest = spec.windowsGuest();
        this.linuxGuest = spec.linuxGuest();
    }

    /** Everything the fleet file says about one VM. */
    public record VmSpec(String name, String id, VmState state, String configVersion, String guestOs,
                         String integrationServicesVersion, String integrationServicesState, int generation,
                         long memoryMb, Duration uptime, List<String> addresses,
                         Map<IntegrationComponent, Boolean> enabled, WindowsGuest windowsGuest, LinuxGuest linuxGuest) {
    }

    public String name() { return name; }
    public String id() { return id; }
    public VmState state() { return state; }
    public boolean running() { return state == VmState.RUNNING; }
    public String configVersion() { return configVersion; }
    public GuestOs guestOs() { return guestOs; }
    public String integrationServicesVersion() { return integrationServicesVersion; }
    /** "Up to date", "Update required" or "" (no integration services reported). */
    public String integrationServicesState() { return integrationServicesState; }
    public int generation() { return generation; }
    public long memoryMb() { return memoryMb; }
    public List<String> addresses() { return addresses; }
    public WindowsGuest windowsGuest() { return windowsGuest; }
    public LinuxGuest linuxGuest() { return linuxGuest; }

    public Duration uptime() {
        return running() ? Duration.between(startedAt, Instant.now()) : Duration.ZERO;
    }

    public boolean enabled(IntegrationComponent c) {
        synchronized (enabled) {
            return enabled.getOrDefault(c, c.enabledByDefault());
        }
    }

    public void setEnabled(IntegrationComponent c, boolean value) {
        synchronized (enabled) {
            enabled.put(c, value);
        }
    }

    /** Configuration version as a comparable number (major * 100 + minor). */
    public int configVersionNumber() {
        String[] parts = configVersion.split("\\.");
        try {
            return Integer.parseInt(parts[0]) * 100 + (parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

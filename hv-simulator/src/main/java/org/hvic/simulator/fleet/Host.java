package org.hvic.simulator.fleet;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A simulated Hyper-V host. Scripts run against a host hold its lock ({@link #lock()}). */
public final class Host implements Machine {
    private final String name;
    private final String address;
    private final String os;
    private final HostOs hostOs;
    private final String user;
    private final String password;
    private final String language;
    private final Map<String, String> serviceNames;
    private final Faults faults;
    private final List<Vm> vms;
    private final Object lock = new Object();

    public Host(String name, String address, String os, String user, String password, String language,
                Map<String, String> serviceNames, Faults faults, List<Vm> vms) {
        this.name = name;
        this.address = address;
        this.os = os;
        this.hostOs = HostOs.of(os);
        this.user = user;
        this.password = password;
        this.language = language;
        this.serviceNames = Map.copyOf(serviceNames);
        this.faults = faults;
        this.vms = List.copyOf(vms);
    }

    public String name() { return name; }
    @Override
    public String address() { return address; }
    public String os() { return os; }
    public HostOs hostOs() { return hostOs; }
    @Override
    public String user() { return user; }
    public String language() { return language; }
    public boolean german() { return language.toLowerCase().startsWith("de"); }
    @Override
    public Faults faults() { return faults; }
    public List<Vm> vms() { return vms; }
    public Object lock() { return lock; }

    @Override
    public boolean checkPassword(String given) {
        return password.equals(given);
    }

    /** The component's display name in this host's language (serviceNames overrides win). */
    public String displayName(IntegrationComponent c) {
        String override = serviceNames.get(c.guid());
        if (override != null) {
            return override;
        }
        return german() ? c.germanName() : c.englishName();
    }

    public Optional<Vm> vmById(String id) {
        return vms.stream().filter(v -> v.id().equalsIgnoreCase(id)).findFirst();
    }
}

package org.hvic.simulator.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A simulated fleet: hosts with their VMs, Linux guests reachable at their own addresses. */
public final class Fleet {
    private final List<Host> hosts;
    private final Map<String, Machine> machines = new LinkedHashMap<>();
    private final Map<LinuxGuest, Vm> linuxVms = new LinkedHashMap<>();

    public Fleet(List<Host> hosts) {
        this.hosts = List.copyOf(hosts);
        for (Host h : hosts) {
            machines.put(h.address(), h);
            for (Vm vm : h.vms()) {
                if (vm.linuxGuest() != null) {
                    machines.put(vm.linuxGuest().address(), vm.linuxGuest());
                    linuxVms.put(vm.linuxGuest(), vm);
                }
            }
        }
    }

    /** The built-in demo fleet (resource demo-fleet.yaml): the seed's samples plus every compliance case. */
    public static Fleet demo() {
        try (InputStream in = Fleet.class.getResourceAsStream("/demo-fleet.yaml")) {
            if (in == null) {
                throw new IllegalStateException("demo-fleet.yaml is missing from the class path");
            }
            return parse(FleetLoader.utf8(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads and validates a fleet file; a {@link FleetException} names the bad key. */
    public static Fleet load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fleet file " + file, e);
        }
    }

    public static Fleet parse(String yaml) {
        return new Fleet(FleetLoader.parse(yaml));
    }

    /** A large generated fleet for benchmarks (deterministic for a seed). */
    public static Fleet generate(int hosts, int vmsPerHost, long seed) {
        return FleetGenerator.generate(hosts, vmsPerHost, seed);
    }

    public List<Host> hosts() {
        return hosts;
    }

    public Optional<Host> host(String address) {
        return machine(address).filter(Host.class::isInstance).map(Host.class::cast);
    }

    public Optional<Host> hostByName(String name) {
        return hosts.stream().filter(h -> h.name().equalsIgnoreCase(name)).findFirst();
    }

    public Optional<LinuxGuest> linuxGuest(String address) {
        return machine(address).filter(LinuxGuest.class::isInstance).map(LinuxGuest.class::cast);
    }

    public Optional<Machine> machine(String address) {
        return Optional.ofNullable(machines.get(address));
    }

    /** The VM a Linux guest runs in. */
    public Vm vmOf(LinuxGuest guest) {
        return linuxVms.get(guest);
    }

    /** Every machine's address, hosts first. */
    public List<String> addresses() {
        return Collections.unmodifiableList(new ArrayList<>(machines.keySet()));
    }

    /** Addresses that accept connections (faults.unreachable leaves the address unbound). */
    public List<String> reachableAddresses() {
        return machines.values().stream().filter(m -> !m.faults().unreachable()).map(Machine::address).toList();
    }

    /** Finds a VM by id anywhere in the fleet. */
    public Optional<Vm> vm(String id) {
        return hosts.stream().flatMap(h -> h.vms().stream()).filter(v -> v.id().equalsIgnoreCase(id)).findFirst();
    }

    /** Finds the first VM with this name on the named host. */
    public Optional<Vm> vm(String hostName, String vmName) {
        return hostByName(hostName).flatMap(h -> h.vms().stream().filter(v -> v.name().equals(vmName)).findFirst());
    }

    public int vmCount() {
        return hosts.stream().mapToInt(h -> h.vms().size()).sum();
    }
}

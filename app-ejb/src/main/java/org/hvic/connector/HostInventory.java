package org.hvic.connector;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every VM of one host, and the host's OS name ({@code Win32_OperatingSystem.Caption} without its leading
 * "Microsoft ", e.g. "Windows Server 2012 R2 Datacenter"; null when the host did not report it).
 */
public record HostInventory(List<VmSnapshot> vms, String hostOs) {

    public HostInventory {
        vms = List.copyOf(vms);
    }

    public Optional<VmSnapshot> vm(UUID vmId) {
        return vms.stream().filter(vm -> vm.vmId().equals(vmId)).findFirst();
    }

    /** VM names need not be unique: all VMs of that exact name. */
    public List<VmSnapshot> vmsNamed(String name) {
        return vms.stream().filter(vm -> vm.name().equals(name)).toList();
    }
}

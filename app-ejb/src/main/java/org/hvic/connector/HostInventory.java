package org.hvic.connector;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every VM of one host. */
public record HostInventory(List<VmSnapshot> vms) {

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

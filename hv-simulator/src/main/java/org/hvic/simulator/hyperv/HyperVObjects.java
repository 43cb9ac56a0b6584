package org.hvic.simulator.hyperv;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hvic.simulator.fleet.ComponentStatus;
import org.hvic.simulator.fleet.GuestService;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.fleet.IntegrationComponent;
import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.powershell.PsEnum;
import org.hvic.simulator.powershell.PsObject;
import org.hvic.simulator.powershell.output.Views;

/** Builds the objects the Hyper-V and service cmdlets return, with the properties of the real types. */
public final class HyperVObjects {
    private static final String OPERATIONAL_STATUS = "Microsoft.HyperV.PowerShell.VMIntegrationComponentOperationalStatus";

    private HyperVObjects() {
    }

    public static PsObject vm(Host host, Vm vm) {
        return new PsObject(Views.VM, vm)
                .with("Name", vm.name())
                .with("Id", vm.id())
                .with("VMId", vm.id())
                .with("VMName", vm.name())
                .with("State", new PsEnum("Microsoft.HyperV.PowerShell.VMState", vm.state().label(), vm.state().code()))
                .with("Status", "Operating normally")
                .with("Heartbeat", heartbeat(host, vm))
                .with("Generation", vm.generation())
                .with("Version", vm.configVersion())
                .with("IntegrationServicesVersion", vm.integrationServicesVersion())
                .with("IntegrationServicesState", vm.integrationServicesState())
                .with("Uptime", timeSpan(vm.uptime()))
                .with("CPUUsage", 0)
                .with("MemoryAssigned", vm.running() ? vm.memoryMb() * 1024 * 1024 : 0L)
                .with("ComputerName", host.name());
    }

    private static PsEnum heartbeat(Host host, Vm vm) {
        if (!vm.running()) {
            return null;
        }
        String type = "Microsoft.HyperV.PowerShell.VMHeartbeatStatus";
        if (!vm.enabled(IntegrationComponent.HEARTBEAT)) {
            return new PsEnum(type, "Disabled", 1);
        }
        int code = ComponentStatus.of(host, vm, IntegrationComponent.HEARTBEAT).operationalStatus().get(0);
        return switch (code) {
            case ComponentStatus.OK -> new PsEnum(type, "OkApplicationsHealthy", 6);
            case ComponentStatus.LOST_COMMUNICATION -> new PsEnum(type, "LostCommunication", 4);
            default -> new PsEnum(type, "NoContact", 2);
        };
    }

    public static PsObject integrationService(Host host, Vm vm, IntegrationComponent c) {
        ComponentStatus s = ComponentStatus.of(host, vm, c);
        List<Object> codes = new ArrayList<>();
        s.operationalStatus().forEach(code -> codes.add(operational(code)));
        List<Object> descriptions = new ArrayList<>(List.of(s.primaryDescription()));
        if (!s.secondaryDescription().isEmpty()) {
            descriptions.add(s.secondaryDescription());
        }
        return new PsObject(Views.INTEGRATION_SERVICE, new ComponentRef(vm, c))
                .with("VMName", vm.name())
                .with("VMId", vm.id())
                .with("Name", host.displayName(c))
                .with("Id", "Microsoft:" + vm.id().toUpperCase() + "\\" + c.guid())
                .with("Enabled", vm.enabled(c))
                .with("OperationalStatus", codes)
                .with("PrimaryOperationalStatus", codes.get(0))
                .with("SecondaryOperationalStatus", codes.size() > 1 ? codes.get(1) : null)
                .with("PrimaryStatusDescription", s.primaryDescription())
                .with("SecondaryStatusDescription", s.secondaryDescription())
                .with("StatusDescription", descriptions)
                .with("ComputerName", host.name())
                .with("IsDeleted", false);
    }

    private static PsEnum operational(int code) {
        String name = switch (code) {
            case 2 -> "Ok";
            case 3 -> "Degraded";
            case 6 -> "Error";
            case 12 -> "NoContact";
            case 13 -> "LostCommunication";
            case 32775 -> "ProtocolMismatch";
            default -> String.valueOf(code);
        };
        return new PsEnum(OPERATIONAL_STATUS, name, code);
    }

    public static PsObject networkAdapter(Host host, Vm vm, List<String> addresses) {
        String mac = String.format("00155D%06X", Math.abs(vm.id().hashCode()) % 0xFFFFFF);
        return new PsObject(Views.NETWORK_ADAPTER, vm)
                .with("Name", "Network Adapter")
                .with("IsManagementOs", false)
                .with("VMName", vm.name())
                .with("VMId", vm.id())
                .with("SwitchName", "Default Switch")
                .with("MacAddress", mac)
                .with("Status", List.of(new PsEnum("Microsoft.HyperV.PowerShell.VMNetworkAdapterOperationalStatus",
                        vm.running() ? "Ok" : "Unknown", vm.running() ? 2 : 0)))
                .with("IPAddresses", new ArrayList<Object>(addresses))
                .with("ComputerName", host.name());
    }

    public static PsObject service(GuestService s) {
        return new PsObject(Views.SERVICE, s)
                .with("Name", s.name())
                .with("CanStop", s.running())
                .with("DisplayName", s.displayName())
                .with("MachineName", ".")
                .with("ServiceName", s.name())
                .with("Status", new PsEnum("System.ServiceProcess.ServiceControllerStatus", s.status().label(), s.status().code()))
                .with("ServiceType", new PsEnum("System.ServiceProcess.ServiceType", "Win32ShareProcess", 32))
                .with("StartType", new PsEnum("System.ServiceProcess.ServiceStartMode", s.startType().label(), s.startType().code()));
    }

    public static PsObject timeSpan(Duration d) {
        long ticks = d.toNanos() / 100;
        double ms = ticks / 10_000.0;
        long seconds = d.getSeconds();
        String display = (seconds >= 86400 ? seconds / 86400 + "." : "")
                + String.format("%02d:%02d:%02d.%07d", seconds / 3600 % 24, seconds / 60 % 60, seconds % 60, ticks % 10_000_000);
        return new PsObject(Views.TIMESPAN, null, display)
                .with("Ticks", ticks)
                .with("Days", (int) (seconds / 86400))
                .with("Hours", (int) (seconds / 3600 % 24))
                .with("Milliseconds", (int) (ticks / 10_000 % 1000))
                .with("Minutes", (int) (seconds / 60 % 60))
                .with("Seconds", (int) (seconds % 60))
                .with("TotalDays", ms / 86_400_000.0)
                .with("TotalHours", ms / 3_600_000.0)
                .with("TotalMilliseconds", ms)
                .with("TotalMinutes", ms / 60_000.0)
                .with("TotalSeconds", ms / 1000.0);
    }
}

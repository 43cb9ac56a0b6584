package org.hvic.simulator.powershell.output;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvic.simulator.powershell.PsObject;
import org.hvic.simulator.powershell.Values;
import org.hvic.simulator.powershell.output.TableView.Column;

/** The default table views of the types the simulator emits (Windows PowerShell 5.1 / Hyper-V format data). */
public final class Views {
    public static final String VM = "Microsoft.HyperV.PowerShell.VirtualMachine";
    public static final String INTEGRATION_SERVICE = "Microsoft.HyperV.PowerShell.VMIntegrationComponent";
    public static final String NETWORK_ADAPTER = "Microsoft.HyperV.PowerShell.VMNetworkAdapter";
    public static final String SERVICE = "System.ServiceProcess.ServiceController";
    public static final String TIMESPAN = "System.TimeSpan";

    private static final Map<String, TableView> VIEWS = Map.of(
            INTEGRATION_SERVICE, new TableView(List.of(
                    Column.property("VMName", 11, "VMName"),
                    Column.property("Name", 23, "Name"),
                    Column.property("Enabled", 7, "Enabled"),
                    Column.property("PrimaryStatusDescription", 24, "PrimaryStatusDescription"),
                    Column.property("SecondaryStatusDescription", 26, "SecondaryStatusDescription"))),
            SERVICE, new TableView(List.of(
                    Column.property("Status", 8, "Status"),
                    Column.property("Name", 18, "Name"),
                    Column.property("DisplayName", 38, "DisplayName"))),
            VM, new TableView(List.of(
                    Column.property("Name", 0, "Name"),
                    Column.property("State", 0, "State"),
                    Column.property("CPUUsage(%)", 0, "CPUUsage"),
                    new Column("MemoryAssigned(M)", 0, o -> String.valueOf(((Number) o.get("MemoryAssigned")).longValue() / (1024 * 1024))),
                    new Column("Uptime", 0, o -> uptime(o.get("Uptime"))),
                    Column.property("Status", 0, "Status"),
                    Column.property("Version", 0, "Version"))),
            NETWORK_ADAPTER, new TableView(List.of(
                    Column.property("Name", 0, "Name"),
                    Column.property("IsManagementOs", 0, "IsManagementOs"),
                    Column.property("VMName", 0, "VMName"),
                    Column.property("SwitchName", 0, "SwitchName"),
                    Column.property("MacAddress", 0, "MacAddress"),
                    Column.property("Status", 0, "Status"),
                    Column.property("IPAddresses", 0, "IPAddresses"))));

    private Views() {
    }

    public static Optional<TableView> of(String typeName) {
        return Optional.ofNullable(VIEWS.get(typeName));
    }

    /** Uptime as Get-VM shows it: hh:mm:ss (with a day count when over a day). */
    static String uptime(Object timeSpan) {
        if (!(timeSpan instanceof PsObject t)) {
            return Values.toStr(timeSpan);
        }
        long seconds = ((Number) t.get("Ticks")).longValue() / 10_000_000L;
        long days = seconds / 86400;
        String hms = String.format("%02d:%02d:%02d", seconds / 3600 % 24, seconds / 60 % 60, seconds % 60);
        return days > 0 ? days + "." + hms : hms;
    }

    /** A table or list view for objects without a registered view (PSCustomObject): up to 4 properties as a table. */
    static TableView auto(PsObject sample) {
        return new TableView(sample.properties().keySet().stream().map(p -> Column.property(p, 0, p)).toList());
    }
}

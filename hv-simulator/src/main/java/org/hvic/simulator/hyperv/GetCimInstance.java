package org.hvic.simulator.hyperv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.fleet.OsVersions;
import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.ParameterSpec;
import org.hvic.simulator.powershell.PsError;
import org.hvic.simulator.powershell.PsObject;
import org.hvic.simulator.powershell.cmdlets.BaseCmdlet;

/**
 * Get-CimInstance [-ClassName] &lt;string&gt; [-Namespace &lt;string&gt;] for the two classes a host is read with:
 * Win32_OperatingSystem (root/cimv2) and Msvm_KvpExchangeComponent (root/virtualization/v2). Any other class gives
 * WMI's "Invalid class" error and an unknown namespace "Invalid namespace", as on a real host (not a rejection); the
 * cmdlet's other parameters are not simulated and are rejected.
 */
final class GetCimInstance extends BaseCmdlet {
    static final String CIMV2 = "root/cimv2";
    static final String VIRTUALIZATION_V2 = "root/virtualization/v2";
    private static final String OPERATING_SYSTEM = "Win32_OperatingSystem";
    private static final String KVP_COMPONENT = "Msvm_KvpExchangeComponent";
    private static final List<String> NAMESPACES = List.of(CIMV2, VIRTUALIZATION_V2, "root/virtualization",
            "root/default", "root/standardcimv2", "root/microsoft/windows/storage");
    private static final List<String> NOT_SIMULATED = List.of("Filter", "Property", "Query", "QueryDialect",
            "ComputerName", "CimSession", "InputObject", "ResourceUri", "KeyOnly", "Shallow", "OperationTimeoutSec");

    GetCimInstance() {
        super("Get-CimInstance", "Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand",
                ParameterSpec.create()
                        .value("ClassName", 0, "System.String").value("Namespace", -1, "System.String")
                        .value("Filter", -1, "System.String").named("Property", "SelectProperties")
                        .value("Query", -1, "System.String").value("QueryDialect", -1, "System.String")
                        .named("ComputerName", "CN", "ServerName").named("CimSession")
                        .value("InputObject", -1, "Microsoft.Management.Infrastructure.CimInstance", "CimInstance")
                        .value("ResourceUri", -1, "System.Uri").switchParam("KeyOnly").switchParam("Shallow")
                        .value("OperationTimeoutSec", -1, "System.UInt32", "OT"));
    }

    @Override
    public List<Object> invoke(CmdletCall call) {
        for (String parameter : NOT_SIMULATED) {
            if (call.params().has(parameter)) {
                throw call.fail(PsError.rejecting("The simulator does not implement Get-CimInstance -" + parameter + ".",
                        "NotImplemented", "", "NotImplementedException", "NotSimulated," + implementingType()));
            }
        }
        String className = call.params().string("ClassName");
        if (className == null || className.isBlank()) {
            throw call.fail(call.error(Messages.missingMandatory("ClassName"), "InvalidArgument", "",
                    "ParameterBindingException", "MissingMandatoryParameter"));
        }
        String written = call.params().has("Namespace") ? call.params().string("Namespace") : "root\\cimv2";
        String namespace = written.replace('\\', '/').toLowerCase(Locale.ROOT).replaceAll("^/+|/+$", "");
        String target = written + ":" + className;
        if (!NAMESPACES.contains(namespace)) {
            throw call.fail(call.error("Invalid namespace ", "MetadataError", target, "CimException",
                    "HRESULT 0x8004100e"));
        }
        Host host = VmResolver.host(call);
        List<Object> output = new ArrayList<>();
        if (namespace.equals(CIMV2) && className.equalsIgnoreCase(OPERATING_SYSTEM)) {
            output.add(operatingSystem(host));
        } else if (namespace.equals(VIRTUALIZATION_V2) && className.equalsIgnoreCase(KVP_COMPONENT)) {
            host.vms().forEach(vm -> output.add(kvpExchangeComponent(host, vm)));
        } else {
            throw call.fail(call.error("Invalid class ", "MetadataError", target, "CimException", "HRESULT 0x80041010"));
        }
        return output;
    }

    /** The host's Win32_OperatingSystem; its Caption starts with "Microsoft " as on a real host. */
    static PsObject operatingSystem(Host host) {
        String os = host.os();
        String caption = os.startsWith("Microsoft ") ? os : "Microsoft " + os;
        String version = OsVersions.windows(os).orElse("");
        return new PsObject("Microsoft.Management.Infrastructure.CimInstance#root/cimv2/Win32_OperatingSystem", host,
                "Win32_OperatingSystem: " + caption)
                .with("Caption", caption)
                .with("Version", version)
                .with("BuildNumber", version.substring(version.lastIndexOf('.') + 1))
                .with("OSArchitecture", host.german() ? "64-Bit" : "64-bit")
                .with("OSLanguage", host.german() ? 1031 : 1033)
                .with("ProductType", OsVersions.server(os) ? 3 : 1)
                .with("CSName", host.name())
                .with("SystemDirectory", "C:\\Windows\\system32")
                .with("PSComputerName", null);
    }

    /** A VM's Msvm_KvpExchangeComponent: SystemName is the VM's GUID (upper case), the items only while KVP works. */
    static PsObject kvpExchangeComponent(Host host, Vm vm) {
        String guid = vm.id().toUpperCase(Locale.ROOT);
        return new PsObject("Microsoft.Management.Infrastructure.CimInstance#root/virtualization/v2/" + KVP_COMPONENT,
                vm, "Msvm_KvpExchangeComponent (DeviceID = \"Microsoft:" + guid + "\\...)")
                .with("Caption", "Key-Value Pair Exchange")
                .with("Description", "Microsoft Key-Value Pair Exchange Service")
                .with("ElementName", "Key-Value Pair Exchange")
                .with("Name", "Key-Value Pair Exchange")
                .with("EnabledState", vm.running() ? 2 : 3)
                .with("SystemCreationClassName", "Msvm_ComputerSystem")
                .with("SystemName", guid)
                .with("CreationClassName", KVP_COMPONENT)
                .with("DeviceID", "Microsoft:" + guid + "\\2A34B1C2-FD73-4043-8A5B-DD2159BC743F")
                .with("GuestExchangeItems", new ArrayList<>())
                .with("GuestIntrinsicExchangeItems", KvpExchange.intrinsicExchangeItems(vm))
                .with("PSComputerName", null);
    }
}

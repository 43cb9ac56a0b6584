package org.hvic.simulator.hyperv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvic.simulator.fleet.IntegrationComponent;
import org.hvic.simulator.fleet.LinuxGuest;
import org.hvic.simulator.fleet.OsVersions;
import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.fleet.WindowsGuest;

/**
 * What a VM's guest pushes through Key-Value Pair Exchange (Data Exchange): only while the VM runs, the host has the
 * component enabled and the guest runs its side (vmickvpexchange in Windows, hv_kvp_daemon in Linux).
 */
final class KvpExchange {
    private static final String ITEM_CLASS = "Msvm_KvpExchangeDataItem";
    /** Msvm_KvpExchangeDataItem.Source of the items the integration component pushes itself. */
    private static final int SOURCE_GUEST_INTRINSIC = 2;

    private KvpExchange() {
    }

    /** Whether the guest's data reaches the host right now. */
    static boolean reports(Vm vm) {
        if (!vm.running() || !vm.enabled(IntegrationComponent.KEY_VALUE_PAIR_EXCHANGE)) {
            return false;
        }
        LinuxGuest linux = vm.linuxGuest();
        if (linux != null) {
            return "running".equals(linux.daemonState("hv_kvp_daemon"));
        }
        WindowsGuest windows = vm.windowsGuest();
        return windows != null && windows.service("vmickvpexchange").map(s -> s.running()).orElse(false);
    }

    /** The guest's intrinsic items as name to value (empty when the guest does not report). */
    static Map<String, String> intrinsicItems(Vm vm) {
        Map<String, String> items = new LinkedHashMap<>();
        if (!reports(vm)) {
            return items;
        }
        String osName = vm.guestOs().name();
        LinuxGuest linux = vm.linuxGuest();
        if (linux != null) {
            items.put("FullyQualifiedDomainName", linux.hostname());
            items.put("IntegrationServicesVersion", "3.1");
            items.put("NetworkAddressIPv4", linux.address());
            items.put("NetworkAddressIPv6", "");
            items.put("OSName", osName);
            if (linux.kernel() != null) {
                items.put("OSVersion", linux.kernel());
            }
            items.put("ProcessorArchitecture", "x86_64");
            return items;
        }
        String version = OsVersions.windows(osName).orElse("");
        String[] parts = version.split("\\.");
        items.put("FullyQualifiedDomainName", vm.name());
        items.put("OSName", osName);
        items.put("OSVersion", version);
        items.put("CSDVersion", servicePack(osName));
        items.put("OSMajorVersion", parts.length == 3 ? parts[0] : "");
        items.put("OSMinorVersion", parts.length == 3 ? parts[1] : "");
        items.put("OSBuildNumber", parts.length == 3 ? parts[2] : "");
        items.put("OSPlatformId", "2");
        items.put("ServicePackMajor", servicePack(osName).isEmpty() ? "0" : servicePack(osName).replaceAll("\\D", ""));
        items.put("ServicePackMinor", "0");
        items.put("SuiteMask", OsVersions.server(osName) ? "272" : "256");
        items.put("ProductType", OsVersions.server(osName) ? "3" : "1");
        items.put("ProcessorArchitecture", "9");
        items.put("IntegrationServicesVersion", vm.integrationServicesVersion());
        items.put("NetworkAddressIPv4", String.join(";", vm.addresses().stream().filter(a -> !a.contains(":")).toList()));
        items.put("NetworkAddressIPv6", String.join(";", vm.addresses().stream().filter(a -> a.contains(":")).toList()));
        return items;
    }

    /** GuestIntrinsicExchangeItems: each item an embedded Msvm_KvpExchangeDataItem instance in CIM-XML (DMTF DSP0201). */
    static List<Object> intrinsicExchangeItems(Vm vm) {
        List<Object> xml = new ArrayList<>();
        intrinsicItems(vm).forEach((name, data) -> xml.add(item(name, data)));
        return xml;
    }

    static String item(String name, String data) {
        return "<INSTANCE CLASSNAME=\"" + ITEM_CLASS + "\">"
                + "<PROPERTY NAME=\"Caption\" PROPAGATED=\"true\" TYPE=\"string\"></PROPERTY>"
                + "<PROPERTY NAME=\"Data\" TYPE=\"string\"><VALUE>" + escape(data) + "</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"Description\" PROPAGATED=\"true\" TYPE=\"string\"></PROPERTY>"
                + "<PROPERTY NAME=\"ElementName\" PROPAGATED=\"true\" TYPE=\"string\"></PROPERTY>"
                + "<PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>" + escape(name) + "</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"Source\" TYPE=\"uint16\"><VALUE>" + SOURCE_GUEST_INTRINSIC + "</VALUE></PROPERTY>"
                + "</INSTANCE>";
    }

    /** XML character escaping of a value (the guest's text may contain anything). */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String servicePack(String osName) {
        var m = java.util.regex.Pattern.compile("(?i)\\bSP\\s?(\\d)").matcher(osName);
        return m.find() ? "Service Pack " + m.group(1) : "";
    }
}

package org.hvic.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HostOutputParserTest {

    private static final String DEMOVM = "6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b11";
    private static final String OFFVM = "0c7d9a3e-1111-4c4e-8a39-2d0c4f6a8b22";

    /** Windows PowerShell 5.1: enums as numbers, Guid as string, TimeSpan as object, the Id's backslash escaped. */
    private static final String PS51_HOST = String.join("\r\n",
            "text before the first marker is ignored",
            "##hvic:vms",
            "[{\"Id\":\"" + DEMOVM + "\",\"Name\":\"demovm\",\"State\":2,\"Status\":\"Operating normally\","
                    + "\"Generation\":2,\"Version\":\"9.0\",\"IntegrationServicesVersion\":\"10.0.19041.1\","
                    + "\"IntegrationServicesState\":\"Up to date\",\"Uptime\":{\"Ticks\":1234,\"Days\":0}},"
                    + "{\"Id\":\"" + OFFVM + "\",\"Name\":\"old [vm]\",\"State\":3,\"Status\":\"Operating normally\","
                    + "\"Generation\":1,\"Version\":\"5.0\",\"IntegrationServicesVersion\":null,"
                    + "\"IntegrationServicesState\":\"\",\"Uptime\":{\"Ticks\":0}}]",
            "##hvic:services",
            "[" + service(DEMOVM, "Guest Service Interface", "6C09BB55-D683-4DA0-8931-C9BF705F6480", false, "[2]", "OK", null)
                    + "," + service(DEMOVM, "Heartbeat", "84EAAE65-2F2E-45F5-9BB5-0E857DC8EB47", true, "[2]", "OK", "OK")
                    + "," + service(DEMOVM, "Future Thing", "11111111-2222-3333-4444-555555555555", true, "[2,3]", "OK", null)
                    + "," + service(OFFVM, "VSS", "5CED1297-4598-4915-A5FC-AD21BB4D02A4", true, "12", "No Contact", null)
                    + "]",
            "##hvic:adapters",
            "[{\"VMId\":\"" + DEMOVM + "\",\"VMName\":\"demovm\",\"IPAddresses\":[\"192.168.1.20\",\"fe80::1\"]},"
                    + "{\"VMId\":\"" + OFFVM + "\",\"VMName\":\"old [vm]\",\"IPAddresses\":null}]",
            "##hvic:host",
            "[{\"Caption\":\"Microsoft Windows Server 2012 R2 Datacenter\",\"Version\":\"6.3.9600\"}]",
            "##hvic:kvp",
            "[{\"SystemName\":\"" + DEMOVM.toUpperCase() + "\",\"GuestIntrinsicExchangeItems\":["
                    + json(kvpItem("FullyQualifiedDomainName", "demovm.example.com")) + ","
                    + json(kvpItem("OSName", "Windows 10 Enterprise")) + ","
                    + json(kvpItem("OSVersion", "10.0.19045")) + "]},"
                    + "{\"SystemName\":\"" + OFFVM.toUpperCase() + "\",\"GuestIntrinsicExchangeItems\":[]}]",
            "");

    /** An embedded Msvm_KvpExchangeDataItem as a real host gives it (with the propagated properties without a value). */
    static String kvpItem(String name, String data) {
        return "<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\"><PROPERTY NAME=\"Caption\" PROPAGATED=\"true\" "
                + "TYPE=\"string\"></PROPERTY><PROPERTY NAME=\"Data\" TYPE=\"string\"><VALUE>" + data
                + "</VALUE></PROPERTY><PROPERTY NAME=\"Description\" PROPAGATED=\"true\" TYPE=\"string\"></PROPERTY>"
                + "<PROPERTY NAME=\"ElementName\" PROPAGATED=\"true\" TYPE=\"string\"></PROPERTY><PROPERTY NAME=\"Name\" "
                + "TYPE=\"string\"><VALUE>" + name + "</VALUE></PROPERTY><PROPERTY NAME=\"Source\" TYPE=\"uint16\">"
                + "<VALUE>2</VALUE></PROPERTY></INSTANCE>";
    }

    /** A string as Windows PowerShell 5.1's ConvertTo-Json writes it: quotes escaped, {@code < > & '} as \\u00XX. */
    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026").replace("'", "\\u0027") + "\"";
    }

    static String service(String vmId, String name, String guid, boolean enabled, String status, String primary,
                          String secondary) {
        return "{\"VMId\":\"" + vmId + "\",\"VMName\":\"vm\",\"Name\":\"" + name + "\",\"Id\":\"Microsoft:"
                + vmId.toUpperCase() + "\\\\" + guid + "\",\"Enabled\":" + enabled + ",\"OperationalStatus\":" + status
                + ",\"PrimaryStatusDescription\":" + quote(primary) + ",\"SecondaryStatusDescription\":"
                + quote(secondary) + "}";
    }

    private static String quote(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    @Test
    void readsEveryVmWithServicesAndAddresses() {
        HostInventory inventory = HostOutputParser.inventory(PS51_HOST);
        assertEquals(2, inventory.vms().size());
        VmSnapshot demovm = inventory.vm(UUID.fromString(DEMOVM)).orElseThrow();
        assertEquals("demovm", demovm.name());
        assertEquals(VmState.RUNNING, demovm.state());
        assertEquals(2, demovm.generation());
        assertEquals("9.0", demovm.configVersion());
        assertEquals("10.0.19041.1", demovm.icVersion());
        assertEquals("Up to date", demovm.icState());
        assertEquals(List.of("192.168.1.20", "fe80::1"), demovm.ipAddresses());
        assertEquals(3, demovm.services().size());
        IntegrationServiceState gsi = demovm.service(IntegrationServiceType.GUEST_SERVICE_INTERFACE).orElseThrow();
        assertFalse(gsi.enabled());
        assertEquals(List.of(2), gsi.operationalStatus());
        assertEquals("OK", gsi.primaryStatus());
        assertNull(gsi.secondaryStatus());
        IntegrationServiceState unknown = demovm.services().get(2);
        assertNull(unknown.type());
        assertEquals("11111111-2222-3333-4444-555555555555", unknown.guid());
        assertEquals(List.of(2, 3), unknown.operationalStatus());

        VmSnapshot off = inventory.vmsNamed("old [vm]").get(0);
        assertEquals(VmState.OFF, off.state());
        assertNull(off.icVersion());
        assertEquals(List.of(), off.ipAddresses());
        assertEquals(List.of(12), off.services().get(0).operationalStatus(), "a single number for an array");
    }

    @Test
    void guestAndHostOsFromKvpAndWin32OperatingSystem() {
        HostInventory inventory = HostOutputParser.inventory(PS51_HOST);
        assertEquals("Windows Server 2012 R2 Datacenter", inventory.hostOs(), "without the leading Microsoft");
        assertEquals("Windows 10 Enterprise", inventory.vm(UUID.fromString(DEMOVM)).orElseThrow().guestOs());
        assertNull(inventory.vm(UUID.fromString(OFFVM)).orElseThrow().guestOs(), "no items: no guest OS");
        assertTrue(PS51_HOST.contains("\r\n"), "the host answers with CRLF");
    }

    @Test
    void kvpAndHostSectionsAreTolerant() {
        String vms = "##hvic:vms\r\n[{\"Id\":\"" + DEMOVM + "\",\"Name\":\"a\",\"State\":2},{\"Id\":\"" + OFFVM
                + "\",\"Name\":\"b\",\"State\":3}]\r\n##hvic:services\r\n[]\r\n";
        String kvp = vms + "##hvic:host\r\n{\"Caption\":\"Microsoft\u00AE Windows Server\u00AE 2008 Standard \",\"Version\":\"6.0.6002\"}\r\n"
                + "##hvic:kvp\r\n{\"SystemName\":\"" + DEMOVM + "\",\"GuestIntrinsicExchangeItems\":"
                + json(kvpItem("OSName", "Ubuntu 22.04.3 LTS")) + "}\r\n";
        HostInventory single = HostOutputParser.inventory(kvp);
        assertEquals("Windows Server\u00AE 2008 Standard", single.hostOs(), "a single object, the Microsoft\u00AE prefix");
        assertEquals("Ubuntu 22.04.3 LTS", single.vms().get(0).guestOs(), "a single string for an array, lower-case GUID");

        String nulls = vms + "##hvic:host\r\n[]\r\n##hvic:kvp\r\n[{\"SystemName\":\"" + DEMOVM.toUpperCase()
                + "\",\"GuestIntrinsicExchangeItems\":null},{\"SystemName\":\"not a guid\",\"GuestIntrinsicExchangeItems\":["
                + json(kvpItem("OSName", "x")) + "]}]\r\n";
        HostInventory none = HostOutputParser.inventory(nulls);
        assertNull(none.hostOs());
        assertNull(none.vms().get(0).guestOs());
        assertNull(none.vms().get(1).guestOs());

        HostInventory older = HostOutputParser.inventory(vms);
        assertNull(older.hostOs(), "output without the host and kvp sections");
        assertNull(older.vms().get(0).guestOs());
    }

    @Test
    void guestOsIsUntrustedText() {
        String escaped = "##hvic:vms\n[{\"Id\":\"" + DEMOVM + "\",\"Name\":\"a\",\"State\":2}]\n##hvic:services\n[]\n"
                + "##hvic:kvp\n[{\"SystemName\":\"" + DEMOVM + "\",\"GuestIntrinsicExchangeItems\":["
                + json(kvpItem("OSName", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co\u200B\u202E&#9; Linux&#10;")) + "]}]\n";
        assertEquals("<script>alert(1)</script> & Co Linux", HostOutputParser.inventory(escaped).vms().get(0).guestOs(),
                "entities decoded, control and bidi characters removed: the view escapes HTML");
    }

    @Test
    void aSingleObjectInsteadOfAnArrayAndEnumNamesAreAccepted() {
        String output = "##hvic:vms\n{\"Id\":\"" + DEMOVM + "\",\"Name\":\"demovm\",\"State\":\"Saved\",\"Generation\":\"2\"}\n"
                + "##hvic:services\n" + service(DEMOVM, "Takt", "84EAAE65-2F2E-45F5-9BB5-0E857DC8EB47", true, "[\"Ok\"]", "OK", "OK")
                + "\n##hvic:adapters\n\n";
        VmSnapshot vm = HostOutputParser.inventory(output).vms().get(0);
        assertEquals(VmState.SAVED, vm.state());
        assertEquals(2, vm.generation());
        assertEquals(IntegrationServiceType.HEARTBEAT, vm.services().get(0).type());
        assertEquals("Takt", vm.services().get(0).displayName());
        assertEquals(List.of(2), vm.services().get(0).operationalStatus(), "enum names become codes");
    }

    @Test
    void aGermanHostIsReadByGuid() {
        String output = "##hvic:services\n["
                + service(DEMOVM, "Gastdienstschnittstelle", "6C09BB55-D683-4DA0-8931-C9BF705F6480", true, "[2]", "OK", null)
                + "," + service(DEMOVM, "Datenaustausch", "2A34B1C2-FD73-4043-8A5B-DD2159BC743F", false, "[32896]", "OK", null)
                + "," + service(OFFVM, "Takt", "84EAAE65-2F2E-45F5-9BB5-0E857DC8EB47", true, "[12]", "Kein Kontakt", null)
                + "]\n";
        List<IntegrationServiceState> services = HostOutputParser.services(output, UUID.fromString(DEMOVM));
        assertEquals(2, services.size(), "only the services of the VM asked for");
        assertEquals(IntegrationServiceType.GUEST_SERVICE_INTERFACE, services.get(0).type());
        assertTrue(services.get(0).enabled());
        assertEquals(IntegrationServiceType.KEY_VALUE_PAIR_EXCHANGE, services.get(1).type());
        assertEquals(List.of(32896), services.get(1).operationalStatus());
    }

    @Test
    void anEmptyHostHasNoVms() {
        assertEquals(List.of(), HostOutputParser.inventory("##hvic:vms\n[]\n##hvic:services\n[]\n##hvic:adapters\n[]\n").vms());
    }

    @Test
    void guestServicesFromPowerShellDirect() {
        String output = "##hvic:guest\n[{\"Name\":\"vmicguestinterface\",\"DisplayName\":\"Hyper-V Guest Service Interface\","
                + "\"Status\":4,\"StartType\":3,\"PSComputerName\":\"demovm\",\"RunspaceId\":\"x\",\"PSShowComputerName\":false},"
                + "{\"Name\":\"vmicvmsession\",\"DisplayName\":\"Hyper-V VM Session Service\",\"Status\":\"Stopped\","
                + "\"StartType\":\"Manual\"},{\"Name\":\"vmicvss\",\"DisplayName\":\"x\",\"Status\":99,\"StartType\":4}]";
        List<GuestServiceState> services = HostOutputParser.guestServices(output);
        assertEquals(new GuestServiceState("vmicguestinterface", "Hyper-V Guest Service Interface",
                GuestServiceStatus.RUNNING, StartType.MANUAL), services.get(0));
        assertEquals(GuestServiceStatus.STOPPED, services.get(1).status());
        assertEquals(StartType.MANUAL, services.get(1).startType());
        assertEquals(GuestServiceStatus.UNKNOWN, services.get(2).status());
        assertEquals(StartType.DISABLED, services.get(2).startType());
        assertEquals(WindowsGuestService.VMICVSS, services.get(2).service().orElseThrow());

        String single = "##hvic:guest\n{\"Name\":\"vmicrdv\",\"DisplayName\":\"d\",\"Status\":\"StartPending\",\"StartType\":2}";
        assertEquals(GuestServiceStatus.START_PENDING, HostOutputParser.guestServices(single).get(0).status());
    }

    @Test
    void outputWithoutItsSectionsIsMalformed() {
        assertThrows(MalformedOutputException.class, () -> HostOutputParser.inventory("hello"));
        assertThrows(MalformedOutputException.class, () -> HostOutputParser.guestServices("##hvic:guest\n[{"));
    }
}

package org.hvic.simulator.hyperv;

import static org.hvic.simulator.Seed.CREDENTIAL;
import static org.hvic.simulator.Seed.DEMOVM;
import static org.hvic.simulator.Seed.normalize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hvic.simulator.Seed;
import org.hvic.simulator.exec.CommandResult;
import org.hvic.simulator.fleet.Fleet;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.fleet.IntegrationComponent;
import org.hvic.simulator.fleet.Vm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HostShellTest {
    private Fleet fleet;
    private Host w10;
    private Host german;

    @BeforeEach
    void demo() {
        fleet = Fleet.demo();
        w10 = fleet.host(Seed.W10_HOST).orElseThrow();
        german = fleet.host("127.0.1.3").orElseThrow();
    }

    private CommandResult run(Host host, String script) {
        return HostShell.run(host, script);
    }

    @Test
    void getVmIntegrationServicePrintsTheSeedTable() {
        CommandResult r = run(w10, "Get-VMIntegrationService -VMName \"demovm\"");
        assertEquals(Seed.INTEGRATION_SERVICES, normalize(r.stdout()));
        assertTrue(r.stdout().startsWith("\r\nVMName"), "PowerShell starts a table with an empty line and uses CRLF");
        assertEquals(0, r.exitCode());
    }

    @Test
    void enableShowsInTheNextGetAndDisableStopsTheGuestService() {
        run(w10, "Enable-VMIntegrationService -VMName \"demovm\" -Name \"Guest Service Interface\"");
        assertTrue(normalize(run(w10, "Get-VMIntegrationService -VMName demovm -Name 'Guest*'").stdout())
                .contains("demovm      Guest Service Interface True    OK"));
        CommandResult off = run(w10, "Disable-VMIntegrationService -VMName \"demovm\" -Name \"Guest Service Interface\"");
        Vm vm = fleet.vm(DEMOVM).orElseThrow();
        assertFalse(vm.enabled(IntegrationComponent.GUEST_SERVICE_INTERFACE));
        assertEquals("Stopped", vm.windowsGuest().service("vmicguestinterface").orElseThrow().status().label());
        assertEquals(2, off.changes().size(), off.changes().toString());
    }

    @Test
    void protocolEnableByGuidAndJsonReadBack() {
        String script = "$ErrorActionPreference = 'Stop'\nGet-VM -Id '" + DEMOVM + "' | Get-VMIntegrationService | "
                + "Where-Object -Property Id -Like -Value '*\\6C09BB55-D683-4DA0-8931-C9BF705F6480' | Enable-VMIntegrationService\n"
                + "'##hvic:services'\nConvertTo-Json -Compress -Depth 3 -InputObject @(Get-VM -Id '" + DEMOVM
                + "' | Get-VMIntegrationService | Select-Object -Property VMId,VMName,Name,Id,Enabled,OperationalStatus,"
                + "PrimaryStatusDescription,SecondaryStatusDescription)";
        CommandResult r = run(w10, script);
        String[] lines = r.stdout().split("\r\n");
        assertEquals("##hvic:services", lines[0]);
        assertTrue(lines[1].startsWith("[{\"VMId\":\"" + DEMOVM + "\",\"VMName\":\"demovm\",\"Name\":\"Guest Service Interface\","
                + "\"Id\":\"Microsoft:6B1F5D0E-6A5C-4D4E-9A39-1D0C4F6A8B11\\\\6C09BB55-D683-4DA0-8931-C9BF705F6480\","
                + "\"Enabled\":true,\"OperationalStatus\":[2],"), lines[1]);
        assertTrue(lines[1].contains("\"Name\":\"Heartbeat\",\"Id\":\"Microsoft:6B1F5D0E-6A5C-4D4E-9A39-1D0C4F6A8B11\\\\"
                + "84EAAE65-2F2E-45F5-9BB5-0E857DC8EB47\",\"Enabled\":true,\"OperationalStatus\":[2,2],"
                + "\"PrimaryStatusDescription\":\"OK\",\"SecondaryStatusDescription\":\"OK\"}"), lines[1]);
        assertFalse(r.rejected());
    }

    @Test
    void readsAllVmsInOneScriptWithEnumsAsNumbers() {
        CommandResult r = run(w10, "ConvertTo-Json -Compress -Depth 3 -InputObject @(Get-VM | Select-Object -Property "
                + "Id,Name,State,Status,Generation,Version,IntegrationServicesVersion,IntegrationServicesState,Uptime)");
        assertTrue(r.stdout().contains("\"Name\":\"w10-off\",\"State\":3,"), r.stdout());
        assertTrue(r.stdout().contains("\"Name\":\"w10-update-required\",\"State\":2,\"Status\":\"Operating normally\","
                + "\"Generation\":1,\"Version\":\"9.0\",\"IntegrationServicesVersion\":\"6.3.9600.16384\","
                + "\"IntegrationServicesState\":\"Update required\",\"Uptime\":{\"Ticks\":"), r.stdout());
        CommandResult adapters = run(w10, "ConvertTo-Json -Compress -InputObject @(Get-VM -Name ubuntu-seed | Get-VMNetworkAdapter"
                + " | Select-Object -Property VMName,IPAddresses)");
        assertEquals("[{\"VMName\":\"ubuntu-seed\",\"IPAddresses\":[\"127.0.2.1\"]}]\r\n", adapters.stdout());
    }

    @Test
    void offVmsAndMissingComponentsShowNoContact() {
        String off = normalize(run(w10, "Get-VMIntegrationService -VMName w10-off -Name Heartbeat").stdout());
        assertTrue(off.endsWith("w10-off     Heartbeat               True    No Contact"), off);
        String xp = normalize(run(w10, "Get-VMIntegrationService -VMName w10-guest-xp -Name VSS").stdout());
        assertTrue(xp.endsWith("No Contact"), xp);
        String stopped = run(w10, "Get-VM -Name w10-kvp-stopped | Get-VMIntegrationService -Name 'Key-Value Pair Exchange' | "
                + "ConvertTo-Json -Compress").stdout();
        assertTrue(stopped.contains("\"OperationalStatus\":[13]"), stopped);
    }

    @Test
    void germanHostNamesAndErrors() {
        String table = normalize(run(german, "Get-VMIntegrationService -VMName de-guest-8").stdout());
        assertTrue(table.contains("Gastdienstschnittstelle") && table.contains("Takt"), table);
        CommandResult r = run(german, "Enable-VMIntegrationService -VMName de-guest-8 -Name 'Guest Service Interface'");
        assertTrue(r.stderr().startsWith("Enable-VMIntegrationService : Ein Parameter ist ungültig. Es wurde keine "
                + "Integrationskomponente mit dem angegebenen Namen gefunden.\r\nIn Zeile:1 Zeichen:1\r\n"), r.stderr());
        assertEquals(1, r.exitCode());
        assertFalse(r.rejected());
    }

    @Test
    void unknownVmErrorUsesThePowerShellErrorView() {
        CommandResult r = run(w10, "Get-VM -Name 'nope'");
        assertEquals("Get-VM : Hyper-V was unable to find a virtual machine with name \"nope\".\r\n"
                + "At line:1 char:1\r\n+ Get-VM -Name 'nope'\r\n+ ~~~~~~~~~~~~~~~~~~~\r\n"
                + "    + CategoryInfo          : InvalidArgument: (nope:String) [Get-VM], VirtualizationException\r\n"
                + "    + FullyQualifiedErrorId : InvalidParameter,Microsoft.HyperV.PowerShell.Commands.GetVM\r\n \r\n", r.stderr());
        CommandResult id = run(w10, "Get-VM -Id '00000000-0000-0000-0000-000000000000'");
        assertTrue(id.stderr().startsWith("Get-VM : Hyper-V was unable to find a virtual machine with ID "
                + "\"00000000-0000-0000-0000-000000000000\"."), id.stderr());
        assertTrue(run(w10, "Get-VM -Name 'demo*' ").stderr().isEmpty());
    }

    @Test
    void wildcardNamesMatchAndEscapedNamesDoNot() {
        assertTrue(run(w10, "Get-VM -Name 'w10-guest-*'").stdout().contains("w10-guest-xp"));
        CommandResult escaped = run(w10, "Get-VM -Name 'w10-guest-`*'");
        assertTrue(escaped.stderr().contains("with name \"w10-guest-*\""), escaped.stderr());
    }

    @Test
    void unknownCommandsAreRejectedWithPowerShellsText() {
        CommandResult r = run(w10, "$ErrorActionPreference = 'Stop'\nRemove-VM demovm\n'not reached'");
        assertTrue(r.stderr().startsWith("Remove-VM : The term 'Remove-VM' is not recognized as the name of a cmdlet, "
                + "function, script file, or operable program."), r.stderr());
        assertTrue(r.rejected());
        assertEquals("", r.stdout());
        assertTrue(run(w10, "Get-VM -Bogus 1").rejected());
    }

    @Test
    void powerShellDirectListsGuestServicesLikeTheSeed() {
        CommandResult r = run(w10, CREDENTIAL + "Invoke-Command -VMName demovm -Credential $c -ScriptBlock { Get-Service -Name vm* }");
        assertEquals(Seed.SERVICES, normalize(r.stdout()));
    }

    @Test
    void powerShellDirectStartStopAndTheHostSettingWins() {
        String block = " -Credential $c -ScriptBlock { Start-Service -Name 'vmicguestinterface'; "
                + "Get-Service -Name 'vmic*' | Select-Object -Property Name,DisplayName,Status,StartType }";
        run(w10, "Disable-VMIntegrationService -VMName demovm -Name 'Guest Service Interface'");
        CommandResult r = run(w10, CREDENTIAL + "ConvertTo-Json -Compress -InputObject @(Invoke-Command -VMId '" + DEMOVM + "'" + block + ")");
        assertTrue(r.stdout().contains("{\"Name\":\"vmicguestinterface\",\"DisplayName\":\"Hyper-V Guest Service Interface\","
                + "\"Status\":1,\"StartType\":3,\"PSComputerName\":\"demovm\",\"RunspaceId\":"), r.stdout());
        run(w10, CREDENTIAL + "Invoke-Command -VMName demovm -Credential $c -ScriptBlock { Stop-Service -Name vmickvpexchange }");
        assertEquals("Stopped", fleet.vm(DEMOVM).orElseThrow().windowsGuest().service("vmickvpexchange").orElseThrow().status().label());
    }

    @Test
    void powerShellDirectErrors() {
        String wrong = "$p = ConvertTo-SecureString -String 'nope' -AsPlainText -Force\n"
                + "$c = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList 'Administrator',$p\n";
        assertTrue(run(w10, wrong + "Invoke-Command -VMName demovm -Credential $c -ScriptBlock { Get-Service }").stderr()
                .startsWith("Invoke-Command : The credential is invalid."));
        assertTrue(run(w10, CREDENTIAL + "Invoke-Command -VMName nope -Credential $c -ScriptBlock { Get-Service }").stderr()
                .startsWith("Invoke-Command : The input VMName parameter does not resolve to any virtual machine."));
        assertTrue(run(w10, CREDENTIAL + "Invoke-Command -VMId '00000000-0000-4000-8000-000000000000' -Credential $c "
                + "-ScriptBlock { Get-Service }").stderr().startsWith("Invoke-Command : The input VMId parameter does not resolve"));
        for (String vm : new String[] {"w10-off", "w10-old-config", "w10-guest-7-nokvp", "w10-vmsession-disabled"}) {
            CommandResult r = run(w10, CREDENTIAL + "Invoke-Command -VMName " + vm + " -Credential $c -ScriptBlock { Get-Service }");
            assertEquals(1, r.exitCode(), vm);
            assertFalse(r.rejected(), vm);
        }
        CommandResult disabled = run(w10, CREDENTIAL + "Invoke-Command -VMName w10-vmsession-disabled -Credential $c -ScriptBlock {}");
        assertTrue(disabled.stderr().contains("vmicvmsession"), disabled.stderr());
    }

    @Test
    void win32OperatingSystemGivesTheHostsCaptionWithMicrosoftFirst() {
        String script = "ConvertTo-Json -Compress -Depth 3 -InputObject @(Get-CimInstance -ClassName 'Win32_OperatingSystem'"
                + " | Select-Object -Property Caption,Version)";
        assertEquals("[{\"Caption\":\"Microsoft Windows 10 Enterprise\",\"Version\":\"10.0.19045\"}]\r\n",
                run(w10, script).stdout());
        assertEquals("[{\"Caption\":\"Microsoft Windows 8 Pro\",\"Version\":\"6.2.9200\"}]\r\n",
                run(german, script).stdout());
        assertTrue(run(w10, "gcim Win32_OperatingSystem").stdout().contains("Microsoft Windows 10 Enterprise"));
    }

    @Test
    void kvpExchangeComponentsCarryTheGuestsItemsOnlyWhileDataExchangeWorks() {
        String script = "$ErrorActionPreference = 'Stop'\nConvertTo-Json -Compress -Depth 3 -InputObject @(Get-CimInstance "
                + "-Namespace 'root\\virtualization\\v2' -ClassName 'Msvm_KvpExchangeComponent' | Select-Object -Property "
                + "SystemName,GuestIntrinsicExchangeItems)";
        CommandResult r = run(w10, script);
        assertEquals(0, r.exitCode(), r.stderr());
        assertFalse(r.rejected());
        String json = r.stdout();
        assertTrue(json.contains("{\"SystemName\":\"6B1F5D0E-6A5C-4D4E-9A39-1D0C4F6A8B11\",\"GuestIntrinsicExchangeItems\":["
                + "\"\\u003cINSTANCE CLASSNAME=\\\"Msvm_KvpExchangeDataItem\\\"\\u003e"), json);
        assertTrue(json.contains("\\u003cPROPERTY NAME=\\\"Data\\\" TYPE=\\\"string\\\"\\u003e\\u003cVALUE\\u003e"
                + "Windows 10 Enterprise\\u003c/VALUE\\u003e"), json);
        assertTrue(json.contains("\\u003cVALUE\\u003eUbuntu 14.04.1 LTS\\u003c/VALUE\\u003e"), json);
        int vms = w10.vms().size();
        assertEquals(vms, json.split("\"SystemName\"", -1).length - 1, "one component per VM");
        for (String silent : new String[] {"a1000000-0000-4000-8000-00000000000e", "a1000000-0000-4000-8000-00000000000d",
                "a1000000-0000-4000-8000-000000000003"}) {
            assertTrue(json.contains("{\"SystemName\":\"" + silent.toUpperCase() + "\",\"GuestIntrinsicExchangeItems\":[]}"),
                    silent + ": off, vmickvpexchange stopped, Data Exchange disabled");
        }
        run(w10, "Disable-VMIntegrationService -VMName demovm -Name 'Key-Value Pair Exchange'");
        assertTrue(run(w10, script).stdout().contains("{\"SystemName\":\"" + DEMOVM.toUpperCase()
                + "\",\"GuestIntrinsicExchangeItems\":[]}"));
    }

    @Test
    void kvpItemsAreCimXmlWithTheValuesEscaped() {
        assertEquals("<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\"><PROPERTY NAME=\"Caption\" PROPAGATED=\"true\" "
                + "TYPE=\"string\"></PROPERTY><PROPERTY NAME=\"Data\" TYPE=\"string\"><VALUE>a &lt;b&gt; &amp; &quot;c&quot;"
                + "</VALUE></PROPERTY><PROPERTY NAME=\"Description\" PROPAGATED=\"true\" TYPE=\"string\"></PROPERTY>"
                + "<PROPERTY NAME=\"ElementName\" PROPAGATED=\"true\" TYPE=\"string\"></PROPERTY><PROPERTY NAME=\"Name\" "
                + "TYPE=\"string\"><VALUE>OSName</VALUE></PROPERTY><PROPERTY NAME=\"Source\" TYPE=\"uint16\"><VALUE>2</VALUE>"
                + "</PROPERTY></INSTANCE>", KvpExchange.item("OSName", "a <b> & \"c\""));
        Vm demovm = fleet.vm(DEMOVM).orElseThrow();
        var items = KvpExchange.intrinsicItems(demovm);
        assertEquals("Windows 10 Enterprise", items.get("OSName"));
        assertEquals("10.0.19045", items.get("OSVersion"));
        assertEquals("9", items.get("ProcessorArchitecture"));
        assertEquals("demovm", items.get("FullyQualifiedDomainName"));
        var xp = KvpExchange.intrinsicItems(fleet.vm("a1000000-0000-4000-8000-00000000000c").orElseThrow());
        assertEquals("Service Pack 3", xp.get("CSDVersion"));
        assertEquals("5.1.2600", xp.get("OSVersion"));
        var linux = KvpExchange.intrinsicItems(fleet.vm("a1000000-0000-4000-8000-000000000020").orElseThrow());
        assertEquals("3.13.0-32-generic", linux.get("OSVersion"));
        assertEquals("127.0.2.1", linux.get("NetworkAddressIPv4"));
    }

    @Test
    void anUnknownClassOrNamespaceIsWmisErrorNotARejection() {
        CommandResult r = run(w10, "$ErrorActionPreference = 'Stop'\nGet-CimInstance -ClassName 'Win32_Nope'\n'not reached'");
        assertEquals("Get-CimInstance : Invalid class \r\nAt line:2 char:1\r\n+ Get-CimInstance -ClassName 'Win32_Nope'\r\n"
                + "+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\r\n"
                + "    + CategoryInfo          : MetadataError: (root\\cimv2:Win32_Nope:String) [Get-CimInstance], CimException\r\n"
                + "    + FullyQualifiedErrorId : HRESULT 0x80041010,Microsoft.Management.Infrastructure.CimCmdlets."
                + "GetCimInstanceCommand\r\n \r\n", r.stderr());
        assertEquals(1, r.exitCode());
        assertEquals("", r.stdout());
        assertFalse(r.rejected());
        CommandResult wrongNamespace = run(w10, "Get-CimInstance -ClassName Msvm_KvpExchangeComponent");
        assertTrue(wrongNamespace.stderr().startsWith("Get-CimInstance : Invalid class "), wrongNamespace.stderr());
        assertFalse(wrongNamespace.rejected());
        CommandResult namespace = run(w10, "Get-CimInstance -Namespace root/nope -ClassName Win32_OperatingSystem");
        assertTrue(namespace.stderr().startsWith("Get-CimInstance : Invalid namespace "), namespace.stderr());
        assertFalse(namespace.rejected());
        assertTrue(run(w10, "Get-CimInstance -ClassName Win32_OperatingSystem -Filter 'x'").rejected(), "not simulated");
        assertTrue(run(w10, "Get-CimInstance -Bogus 1").rejected());
        assertTrue(run(w10, "Get-WmiObject -Class Win32_OperatingSystem").rejected(), "an unknown command");
    }
}

package org.hvic.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scripts are exactly those of docs/connector-protocol.md. */
class HostScriptsTest {

    private static final UUID VM = UUID.fromString("6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b11");
    private static final String JSON = "ConvertTo-Json -Compress -Depth 3 -InputObject @(";
    private static final String SERVICE_FIELDS = " | Get-VMIntegrationService | Select-Object -Property VMId,VMName,"
            + "Name,Id,Enabled,OperationalStatus,PrimaryStatusDescription,SecondaryStatusDescription)";

    @Test
    void readHostIsTheProtocolScript() {
        assertEquals("""
                $ErrorActionPreference = 'Stop'
                '##hvic:vms'
                %sGet-VM | Select-Object -Property Id,Name,State,Status,Generation,Version,IntegrationServicesVersion,\
                IntegrationServicesState,Uptime)
                '##hvic:services'
                %sGet-VM%s
                '##hvic:adapters'
                %sGet-VM | Get-VMNetworkAdapter | Select-Object -Property VMId,VMName,IPAddresses)
                '##hvic:host'
                %sGet-CimInstance -ClassName 'Win32_OperatingSystem' | Select-Object -Property Caption,Version)
                '##hvic:kvp'
                %sGet-CimInstance -Namespace 'root\\virtualization\\v2' -ClassName 'Msvm_KvpExchangeComponent' | \
                Select-Object -Property SystemName,GuestIntrinsicExchangeItems)
                """.formatted(JSON, JSON, SERVICE_FIELDS, JSON, JSON, JSON), HostScripts.readHost().text());
    }

    @Test
    void theProtocolFileHasTheReadHostScript() throws IOException {
        String protocol = Files.readString(protocolFile());
        String heading = "### Read every VM of a host (one round trip)\n```powershell\n";
        int start = protocol.indexOf(heading);
        assertTrue(start >= 0, "docs/connector-protocol.md has the section");
        start += heading.length();
        String documented = protocol.substring(start, protocol.indexOf("```", start));
        assertEquals(documented, HostScripts.readHost().text());
    }

    /** docs/connector-protocol.md, found from the working directory upwards (the module or the repository root). */
    static Path protocolFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/connector-protocol.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/connector-protocol.md not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void enableSelectsTheVmByIdAndTheComponentByGuid() {
        assertEquals("""
                $ErrorActionPreference = 'Stop'
                Get-VM -Id '6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b11' | Get-VMIntegrationService | Where-Object \
                -Property Id -Like -Value '*\\6C09BB55-D683-4DA0-8931-C9BF705F6480' | Enable-VMIntegrationService
                '##hvic:services'
                %sGet-VM -Id '6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b11'%s
                """.formatted(JSON, SERVICE_FIELDS),
                HostScripts.setIntegrationService(VM, IntegrationServiceType.GUEST_SERVICE_INTERFACE, true).text());
        assertTrue(HostScripts.setIntegrationService(VM, IntegrationServiceType.VSS, false).text()
                .contains("'*\\5CED1297-4598-4915-A5FC-AD21BB4D02A4' | Disable-VMIntegrationService\n"));
    }

    @Test
    void guestScriptsUsePowerShellDirectWithQuotedCredentials() {
        GuestCredentials credentials = new GuestCredentials("Admin'istrator", "p'w\u2019d");
        assertEquals("""
                $ErrorActionPreference = 'Stop'
                $hvicPassword = ConvertTo-SecureString -String 'p''w\u2019\u2019d' -AsPlainText -Force
                $hvicCredential = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList \
                'Admin''istrator',$hvicPassword
                '##hvic:guest'
                %sInvoke-Command -VMId '6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b11' -Credential $hvicCredential -ScriptBlock \
                { Get-Service -Name 'vmic*' | Select-Object -Property Name,DisplayName,Status,StartType })
                """.formatted(JSON), HostScripts.readGuestServices(VM, credentials).text());
        assertTrue(HostScripts.setGuestService(VM, credentials, WindowsGuestService.VMICKVPEXCHANGE, true).text()
                .contains("-ScriptBlock { Start-Service -Name 'vmickvpexchange'; Get-Service -Name 'vmic*' | "));
        assertTrue(HostScripts.setGuestService(VM, credentials, WindowsGuestService.VMICKVPEXCHANGE, false).text()
                .contains("-ScriptBlock { Stop-Service -Name 'vmickvpexchange'; Get-Service -Name 'vmic*' | "));
    }

    @Test
    void commandLineCarriesTheScriptAsBase64Utf16Le() {
        PowerShellScript script = HostScripts.readHost();
        String prefix = "powershell.exe -NoProfile -NonInteractive -EncodedCommand ";
        assertTrue(script.commandLine().startsWith(prefix));
        String base64 = script.commandLine().substring(prefix.length());
        assertTrue(base64.matches("[A-Za-z0-9+/=]+"), "one word, nothing for cmd.exe to interpret");
        assertEquals(script.text(), new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_16LE));
    }

    @Test
    void hostileValuesStayOneLiteralInAScript() {
        for (String name : HostileNames.ALL) {
            String text = PowerShellScript.builder().code("Get-VM -Name ").literal(name).endLine().build().text();
            String line = text.substring(text.indexOf("Get-VM -Name ") + "Get-VM -Name ".length(), text.length() - 1);
            assertEquals(name, SingleQuotedLiteral.evaluate(line), name);
        }
    }
}

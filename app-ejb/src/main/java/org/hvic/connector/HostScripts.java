package org.hvic.connector;

import java.util.UUID;

/** The host scripts of docs/connector-protocol.md. Values enter only as quoted literals. */
final class HostScripts {

    private static final String JSON = "ConvertTo-Json -Compress -Depth 3 -InputObject @(";
    private static final String SERVICE_FIELDS = " | Get-VMIntegrationService | Select-Object -Property "
            + "VMId,VMName,Name,Id,Enabled,OperationalStatus,PrimaryStatusDescription,SecondaryStatusDescription)";
    private static final String GUEST_SERVICES =
            "Get-Service -Name 'vmic*' | Select-Object -Property Name,DisplayName,Status,StartType })";

    private HostScripts() {
    }

    /**
     * Every VM, every integration service and every network adapter of the host, the host's OS and what each guest
     * reports through Key-Value Pair Exchange.
     */
    static PowerShellScript readHost() {
        return PowerShellScript.builder()
                .marker(HostOutputParser.VMS)
                .code(JSON + "Get-VM | Select-Object -Property Id,Name,State,Status,Generation,Version,"
                        + "IntegrationServicesVersion,IntegrationServicesState,Uptime)").endLine()
                .marker(HostOutputParser.SERVICES)
                .code(JSON + "Get-VM" + SERVICE_FIELDS).endLine()
                .marker(HostOutputParser.ADAPTERS)
                .code(JSON + "Get-VM | Get-VMNetworkAdapter | Select-Object -Property VMId,VMName,IPAddresses)").endLine()
                .marker(HostOutputParser.HOST)
                .code(JSON + "Get-CimInstance -ClassName 'Win32_OperatingSystem' | Select-Object -Property "
                        + "Caption,Version)").endLine()
                .marker(HostOutputParser.KVP)
                .code(JSON + "Get-CimInstance -Namespace 'root\\virtualization\\v2' -ClassName 'Msvm_KvpExchangeComponent'"
                        + " | Select-Object -Property SystemName,GuestIntrinsicExchangeItems)").endLine()
                .build();
    }

    /** Enables or disables the component with the type's GUID on the VM, then prints that VM's services. */
    static PowerShellScript setIntegrationService(UUID vmId, IntegrationServiceType type, boolean enable) {
        return PowerShellScript.builder()
                .code("Get-VM -Id ").literal(vmId)
                .code(" | Get-VMIntegrationService | Where-Object -Property Id -Like -Value ")
                .literal("*\\" + PowerShellQuoting.escapeWildcard(type.guid()))
                .code(enable ? " | Enable-VMIntegrationService" : " | Disable-VMIntegrationService").endLine()
                .marker(HostOutputParser.SERVICES)
                .code(JSON + "Get-VM -Id ").literal(vmId).code(SERVICE_FIELDS).endLine()
                .build();
    }

    /** The guest's {@code vmic*} services through PowerShell Direct. */
    static PowerShellScript readGuestServices(UUID vmId, GuestCredentials credentials) {
        return guestScript(vmId, credentials, null, false);
    }

    /** Starts or stops one guest service through PowerShell Direct, then prints the guest's {@code vmic*} services. */
    static PowerShellScript setGuestService(UUID vmId, GuestCredentials credentials, WindowsGuestService service,
                                            boolean start) {
        return guestScript(vmId, credentials, service, start);
    }

    private static PowerShellScript guestScript(UUID vmId, GuestCredentials credentials, WindowsGuestService change,
                                                boolean start) {
        PowerShellScript.Builder script = PowerShellScript.builder()
                .code("$hvicPassword = ConvertTo-SecureString -String ").literal(credentials.password())
                .code(" -AsPlainText -Force").endLine()
                .code("$hvicCredential = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList ")
                .literal(credentials.user()).code(",$hvicPassword").endLine()
                .marker(HostOutputParser.GUEST)
                .code(JSON + "Invoke-Command -VMId ").literal(vmId)
                .code(" -Credential $hvicCredential -ScriptBlock { ");
        if (change != null) {
            script.code(start ? "Start-Service -Name " : "Stop-Service -Name ")
                    .wildcardLiteral(change.serviceName()).code("; ");
        }
        return script.code(GUEST_SERVICES).endLine().build();
    }
}

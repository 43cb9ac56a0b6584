package org.hvic.connector;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Talks to a Hyper-V host over SSH with the scripts of docs/connector-protocol.md: reads every VM in one round trip,
 * enables or disables one integration service of one VM (addressed by its id, the component by its GUID), and
 * reads or changes the {@code vmic*} services of a Windows guest through PowerShell Direct.
 */
public class HostConnector {

    private final RemoteExecutor executor;

    public HostConnector(RemoteExecutor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    /** Every VM of the host with its integration services and IP addresses, in one round trip. */
    public HostInventory readHost(HostEndpoint host) throws ConnectorException {
        return run(host, HostScripts.readHost(), HostOutputParser::inventory);
    }

    /** Enables or disables one integration service of one VM and returns that VM's services as read back. */
    public List<IntegrationServiceState> setIntegrationService(HostEndpoint host, UUID vmId,
                                                               IntegrationServiceType type, boolean enable)
            throws ConnectorException {
        Objects.requireNonNull(type, "type");
        return run(host, HostScripts.setIntegrationService(vmId, type, enable),
                stdout -> HostOutputParser.services(stdout, vmId));
    }

    /** The guest's {@code vmic*} services, read through PowerShell Direct with the guest's own credentials. */
    public List<GuestServiceState> readGuestServices(HostEndpoint host, UUID vmId, GuestCredentials credentials)
            throws ConnectorException {
        return run(host, HostScripts.readGuestServices(vmId, credentials), HostOutputParser::guestServices);
    }

    /** Starts or stops one guest service through PowerShell Direct and returns the guest's services afterwards. */
    public List<GuestServiceState> setGuestService(HostEndpoint host, UUID vmId, GuestCredentials credentials,
                                                   WindowsGuestService service, boolean start)
            throws ConnectorException {
        Objects.requireNonNull(service, "service");
        return run(host, HostScripts.setGuestService(vmId, credentials, service, start),
                HostOutputParser::guestServices);
    }

    /** The host key the host presents, for an administrator to approve. */
    public PresentedHostKey presentedHostKey(String address, int port) throws ConnectorException {
        return executor.presentedHostKey(address, port);
    }

    private <T> T run(HostEndpoint host, PowerShellScript script, Function<String, T> parser)
            throws ConnectorException {
        return RemoteCommands.run(executor, host, script.commandLine(), parser);
    }
}

package org.hvic.bench.noop;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import org.hvic.connector.HostConnector;
import org.hvic.connector.LinuxGuestConnector;

/**
 * Replaces the application's connectors (the producers of {@code org.hvic.connector.Connectors}, which use the SSH
 * executor) with connectors on {@link NoopRemoteExecutor}. It is put into the EJB module of a copy of the EAR for the
 * queue benchmark's no-op run only ({@code org.hvic.bench.support.NoopEar}); an enabled alternative with a priority
 * wins the resolution of {@link HostConnector} and {@link LinuxGuestConnector} over the default producers, so
 * {@code OperationRunner} and {@code HostRefresher} get these. Nothing else of the application changes.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class NoopConnectors {

    /** The line server.log shows when the replacement is in use (the benchmark looks for it). */
    public static final String SELECTED = "hvic bench: HostConnector and LinuxGuestConnector replaced by"
            + " NoopRemoteExecutor (no SSH, no network)";

    private static final Logger LOG = Logger.getLogger(NoopConnectors.class.getName());

    private final NoopRemoteExecutor executor = new NoopRemoteExecutor();
    private HostConnector hosts;
    private LinuxGuestConnector linuxGuests;

    @PostConstruct
    void start() {
        hosts = new HostConnector(executor);
        linuxGuests = new LinuxGuestConnector(executor);
        LOG.warning(SELECTED);
    }

    @Produces
    public HostConnector hosts() {
        return hosts;
    }

    @Produces
    public LinuxGuestConnector linuxGuests() {
        return linuxGuests;
    }
}

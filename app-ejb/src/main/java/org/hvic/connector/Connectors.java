package org.hvic.connector;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The connectors of the application: one shared SSH client, configured through MicroProfile Config with
 * {@code hvic.ssh.connect-timeout} and {@code hvic.ssh.command-timeout} (ISO-8601 durations such as {@code PT10S}).
 * Inject this bean, or {@link HostConnector} / {@link LinuxGuestConnector} directly.
 */
@ApplicationScoped
public class Connectors {

    public static final String CONNECT_TIMEOUT = "hvic.ssh.connect-timeout";
    public static final String COMMAND_TIMEOUT = "hvic.ssh.command-timeout";

    @Inject
    @ConfigProperty(name = CONNECT_TIMEOUT, defaultValue = "PT10S")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = COMMAND_TIMEOUT, defaultValue = "PT120S")
    Duration commandTimeout;

    private SshExecutor executor;
    private HostConnector hosts;
    private LinuxGuestConnector linuxGuests;

    @PostConstruct
    void start() {
        executor = new SshExecutor(connectTimeout, commandTimeout);
        hosts = new HostConnector(executor);
        linuxGuests = new LinuxGuestConnector(executor);
    }

    @PreDestroy
    void stop() {
        executor.close();
    }

    @Produces
    public HostConnector hosts() {
        return hosts;
    }

    @Produces
    public LinuxGuestConnector linuxGuests() {
        return linuxGuests;
    }

    public SshExecutor executor() {
        return executor;
    }
}

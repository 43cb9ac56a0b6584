package org.hvic.operations;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hvic.connector.ConnectorException;
import org.hvic.connector.GuestServiceState;
import org.hvic.connector.GuestServiceStatus;
import org.hvic.connector.HostConnector;
import org.hvic.connector.IntegrationServiceState;
import org.hvic.connector.IntegrationServiceType;
import org.hvic.connector.LinuxDaemon;
import org.hvic.connector.LinuxGuestConnector;
import org.hvic.connector.LinuxGuestState;
import org.hvic.connector.WindowsGuestService;

/**
 * Carries out one attempt of a claimed operation: loads its target, talks to the host or guest (no transaction is
 * open meanwhile) and checks the state read back; the dispatcher hands the outcome to {@link OperationCompletion}.
 */
@ApplicationScoped
public class OperationRunner {

    private static final Logger LOG = Logger.getLogger(OperationRunner.class.getName());

    @EJB
    ExecutionTargetLoader loader;

    @Inject
    HostConnector hosts;

    @Inject
    LinuxGuestConnector linux;

    @Inject
    HostRefresher refresher;

    /**
     * Carries out one attempt; {@code target} is what {@link ExecutionTargetLoader#loadAll} read for it, or null to
     * read it now. Never throws: whatever goes wrong is the outcome.
     */
    public AttemptOutcome run(ClaimedOperation op, ExecutionTarget target) {
        try {
            return execute(op, target != null ? target : loader.load(op));
        } catch (ConnectorException e) {
            return AttemptOutcome.failure(e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "operation " + op.id() + " failed unexpectedly", e);
            return AttemptOutcome.failure("INTERNAL", String.valueOf(e.getMessage()));
        }
    }

    AttemptOutcome execute(ClaimedOperation op, ExecutionTarget t) throws ConnectorException {
        return switch (op.type()) {
            case ENABLE_INTEGRATION_SERVICE, DISABLE_INTEGRATION_SERVICE -> integrationService(op, t);
            case START_GUEST_SERVICE, STOP_GUEST_SERVICE -> guestService(op, t);
            case START_LINUX_DAEMON, STOP_LINUX_DAEMON -> daemon(op, t);
            case REFRESH_HOST -> refresher.refresh(op, t);
            case REFRESH_GUEST -> refresher.refreshGuest(op, t);
        };
    }

    private AttemptOutcome integrationService(ClaimedOperation op, ExecutionTarget t) throws ConnectorException {
        IntegrationServiceType type = IntegrationServiceType.fromGuid(op.service()).orElseThrow();
        boolean enable = op.type() == OperationType.ENABLE_INTEGRATION_SERVICE;
        List<IntegrationServiceState> after = hosts.setIntegrationService(t.host(), t.hyperVId(), type, enable);
        boolean reached = after.stream().anyMatch(s -> s.type() == type && s.enabled() == enable);
        return reached ? AttemptOutcome.success(type.englishName() + (enable ? " enabled" : " disabled"), after)
                : AttemptOutcome.wrongState("the host still reports " + type.englishName() + " as "
                        + (enable ? "disabled" : "enabled or missing"), after);
    }

    private AttemptOutcome guestService(ClaimedOperation op, ExecutionTarget t) throws ConnectorException {
        if (t.guestCredentials() == null) {
            return AttemptOutcome.failure("NO_GUEST_CREDENTIALS",
                    "no guest account is configured for this VM or its host (PowerShell Direct needs one)");
        }
        WindowsGuestService service = WindowsGuestService.fromServiceName(op.service()).orElseThrow();
        boolean start = op.type() == OperationType.START_GUEST_SERVICE;
        List<GuestServiceState> after = hosts.setGuestService(t.host(), t.hyperVId(), t.guestCredentials(), service,
                start);
        GuestServiceStatus wanted = start ? GuestServiceStatus.RUNNING : GuestServiceStatus.STOPPED;
        boolean reached = after.stream().anyMatch(s -> s.name().equalsIgnoreCase(service.serviceName())
                && s.status() == wanted);
        return reached ? AttemptOutcome.success(service.serviceName() + (start ? " running" : " stopped"), after)
                : AttemptOutcome.wrongState(service.serviceName() + " is not " + wanted.name().toLowerCase()
                        + " after the request" + (start ? " (is it disabled in the guest, or disabled on the host?)" : ""),
                        after);
    }

    private AttemptOutcome daemon(ClaimedOperation op, ExecutionTarget t) throws ConnectorException {
        if (t.guest() == null) {
            return AttemptOutcome.failure("NO_GUEST_ACCESS",
                    "hvic has no address or account for this Linux guest (PUT /vms/{id}/guest-access)");
        }
        LinuxDaemon daemon = LinuxDaemon.fromDaemonName(op.service()).orElseThrow();
        boolean start = op.type() == OperationType.START_LINUX_DAEMON;
        LinuxGuestState after = start ? linux.startDaemon(refresher.pinned(t), daemon)
                : linux.stopDaemon(refresher.pinned(t), daemon);
        boolean running = after.daemon(daemon).map(d -> d.running()).orElse(false);
        return running == start ? AttemptOutcome.success(daemon.daemonName() + (start ? " running" : " stopped"), after)
                : AttemptOutcome.wrongState(daemon.daemonName() + (start ? " is not running" : " is still running")
                        + " after the request", after);
    }
}

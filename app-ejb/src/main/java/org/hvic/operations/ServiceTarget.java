package org.hvic.operations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.hvic.connector.IntegrationServiceType;
import org.hvic.connector.LinuxDaemon;
import org.hvic.connector.WindowsGuestService;
import org.hvic.problem.Problem;

/**
 * Resolves the {@code service} of a request to the one thing an operation acts on, from the fixed lists hvic knows.
 * Nothing a user types ever reaches a command unless it resolves here.
 */
public record ServiceTarget(String key, String label) {

    public static ServiceTarget resolve(OperationType type, String service) {
        if (!type.needsService()) {
            return new ServiceTarget(null, null);
        }
        if (service == null || service.isBlank()) {
            throw Problem.invalid("service is required for " + type);
        }
        String s = service.trim();
        Optional<IntegrationServiceType> component = component(s);
        return switch (type) {
            case ENABLE_INTEGRATION_SERVICE, DISABLE_INTEGRATION_SERVICE -> component
                    .map(c -> new ServiceTarget(c.guid(), c.englishName()))
                    .orElseThrow(() -> unknown(s, "integration service"));
            case START_GUEST_SERVICE, STOP_GUEST_SERVICE -> WindowsGuestService.fromServiceName(s.toLowerCase(Locale.ROOT))
                    .or(() -> component.map(IntegrationServiceType::windowsGuestService))
                    .map(g -> new ServiceTarget(g.serviceName(), g.displayName()))
                    .orElseThrow(() -> unknown(s, "Windows guest service"));
            case START_LINUX_DAEMON, STOP_LINUX_DAEMON -> LinuxDaemon.fromDaemonName(s)
                    .or(() -> component.flatMap(IntegrationServiceType::linuxDaemon))
                    .map(d -> new ServiceTarget(d.daemonName(), d.daemonName()))
                    .orElseThrow(() -> unknown(s, "Linux daemon"));
            default -> new ServiceTarget(null, null);
        };
    }

    private static Optional<IntegrationServiceType> component(String s) {
        return IntegrationServiceType.fromGuid(s).or(() -> Arrays.stream(IntegrationServiceType.values())
                .filter(c -> c.englishName().equalsIgnoreCase(s) || c.germanName().equalsIgnoreCase(s)
                        || c.name().equalsIgnoreCase(s))
                .findFirst());
    }

    private static Problem unknown(String s, String what) {
        String shown = s.length() > 80 ? s.substring(0, 80) + "…" : s;
        return Problem.invalid("'" + shown + "' is not a known " + what);
    }
}

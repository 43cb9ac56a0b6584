package org.hvic.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has heap to work with; a node that cannot allocate should be restarted. */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

    private static final double MAX_USED_FRACTION = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        long max = runtime.maxMemory();
        return HealthCheckResponse.named("hvic")
                .status(used < max * MAX_USED_FRACTION)
                .withData("heapUsedMiB", used / (1024 * 1024))
                .withData("heapMaxMiB", max / (1024 * 1024))
                .build();
    }
}

package org.hvic.compliance.schedule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hvic.compliance.ReportTrigger;
import org.hvic.compliance.report.ComplianceRunService;
import org.hvic.compliance.report.ReportSummary;
import org.hvic.compliance.report.RunRequest;
import org.hvic.security.Actor;

/**
 * Runs the compliance report on the schedule {@code hvic.compliance.schedule} (cron-like, default "0 6 * * *": daily at
 * 06:00 server time; "off" disables). Every node keeps a non-persistent timer; {@link TickClaims} lets one node run
 * each slot.
 */
@Singleton
@Startup
public class ComplianceScheduler {

    static final String DEFAULT_SCHEDULE = "0 6 * * *";

    private static final Logger LOG = Logger.getLogger(ComplianceScheduler.class.getName());

    private static final Actor SCHEDULER = new Actor("compliance-scheduler", "SYSTEM", "local");

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "hvic.compliance.schedule", defaultValue = DEFAULT_SCHEDULE)
    String schedule;

    @EJB
    TickClaims ticks;

    @EJB
    ComplianceRunService runs;

    @PostConstruct
    void start() {
        Optional<ScheduleExpression> expression;
        try {
            expression = CronSchedule.parse(schedule);
        } catch (IllegalArgumentException e) {
            LOG.severe(() -> "hvic.compliance.schedule: " + e.getMessage() + "; using \"" + DEFAULT_SCHEDULE + "\"");
            expression = CronSchedule.parse(DEFAULT_SCHEDULE);
        }
        if (expression.isEmpty()) {
            LOG.info("hvic: scheduled compliance runs are off (hvic.compliance.schedule=" + schedule + ")");
            return;
        }
        timers.createCalendarTimer(expression.get(), new TimerConfig("hvic-compliance", false));
        LOG.info("hvic: compliance runs scheduled at " + CronSchedule.describe(expression.get()) + " (server time)");
    }

    /** The schedule as configured and when this node's timer fires next (null when runs are off). */
    public ScheduleStatus status() {
        java.util.Date next = timers.getTimers().stream().filter(t -> "hvic-compliance".equals(t.getInfo()))
                .map(Timer::getNextTimeout).findFirst().orElse(null);
        return new ScheduleStatus(schedule, next == null ? null : next.toInstant());
    }

    /** The compliance schedule for the administration view. */
    public record ScheduleStatus(String expression, java.time.Instant nextRun) {
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick(Timer timer) {
        Instant slot = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
        String node = System.getProperty("jboss.node.name", "node");
        try {
            if (!ticks.claim(slot, node)) {
                LOG.fine(() -> "hvic: compliance slot " + slot + " runs on another node");
                return;
            }
            ReportSummary report = runs.run(RunRequest.FLEET, ReportTrigger.SCHEDULED, SCHEDULER);
            LOG.info(() -> "hvic: scheduled compliance report " + report.id() + " for slot " + slot);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "hvic: the scheduled compliance run of slot " + slot + " failed", e);
        }
    }
}

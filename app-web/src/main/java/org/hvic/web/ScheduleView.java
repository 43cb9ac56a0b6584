package org.hvic.web;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hvic.compliance.schedule.ComplianceScheduler;

/**
 * Administration: the schedules and queue settings in force on this node, with the configuration key (and
 * environment variable) that changes each. Settings come from MicroProfile Config, so they are read-only here.
 */
@Named
@ViewScoped
public class ScheduleView extends ViewBean {

    private static final long serialVersionUID = 1L;

    /** One setting: its message key, configuration key, effective value and default. */
    public record Setting(String label, String key, String value, String defaultValue) {
        public String environmentVariable() {
            return key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        }
    }

    private static final List<String[]> SETTINGS = List.of(
            new String[] {"schedules.refresh", "hvic.refresh.interval", "PT5M"},
            new String[] {"schedules.compliance", "hvic.compliance.schedule", "0 6 * * *"},
            new String[] {"schedules.matrixSet", "hvic.compliance.matrix-set", "seed"},
            new String[] {"schedules.stale", "hvic.compliance.stale-after-hours", "24"},
            new String[] {"schedules.workers", "hvic.operations.workers", "8"},
            new String[] {"schedules.perHost", "hvic.operations.per-host", "4"},
            new String[] {"schedules.attempts", "hvic.operations.max-attempts", "3"},
            new String[] {"schedules.retry", "hvic.operations.retry-base", "PT2S"},
            new String[] {"schedules.lease", "hvic.operations.lease", "PT5M"},
            new String[] {"schedules.breaker", "hvic.operations.breaker-threshold", "5"},
            new String[] {"schedules.breakerPause", "hvic.operations.breaker-pause", "PT60S"});

    @EJB
    private ComplianceScheduler scheduler;

    private List<Setting> settings = List.of();
    private ComplianceScheduler.ScheduleStatus compliance;

    public void load() {
        if (!allowed("ADMIN")) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        settings = SETTINGS.stream().map(s -> new Setting(s[0], s[1],
                config.getOptionalValue(s[1], String.class).orElse(s[2]), s[2])).toList();
        compliance = scheduler.status();
    }

    public List<Setting> getSettings() {
        return settings;
    }

    public ComplianceScheduler.ScheduleStatus getCompliance() {
        return compliance;
    }
}

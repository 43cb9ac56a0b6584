package org.hvic.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ejb.ScheduleExpression;

import org.hvic.compliance.report.Evaluation;
import org.hvic.compliance.report.FindingRow;
import org.hvic.compliance.report.ReportDiff;
import org.hvic.compliance.rules.Component;
import org.hvic.compliance.rules.VmFacts;
import org.hvic.compliance.schedule.CronSchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleAndDiffTest {

    @Test
    void defaultScheduleIsDailyAtSix() {
        ScheduleExpression e = CronSchedule.parse("0 6 * * *").orElseThrow();
        assertEquals(List.of("0", "0", "6", "*", "*", "*"), List.of(e.getSecond(), e.getMinute(), e.getHour(),
                e.getDayOfMonth(), e.getMonth(), e.getDayOfWeek()));
        ScheduleExpression weekdays = CronSchedule.parse("*/15 7-19 1,15 Jan-Mar 1-5").orElseThrow();
        assertEquals("*/15", weekdays.getMinute());
        assertEquals("1-5", weekdays.getDayOfWeek());
        assertTrue(CronSchedule.parse("off").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0 6 * *", "60 6 * * *", "0 24 * * *", "0 6 0 * *", "0 6 * 13 *", "0 6 * * 8",
        "0 6 */2 * *", "a b c d e", "0 6 * * * *"})
    void malformedSchedulesAreRefused(String expression) {
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse(expression));
    }

    @Test
    void secondRunMarksOpenNewAndResolvedByFindingKey() {
        List<FindingRow> first = Reports.rows();
        List<VmFacts> fleet = Reports.fleet();
        VmFacts win7 = fleet.get(1); // Data Exchange enabled again: resolved
        Fleet.host(win7, Component.KEY_VALUE_PAIR_EXCHANGE, true, java.util.Set.of(2), "OK", null);
        Fleet.guest(fleet.get(0), Component.VSS, "Stopped", "Manual"); // new: VSS stopped in the XP guest
        List<FindingRow> second = ReportDiff.compare(Evaluation.of(fleet, Fleet.context()).findings(), first);
        assertEquals(1, ReportDiff.count(second, FindingChange.RESOLVED));
        assertEquals("DATA_EXCHANGE_REQUIRED|7|kvp", second.stream()
                .filter(r -> r.change() == FindingChange.RESOLVED).findFirst().orElseThrow().key());
        assertEquals(1, ReportDiff.count(second, FindingChange.NEW));
        assertEquals(first.size() - 1, ReportDiff.count(second, FindingChange.OPEN));
    }
}

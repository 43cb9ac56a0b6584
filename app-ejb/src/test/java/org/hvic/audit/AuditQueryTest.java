package org.hvic.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Locale;

import org.hvic.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditQueryTest {

    @Test
    void datesAndDateTimes() {
        AuditQuery query = AuditQuery.parse("2025-01-30", "2025-01-31", " bob ", "operation_failed", "", null, null,
                null);
        assertEquals(Instant.parse("2025-01-30T00:00:00Z"), query.from());
        assertEquals(Instant.parse("2025-02-01T00:00:00Z"), query.to(), "a date as 'to' includes that day");
        assertEquals("bob", query.actor());
        assertNull(query.target());
        assertEquals(AuditEventType.OPERATION_FAILED, query.actionType());
        assertEquals(0, query.page());
        assertEquals(AuditQuery.DEFAULT_SIZE, query.size());
        assertEquals(Locale.ENGLISH, query.locale());
        assertEquals(Instant.parse("2025-01-30T07:00:00Z"),
                AuditQuery.parse("2025-01-30T08:00:00+01:00", null, null, "202", null, 2, 10, Locale.GERMAN).from());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "yesterday|||0|10", "2025-13-01|||0|10", "|2025-01-01T25:00Z||0|10", "2025-02-01|2025-01-01||0|10",
        "||NO_SUCH|0|10", "||999|0|10", "|||-1|10", "|||0|0", "|||0|501"})
    void badInputIsA400(String from, String to, String action, int page, int size) {
        Problem problem = assertThrows(Problem.class,
                () -> AuditQuery.parse(from, to, null, action, null, page, size, null));
        assertEquals(400, problem.status());
    }

    @Test
    void likeWildcardsAreLiteral() {
        assertEquals("50!%!_a!!b", AuditFilter.likeEscaped("50%_a!b"));
    }
}

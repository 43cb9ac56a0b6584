package org.hvic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;

import org.hvic.it.support.Api;
import org.hvic.it.support.DeployedHvic;
import org.hvic.it.support.EmbeddedDatabase;
import org.hvic.it.support.Waits;
import org.junit.jupiter.api.Test;

/**
 * The scheduled host refresh (every node's maintenance tick, every 2 s with the tests' 6 s lease; refresh interval one
 * hour in the tests): a host whose last refresh request is older than the interval gets exactly one refresh, and a
 * host with a refresh still open gets none, however old its requests are, until that refresh has ended.
 */
class RefreshSchedulerIT extends DeployedHvic {

    @Test
    void queuesOneRefreshForADueHostAndNoneBesideAnOpenOne() throws Exception {
        Api operator = Api.as("operator");
        long due = operator.host("HV-W10-01").getJsonNumber("id").longValue();
        long open = operator.host("HV-2012R2-01").getJsonNumber("id").longValue();
        Timestamp start;
        long held;
        try (Connection c = EmbeddedDatabase.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT now()")) {
                rs.next();
                start = rs.getTimestamp(1);
            }
            // both hosts' refresh requests two hours old: both are due by their history
            s.executeUpdate("UPDATE operation SET requested_at = requested_at - interval '2 hours'"
                    + " WHERE type = 'REFRESH_HOST' AND host_id IN (" + due + ", " + open + ")");
            // but one of them has a refresh still queued (not due to run before tomorrow), requested as long ago
            try (ResultSet rs = s.executeQuery("""
                    INSERT INTO operation (batch_id, type, state, host_id, requested_by, requested_at, next_attempt_at)
                    VALUES (gen_random_uuid(), 'REFRESH_HOST', 'QUEUED', %d, 'it', now() - interval '2 hours',
                            now() + interval '1 day') RETURNING id""".formatted(open))) {
                rs.next();
                held = rs.getLong(1);
            }
        }
        try {
            assertEquals(1, awaitScheduled(due, start), "a refresh of the due host was scheduled");
            Thread.sleep(7_000); // three more maintenance ticks
            assertEquals(1, scheduled(due, start), "one refresh per due host, not one per tick");
            assertEquals(0, scheduled(open, start), "a refresh was scheduled beside one still open");
        } finally {
            try (Connection c = EmbeddedDatabase.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE operation SET state = 'CANCELLED', finished_at = now() WHERE id = " + held);
            }
        }
        assertEquals(1, awaitScheduled(open, start), "once nothing is open the host is due again");
    }

    /** Waits (bounded) until the scheduler has queued a refresh of the host since {@code start}; how many it has. */
    private static long awaitScheduled(long host, Timestamp start) {
        return Waits.until(() -> scheduled(host, start), n -> n > 0, Duration.ofSeconds(60));
    }

    /** Refreshes the scheduler (requested by "system") queued for the host since {@code start}. */
    private static long scheduled(long host, Timestamp start) {
        try (Connection c = EmbeddedDatabase.connect(); PreparedStatement ps = c.prepareStatement("""
                SELECT count(*) FROM operation WHERE type = 'REFRESH_HOST' AND requested_by = 'system'
                   AND host_id = ? AND requested_at > ?""")) {
            ps.setLong(1, host);
            ps.setTimestamp(2, start);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.hvic.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Queues a refresh for every host whose last refresh request is older than the interval. One node at a time does
 * this (a try-lock), and never while a refresh of that host is still queued or running. Each of the two questions per
 * host is answered by a partial index of refresh operations (migration V11), so a tick costs the same however many
 * operations the table holds.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RefreshScheduler {

    static final long SCHEDULE_LOCK = 0x68766963_0002L;

    @Resource(lookup = "java:jboss/datasources/HvicDS")
    DataSource dataSource;

    public int queueDueRefreshes(Duration interval, int maxAttempts) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, SCHEDULE_LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        return 0;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO operation (batch_id, type, state, host_id, requested_by, max_attempts)
                    SELECT gen_random_uuid(), 'REFRESH_HOST', 'QUEUED', h.id, 'system', ?
                      FROM host h
                     WHERE (h.approved_host_key IS NOT NULL OR h.presented_host_key IS NULL)
                       AND (h.paused_until IS NULL OR h.paused_until < now())
                       AND NOT EXISTS (SELECT 1 FROM operation o
                                        WHERE o.host_id = h.id AND o.type = 'REFRESH_HOST'
                                          AND o.state IN ('QUEUED', 'RUNNING'))
                       AND NOT EXISTS (SELECT 1 FROM operation o
                                        WHERE o.host_id = h.id AND o.type = 'REFRESH_HOST'
                                          AND o.requested_at > now() - make_interval(secs => ?))""")) {
                ps.setInt(1, maxAttempts);
                ps.setDouble(2, interval.toSeconds());
                return ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("scheduling host refreshes failed", e);
        }
    }
}

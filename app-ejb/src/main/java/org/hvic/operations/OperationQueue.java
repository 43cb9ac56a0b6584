package org.hvic.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The queue's set-based SQL: claiming (candidates read under the claim lock without locking rows; only the chosen ones
 * are locked, {@code FOR UPDATE SKIP LOCKED}, and started), renewing leases and taking back the work of nodes whose
 * leases expired. Every method is its own short transaction; none is open while a host is called.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OperationQueue {

    /** Serialises claims across nodes so that "one running operation per VM" and the per-host bound hold. */
    static final long CLAIM_LOCK = 0x68766963_0001L;

    @Resource(lookup = "java:jboss/datasources/HvicDS")
    DataSource dataSource;

    /**
     * Claims at most {@code max} due operations for {@code node}: at most {@code perHost} running per host, one at a
     * time on a suspect host (its last attempts failed, or it has not answered yet), and, while hosts that answered
     * have work waiting, at most {@code suspectHostSlots} of this node's operations on suspect hosts at once.
     */
    public List<ClaimedOperation> claim(String node, int max, int perHost, int suspectHostSlots, int leaseSeconds) {
        if (max <= 0) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CLAIM_LOCK);
                lock.execute();
            }
            List<Candidate> candidates = candidates(c, max * 4 + 32);
            if (candidates.isEmpty()) {
                return List.of();
            }
            List<Long> chosen = choose(candidates, runningPerHost(c, candidates), max, perHost,
                    suspectHostSlots - runningOnSuspectHosts(c, node));
            return start(c, chosen, node, leaseSeconds);
        } catch (SQLException e) {
            throw new IllegalStateException("claiming operations failed", e);
        }
    }

    /**
     * A queued operation that may be claimed, and whether its host is suspect: its last attempts timed out or found
     * it unreachable, or it has not answered hvic yet ({@code host.reachable} is true once a refresh or an operation
     * reached it). A newly registered host may be dead; until it answers, its first timeout must not hold workers
     * that hosts known to answer are waiting for.
     */
    record Candidate(long id, long hostId, long vmId, boolean hostSuspect) {
    }

    /** Which hosts are suspect, in SQL over {@code host h}; {@link #choose} treats them alike. */
    private static final String SUSPECT = "(h.consecutive_failures > 0 OR h.reachable IS NOT TRUE)";

    /**
     * Picks at most {@code max} candidates in order: at most one per VM, at most {@code perHost} running per host,
     * one at a time on a suspect host, and no more than {@code suspectHostRoom} on suspect hosts when candidates of
     * hosts that answer are among them, so that slow, dead or new hosts cannot take the workers while healthy hosts
     * wait. With nothing else to do, suspect hosts get what is free: the first refresh of a new fleet runs at full
     * speed.
     */
    static List<Long> choose(List<Candidate> candidates, Map<Long, Integer> runningPerHost, int max, int perHost,
            int suspectHostRoom) {
        Map<Long, Integer> running = new HashMap<>(runningPerHost);
        boolean healthyWaiting = candidates.stream().anyMatch(cand -> !cand.hostSuspect());
        int suspectRoom = healthyWaiting ? suspectHostRoom : Integer.MAX_VALUE;
        List<Long> chosen = new ArrayList<>();
        Set<Long> vms = new HashSet<>();
        for (Candidate cand : candidates) {
            boolean suspect = cand.hostSuspect();
            int busy = running.getOrDefault(cand.hostId(), 0);
            if (chosen.size() >= max || busy >= (suspect ? 1 : perHost) || (suspect && suspectRoom <= 0)
                    || (cand.vmId() != 0 && !vms.add(cand.vmId()))) {
                continue;
            }
            running.put(cand.hostId(), busy + 1);
            chosen.add(cand.id());
            if (suspect) {
                suspectRoom--;
            }
        }
        return chosen;
    }

    /** This node's running (or claimed-ahead) operations on suspect hosts. */
    private static int runningOnSuspectHosts(Connection c, String node) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT count(*) FROM operation o JOIN host h ON h.id = o.host_id
                 WHERE o.state = 'RUNNING' AND o.lease_owner = ? AND %s""".formatted(SUSPECT))) {
            ps.setString(1, node);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Due operations in order, more than will be chosen (per-host bounds skip some). Only read: claims follow one
     * another under {@link #CLAIM_LOCK}, and a candidate cancelled meanwhile is no longer QUEUED when it is started.
     */
    private static List<Candidate> candidates(Connection c, int limit) throws SQLException {
        List<Candidate> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT o.id, o.host_id, coalesce(o.vm_id, 0), %s
                  FROM operation o JOIN host h ON h.id = o.host_id
                 WHERE o.state = 'QUEUED' AND o.next_attempt_at <= now()
                   AND (h.paused_until IS NULL OR h.paused_until <= now())
                   AND (o.vm_id IS NULL OR NOT EXISTS
                        (SELECT 1 FROM operation r WHERE r.vm_id = o.vm_id AND r.state = 'RUNNING'))
                 ORDER BY o.next_attempt_at, o.id
                 LIMIT ?""".formatted(SUSPECT))) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Candidate(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)));
                }
            }
        }
        return rows;
    }

    private static Map<Long, Integer> runningPerHost(Connection c, List<Candidate> candidates) throws SQLException {
        Map<Long, Integer> running = new HashMap<>();
        Long[] hosts = candidates.stream().map(Candidate::hostId).distinct().toArray(Long[]::new);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT host_id, count(*) FROM operation WHERE state = 'RUNNING' AND host_id = ANY(?) GROUP BY host_id")) {
            ps.setArray(1, c.createArrayOf("bigint", hosts));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    running.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return running;
    }

    private static List<ClaimedOperation> start(Connection c, List<Long> ids, String node, int leaseSeconds)
            throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ClaimedOperation> claimed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE operation SET state = 'RUNNING', attempts = attempts + 1, lease_owner = ?,
                       lease_expires_at = now() + make_interval(secs => ?), started_at = coalesce(started_at, now()),
                       version = version + 1
                 WHERE id IN (SELECT id FROM operation WHERE id = ANY(?) AND state = 'QUEUED' FOR UPDATE SKIP LOCKED)
             RETURNING id, type, host_id, vm_id, service, attempts, max_attempts""")) {
            ps.setString(1, node);
            ps.setInt(2, leaseSeconds);
            ps.setArray(3, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long vmValue = rs.getLong(4);
                    Long vm = rs.wasNull() ? null : vmValue;
                    claimed.add(new ClaimedOperation(rs.getLong(1), OperationType.valueOf(rs.getString(2)),
                            rs.getLong(3), vm, rs.getString(5), rs.getInt(6), rs.getInt(7)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO operation_attempt (operation_id, attempt, node, started_at) VALUES (?, ?, ?, now())")) {
            for (ClaimedOperation op : claimed) {
                ps.setLong(1, op.id());
                ps.setInt(2, op.attempt());
                ps.setString(3, node);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return claimed;
    }

    /**
     * Extends the leases of the operations this node is still working on. Rows locked right now are skipped: a
     * completion is recording them (waiting for it would deadlock with its locks, taken in id order), and the next
     * renewal, seconds later and well within the lease, takes any that are still running.
     */
    public int renew(String node, List<Long> ids, int leaseSeconds) {
        if (ids.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                UPDATE operation SET lease_expires_at = now() + make_interval(secs => ?)
                 WHERE id IN (SELECT id FROM operation WHERE id = ANY(?) AND lease_owner = ? AND state = 'RUNNING'
                                 FOR UPDATE SKIP LOCKED)""")) {
            ps.setInt(1, leaseSeconds);
            ps.setArray(2, c.createArrayOf("bigint", ids.toArray()));
            ps.setString(3, node);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("renewing leases failed", e);
        }
    }

    /**
     * Takes back operations whose lease expired (their node crashed or hangs): they are queued again, or failed when
     * they have no attempts left. Returns what it took back, for the audit log.
     */
    public List<ExpiredLease> reapExpired() {
        List<ExpiredLease> expired = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE operation SET
                           state = CASE WHEN attempts >= max_attempts THEN 'FAILED' ELSE 'QUEUED' END,
                           finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
                           error = 'the lease of node ' || lease_owner || ' expired during attempt ' || attempts,
                           error_kind = 'LEASE_EXPIRED', next_attempt_at = now(),
                           lease_owner = NULL, lease_expires_at = NULL, version = version + 1
                     WHERE id IN (SELECT id FROM operation WHERE state = 'RUNNING' AND lease_expires_at < now()
                                   FOR UPDATE SKIP LOCKED)
                 RETURNING id, attempts, state, error, coalesce(vm_name, ''), type""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    expired.add(new ExpiredLease(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE operation_attempt SET outcome = 'LEASE_EXPIRED', finished_at = now()
                     WHERE operation_id = ? AND attempt = ? AND outcome IS NULL""")) {
                for (ExpiredLease e : expired) {
                    ps.setLong(1, e.id());
                    ps.setInt(2, e.attempt());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("taking back expired leases failed", e);
        }
        return expired;
    }

    /** An operation taken back from a node whose lease expired. */
    public record ExpiredLease(long id, int attempt, String newState, String error, String vmName, String type) {
    }
}

package org.hvic.compliance.matrix;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hvic.audit.AuditEventType;
import org.hvic.audit.AuditRecord;
import org.hvic.audit.AuditService;
import org.hvic.compliance.ComplianceMatrixRow;
import org.hvic.compliance.ComplianceMatrixRow.Content;
import org.hvic.compliance.ComplianceMatrixSet;
import org.hvic.problem.Problem;
import org.hvic.security.Actor;

/** The update-mechanism matrix sets: read them, change them (a new version, audited), snapshot them for a run. */
@Stateless
public class MatrixService {

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    @EJB
    AuditService audit;

    /** The current version of every set, without rows. */
    public List<MatrixSetView> list() {
        return em.createQuery("select s from ComplianceMatrixSet s where s.current = true order by s.name",
                ComplianceMatrixSet.class).getResultList().stream().map(s -> view(s, false)).toList();
    }

    /** A set with its rows: the current version, or the one asked for. */
    public MatrixSetView get(String name, Integer version) {
        if (version == null) {
            return view(currentEntity(name), true);
        }
        List<ComplianceMatrixSet> found = em.createQuery(
                "select s from ComplianceMatrixSet s where s.name = :name and s.version = :version",
                ComplianceMatrixSet.class).setParameter("name", name).setParameter("version", version).getResultList();
        if (found.isEmpty()) {
            throw Problem.notFound("matrix set version", name + " v" + version);
        }
        return view(found.get(0), true);
    }

    public ComplianceMatrixSet currentEntity(String name) {
        List<ComplianceMatrixSet> found = em.createQuery(
                "select s from ComplianceMatrixSet s where s.name = :name and s.current = true",
                ComplianceMatrixSet.class).setParameter("name", name).getResultList();
        if (found.isEmpty()) {
            throw Problem.notFound("matrix set", name);
        }
        return found.get(0);
    }

    public MatrixSnapshot snapshot(ComplianceMatrixSet set) {
        List<MatrixEntry> entries = set.getRows().stream().map(MatrixService::entry).toList();
        return new MatrixSnapshot(set.getId(), set.getName(), set.getVersion(), hostMatrices(set.getId()), entries);
    }

    /** Applies the change as the set's next version; a change that changes nothing returns the current version. */
    public MatrixSetView change(String name, MatrixChange change, Actor actor) {
        ComplianceMatrixSet current = currentEntity(name);
        List<Content> before = current.getRows().stream().map(ComplianceMatrixRow::content).toList();
        Map<String, String> hosts = hostMatrices(current.getId());
        Set<String> matrices = new LinkedHashSet<>(hosts.values());
        before.forEach(c -> matrices.add(c.hostMatrix()));
        List<Content> after = MatrixEdit.apply(before, matrices, change);
        if (after.equals(before)) {
            return view(current, true);
        }
        current.superseded();
        em.flush();
        ComplianceMatrixSet next = new ComplianceMatrixSet(current, change.comment(), actor.name(), Instant.now());
        Map<String, Integer> positions = new TreeMap<>();
        for (Content content : after) {
            next.addRow(content, positions.merge(content.hostMatrix(), 1, Integer::sum));
        }
        em.persist(next);
        em.flush();
        copyHostMatrices(current.getId(), next.getId(), after, hosts);
        audit.record(new AuditRecord(AuditEventType.COMPLIANCE_MATRIX_CHANGED, actor, "COMPLIANCE_MATRIX_SET",
                String.valueOf(next.getId()), name + " v" + next.getVersion(), params(current, next, change),
                "SUCCEEDED: version " + next.getVersion() + " with " + after.size() + " rows"));
        return view(next, true);
    }

    private void copyHostMatrices(long from, long to, List<Content> rows, Map<String, String> hosts) {
        em.createNativeQuery("INSERT INTO compliance_matrix_host (set_id, host_os, host_matrix)"
                + " SELECT ?1, host_os, host_matrix FROM compliance_matrix_host WHERE set_id = ?2")
                .setParameter(1, to).setParameter(2, from).executeUpdate();
        Set<String> added = new LinkedHashSet<>();
        for (Content row : rows) {
            if (!hosts.containsValue(row.hostMatrix()) && !hosts.containsKey(row.hostMatrix())
                    && added.add(row.hostMatrix())) {
                em.createNativeQuery("INSERT INTO compliance_matrix_host (set_id, host_os, host_matrix)"
                        + " VALUES (?1, ?2, ?2)").setParameter(1, to).setParameter(2, row.hostMatrix()).executeUpdate();
            }
        }
    }

    private Map<String, String> hostMatrices(long setId) {
        Map<String, String> map = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery("SELECT host_os, host_matrix FROM compliance_matrix_host WHERE set_id = ?1"
                + " ORDER BY host_matrix, host_os").setParameter(1, setId).getResultList();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            map.put((String) r[0], (String) r[1]);
        }
        return map;
    }

    private static Map<String, String> params(ComplianceMatrixSet from, ComplianceMatrixSet to, MatrixChange change) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("set", to.getName());
        params.put("fromVersion", String.valueOf(from.getVersion()));
        params.put("toVersion", String.valueOf(to.getVersion()));
        params.put("rowsAddedOrReplaced", String.valueOf(change.rows() == null ? 0 : change.rows().size()));
        params.put("rowsRemoved", String.valueOf(change.remove() == null ? 0 : change.remove().size()));
        if (change.comment() != null) {
            params.put("comment", change.comment());
        }
        return params;
    }

    private MatrixSetView view(ComplianceMatrixSet set, boolean withRows) {
        List<Integer> versions = em.createQuery("select s.version from ComplianceMatrixSet s where s.name = :name"
                + " order by s.version", Integer.class).setParameter("name", set.getName()).getResultList();
        List<MatrixRowView> rows = withRows ? set.getRows().stream().map(MatrixService::rowView).toList() : List.of();
        return new MatrixSetView(set.getName(), set.getVersion(), set.isCurrent(), set.getSource(),
                set.getSourceDate(), set.getDescription(), set.getChangeComment(), set.getCreatedBy(),
                set.getCreatedAt(), set.getRows().size(), versions, hostMatrices(set.getId()), rows);
    }

    private static MatrixEntry entry(ComplianceMatrixRow row) {
        Content c = row.content();
        return new MatrixEntry(c.hostMatrix(), row.getPosition(), c.guestOs(), c.guestKey(), c.mechanism(),
                c.mechanismDe(), c.mechanismEn(), c.noteDe(), c.noteEn(), c.requiresDataExchange());
    }

    private static MatrixRowView rowView(ComplianceMatrixRow row) {
        Content c = row.content();
        return new MatrixRowView(c.hostMatrix(), row.getPosition(), c.guestOs(), c.guestKey(), c.mechanism().name(),
                c.mechanismDe(), c.mechanismEn(), c.noteDe(), c.noteEn(), c.requiresDataExchange(), c.footnoteDe(),
                c.footnoteEn());
    }
}

package org.hvic.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.hvic.problem.Problem;

/** The VM list of the views (filters, sorting, paging in SQL: two queries a page) and a VM's open findings. */
@Stateless
public class VmSearchService {

    private static final Map<String, String> SORT = Map.of("name", "lower(v.name)", "host", "lower(h.name)",
            "state", "r.state", "os", "lower(coalesce(v.guest_os_override, r.guest_os))",
            "version", "r.integration_services_version");
    private static final String LATEST_FLEET_REPORT =
            "(SELECT max(id) FROM compliance_report WHERE scope = 'fleet')";

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    public Page<VmSummary> search(VmFilter filter, int first, int size) {
        if (first < 0 || size < 1 || size > InventoryQueryService.MAX_PAGE_SIZE) {
            throw Problem.invalid("first must be >= 0 and size between 1 and " + InventoryQueryService.MAX_PAGE_SIZE);
        }
        VmFilter f = filter == null ? VmFilter.NONE : filter;
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE v.gone_at IS NULL");
        if (f.hostId() != null) {
            where.append(" AND v.host_id = :hostId");
            params.put("hostId", f.hostId());
        }
        like(where, params, "name", "v.name", f.name());
        like(where, params, "os", "coalesce(v.guest_os_override, r.guest_os, '')", f.os());
        if (present(f.state())) {
            where.append(" AND r.state = :state");
            params.put("state", f.state());
        }
        if (present(f.serviceStatus())) {
            where.append(" AND EXISTS (SELECT 1 FROM vm_integration_service s WHERE s.vm_id = v.id AND ")
                    .append(ServiceStatus.SQL).append(" = :serviceStatus)");
            params.put("serviceStatus", ServiceStatus.valueOf(f.serviceStatus()).name());
        }
        if (present(f.finding())) {
            where.append(" AND EXISTS (SELECT 1 FROM compliance_finding cf WHERE cf.vm_id = v.id AND cf.report_id = ")
                    .append(LATEST_FLEET_REPORT).append(" AND cf.change_kind <> 'RESOLVED' AND cf.rule_id = :rule)");
            params.put("rule", f.finding());
        }
        String from = " FROM virtual_machine v JOIN host h ON h.id = v.host_id LEFT JOIN vm_runtime r ON r.vm_id = v.id";
        String order = SORT.getOrDefault(f.sort() == null ? "name" : f.sort(), "lower(v.name)")
                + (f.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", v.id";
        Query count = em.createNativeQuery("SELECT count(*)" + from + where);
        Query list = em.createNativeQuery("""
                SELECT v.id, v.vm_id, v.name, h.id, h.name, r.state, coalesce(v.guest_os_override, r.guest_os),
                       coalesce(r.guest_kind, 'UNKNOWN'), r.integration_services_version, r.integration_services_state,
                       v.gone_at IS NOT NULL""" + from + where + " ORDER BY " + order);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            list.setParameter(k, v);
        });
        List<VmSummary> items = new ArrayList<>();
        for (Object o : list.setFirstResult(first).setMaxResults(size).getResultList()) {
            Object[] r = (Object[]) o;
            items.add(new VmSummary(InventoryQueryService.l(r[0]), (UUID) r[1], (String) r[2],
                    InventoryQueryService.l(r[3]), (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                    (String) r[8], (String) r[9], (Boolean) r[10]));
        }
        return new Page<>(items, InventoryQueryService.l(count.getSingleResult()));
    }

    /** The states and rule ids the filters offer (what occurs in the fleet and the latest fleet report). */
    @SuppressWarnings("unchecked")
    public List<String> states() {
        return em.createNativeQuery("SELECT DISTINCT r.state FROM vm_runtime r JOIN virtual_machine v ON v.id = r.vm_id"
                + " WHERE v.gone_at IS NULL AND r.state IS NOT NULL ORDER BY 1").getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<String> findingRules() {
        return em.createNativeQuery("SELECT DISTINCT rule_id FROM compliance_finding WHERE report_id = "
                + LATEST_FLEET_REPORT + " AND change_kind <> 'RESOLVED' ORDER BY 1").getResultList();
    }

    /** The VM's findings in the newest report that has any row for it (NEW or OPEN), in German or English. */
    public List<VmFinding> openFindings(long vmId, Locale locale) {
        boolean de = locale != null && "de".equals(locale.getLanguage());
        List<VmFinding> findings = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                SELECT f.report_id, r.created_at, f.rule_id, f.severity, f.detail, f.change_kind,
                       f.explanation_en, f.explanation_de, f.remediation_en, f.remediation_de
                  FROM compliance_finding f JOIN compliance_report r ON r.id = f.report_id
                 WHERE f.vm_id = :vm AND f.change_kind <> 'RESOLVED'
                   AND f.report_id = (SELECT max(report_id) FROM compliance_finding WHERE vm_id = :vm)
                 ORDER BY f.severity, f.rule_id""").setParameter("vm", vmId).getResultList()) {
            Object[] r = (Object[]) o;
            findings.add(new VmFinding(InventoryQueryService.l(r[0]), InventoryQueryService.t(r[1]), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) (de ? r[7] : r[6]),
                    (String) (de ? r[9] : r[8])));
        }
        return findings;
    }

    private static void like(StringBuilder where, Map<String, Object> params, String param, String column,
            String value) {
        if (present(value)) {
            where.append(" AND lower(").append(column).append(") LIKE :").append(param).append(" ESCAPE '\\'");
            params.put(param, "%" + InventoryQueryService.likeEscape(value.trim().toLowerCase(Locale.ROOT)) + "%");
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}

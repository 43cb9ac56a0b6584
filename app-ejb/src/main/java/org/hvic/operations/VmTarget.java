package org.hvic.operations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hvic.problem.Problem;

/** A VM named in a request, loaded with everything needed to check the request (one query for all of them). */
record VmTarget(long id, long hostId, String name, String guestKind, String state, boolean gone) {

    static List<VmTarget> load(EntityManager em, List<Long> ids) {
        Map<Long, VmTarget> found = new HashMap<>();
        for (Object o : em.createNativeQuery("""
                SELECT v.id, v.host_id, v.name, coalesce(r.guest_kind, 'UNKNOWN'), r.state, v.gone_at IS NOT NULL
                  FROM virtual_machine v LEFT JOIN vm_runtime r ON r.vm_id = v.id
                 WHERE v.id = ANY(CAST(:ids AS bigint[]))""")
                .setParameter("ids", ids.toArray(new Long[0])).getResultList()) {
            Object[] r = (Object[]) o;
            VmTarget vm = new VmTarget(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], (String) r[4], (Boolean) r[5]);
            found.put(vm.id(), vm);
        }
        List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw Problem.invalid("unknown VM id(s): " + missing.stream().limit(20).toList());
        }
        List<VmTarget> vms = new ArrayList<>();
        ids.forEach(id -> vms.add(found.get(id)));
        return vms;
    }

    /** Whether this operation type can act on this VM at all; otherwise the whole request is refused. */
    void checkApplicable(OperationType type) {
        if (gone) {
            throw Problem.invalid("VM " + id + " is no longer reported by its host");
        }
        switch (type) {
            case START_GUEST_SERVICE, STOP_GUEST_SERVICE -> require("WINDOWS", type);
            case START_LINUX_DAEMON, STOP_LINUX_DAEMON -> require("LINUX", type);
            case REFRESH_GUEST -> {
                if ("UNKNOWN".equals(guestKind)) {
                    throw Problem.invalid("VM " + id + ": hvic does not know its guest yet; refresh its host first");
                }
            }
            default -> {
            }
        }
    }

    private void require(String kind, OperationType type) {
        if (!kind.equals(guestKind)) {
            throw Problem.invalid(type + " needs a " + kind.toLowerCase(java.util.Locale.ROOT) + " guest; VM " + id
                    + " has guest kind " + guestKind);
        }
    }
}

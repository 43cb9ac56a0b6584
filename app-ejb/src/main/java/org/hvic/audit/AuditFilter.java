package org.hvic.audit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** The JPQL {@code where} clause and parameters of an {@link AuditQuery}. */
final class AuditFilter {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    AuditFilter(AuditQuery query) {
        if (query.from() != null) {
            add("e.createdAt >= :from", "from", query.from());
        }
        if (query.to() != null) {
            add("e.createdAt < :to", "to", query.to());
        }
        if (query.actor() != null) {
            add("lower(e.actor) = :actor", "actor", query.actor().toLowerCase(Locale.ROOT));
        }
        if (query.action() != null) {
            add("e.eventCode = :code", "code", query.actionType().code());
        }
        if (query.target() != null) {
            add("(lower(e.targetName) like :target escape '!' or lower(e.targetId) like :target escape '!')",
                    "target", "%" + likeEscaped(query.target().toLowerCase(Locale.ROOT)) + "%");
        }
    }

    /** Only entries older than the given id: keyset paging for exports that walk everything. */
    AuditFilter before(long id) {
        add("e.id < :before", "before", id);
        return this;
    }

    <T> TypedQuery<T> query(EntityManager em, String select, String orderBy, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + where + orderBy, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private void add(String condition, String name, Object value) {
        where.append(" and ").append(condition);
        parameters.put(name, value);
    }

    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

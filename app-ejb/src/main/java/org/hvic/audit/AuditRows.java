package org.hvic.audit;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/** Appends chained entries with one multi-row INSERT (the entries' hashes are computed before, in Java). */
final class AuditRows {

    private AuditRows() {
    }

    static void insert(EntityManager em, List<AuditEntry> entries) {
        em.createNativeQuery("""
                INSERT INTO audit_entry (created_at, event_code, event_type, severity, actor, role, target_type,
                                         target_id, target_name, parameters, result, client_address, prev_hash, hash)
                SELECT created_at, event_code, event_type, severity, actor, role, target_type, target_id, target_name,
                       parameters, result, client_address, prev_hash, hash
                  FROM unnest(CAST(?1 AS timestamptz[]), CAST(?2 AS integer[]), CAST(?3 AS varchar[]),
                              CAST(?4 AS varchar[]), CAST(?5 AS varchar[]), CAST(?6 AS varchar[]),
                              CAST(?7 AS varchar[]), CAST(?8 AS varchar[]), CAST(?9 AS varchar[]), CAST(?10 AS text[]),
                              CAST(?11 AS text[]), CAST(?12 AS varchar[]), CAST(?13 AS varchar[]),
                              CAST(?14 AS varchar[])) WITH ORDINALITY
                       AS t(created_at, event_code, event_type, severity, actor, role, target_type, target_id,
                            target_name, parameters, result, client_address, prev_hash, hash, n)
                 ORDER BY n""") // in chain order: ids grow along the chain, as the verifier walks it
                .setParameter(1, strings(entries, e -> e.getCreatedAt().toString()))
                .setParameter(2, entries.stream().map(AuditEntry::getEventCode).toArray(Integer[]::new))
                .setParameter(3, strings(entries, AuditEntry::getEventTypeName))
                .setParameter(4, strings(entries, AuditEntry::getSeverity))
                .setParameter(5, strings(entries, AuditEntry::getActor))
                .setParameter(6, strings(entries, AuditEntry::getRole))
                .setParameter(7, strings(entries, AuditEntry::getTargetType))
                .setParameter(8, strings(entries, AuditEntry::getTargetId))
                .setParameter(9, strings(entries, AuditEntry::getTargetName))
                .setParameter(10, strings(entries, AuditEntry::getParameters))
                .setParameter(11, strings(entries, AuditEntry::getResult))
                .setParameter(12, strings(entries, AuditEntry::getClientAddress))
                .setParameter(13, strings(entries, AuditEntry::getPrevHash))
                .setParameter(14, strings(entries, AuditEntry::getHash))
                .executeUpdate();
    }

    private static String[] strings(List<AuditEntry> entries, Function<AuditEntry, String> field) {
        return entries.stream().map(field).toArray(String[]::new);
    }
}

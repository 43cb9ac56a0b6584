package org.hvic.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The tamper-evident audit log: appends hash-chained entries, finds them, verifies the chain.
 * <p>
 * Appending takes the transaction-scoped PostgreSQL advisory lock {@link #CHAIN_LOCK} before it reads the last hash,
 * so that writers in any number of transactions and WildFly nodes follow one another and never fork the chain; the
 * lock is held until the transaction ends. Record as late as possible in a unit of work: audited transactions are
 * serialized from that point on. The unique {@code prev_hash} of the table refuses a fork should the lock ever be
 * bypassed.
 */
@Stateless
public class AuditService {

    /** The advisory lock key of the chain: "hvicaudt" in ASCII. */
    static final long CHAIN_LOCK = 0x6876_6963_6175_6474L;

    static final int CHUNK = 1000;

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    /**
     * Appends an entry in the caller's transaction: it commits or rolls back with the change it records.
     *
     * @return the entry's id
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long record(AuditRecord record) {
        return append(record);
    }

    /** Appends entries, in this order, in the caller's transaction: the chain is locked and read once for all. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        String previous = lockChain();
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditRecord record : records) {
            AuditEntry entry = entry(record, previous);
            entries.add(entry);
            previous = entry.getHash();
        }
        AuditRows.insert(em, entries);
    }

    /** Appends an entry in a transaction of its own, for outcomes with no other change (a failed login). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long recordAlone(AuditRecord record) {
        return append(record);
    }

    private long append(AuditRecord record) {
        return persist(record, lockChain()).getId();
    }

    /** Takes the chain's lock until the transaction ends and returns the hash of the last entry. */
    private String lockChain() {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        List<?> last = em.createNativeQuery("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1").getResultList();
        return last.isEmpty() ? AuditChain.GENESIS : (String) last.get(0);
    }

    private AuditEntry persist(AuditRecord record, String previous) {
        AuditEntry entry = entry(record, previous);
        em.persist(entry);
        return entry;
    }

    private static AuditEntry entry(AuditRecord record, String previous) {
        return new AuditEntry(record.type(), Instant.now(), record.actor().name(), record.actor().role(),
                record.actor().clientAddress(), record.targetType(), record.targetId(), record.targetName(),
                AuditParameters.toJson(record.parameters()), record.result(), previous);
    }

    /** One page of entries matching the query, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuditPage find(AuditQuery query) {
        long total = new AuditFilter(query).query(em, "select count(e) from AuditEntry e", "", Long.class)
                .getSingleResult();
        List<AuditEntryView> items = new AuditFilter(query)
                .query(em, "select e from AuditEntry e", " order by e.id desc", AuditEntry.class)
                .setFirstResult(Math.toIntExact(Math.min((long) query.page() * query.size(), Integer.MAX_VALUE)))
                .setMaxResults(query.size())
                .getResultList().stream().map(entry -> view(entry, query)).toList();
        return new AuditPage(items, total);
    }

    /**
     * Every entry matching the query's filters (page and size ignored), newest first, in chunks read by id so that
     * entries appended meanwhile neither repeat nor shift the walk; for exports.
     *
     * @return how many entries were handed to the sink
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long forEach(AuditQuery query, Consumer<AuditEntryView> sink) {
        long count = 0;
        long before = Long.MAX_VALUE;
        while (true) {
            List<AuditEntry> chunk = new AuditFilter(query).before(before)
                    .query(em, "select e from AuditEntry e", " order by e.id desc", AuditEntry.class)
                    .setMaxResults(CHUNK).getResultList();
            for (AuditEntry entry : chunk) {
                sink.accept(view(entry, query));
                before = entry.getId();
                count++;
            }
            em.clear();
            if (chunk.size() < CHUNK) {
                return count;
            }
        }
    }

    /** Walks the whole chain in id order, in chunks, recomputing every hash. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditVerification verify() {
        ChainVerifier verifier = new ChainVerifier();
        long after = Long.MIN_VALUE;
        while (true) {
            List<AuditEntry> chunk = em.createQuery(
                            "select e from AuditEntry e where e.id > :after order by e.id", AuditEntry.class)
                    .setParameter("after", after).setMaxResults(CHUNK).getResultList();
            for (AuditEntry entry : chunk) {
                verifier.accept(entry);
                after = entry.getId();
            }
            em.clear();
            if (chunk.size() < CHUNK) {
                return verifier.result();
            }
        }
    }

    static AuditEntryView view(AuditEntry entry, AuditQuery query) {
        Map<String, String> parameters = AuditParameters.fromJson(entry.getParameters());
        return new AuditEntryView(entry.getId(), entry.getCreatedAt(), entry.getEventTypeName(), entry.getEventCode(),
                entry.getSeverity(), AuditMessages.render(entry, parameters, query.locale()), entry.getActor(),
                entry.getRole(), entry.getTargetType(), entry.getTargetId(), entry.getTargetName(), parameters,
                entry.getResult(), entry.getClientAddress(), entry.getHash());
    }
}

package org.hvic.audit;

/**
 * Walks entries in id order: each must name its predecessor's stored hash as {@code prev_hash} (the first names
 * {@link AuditChain#GENESIS}) and carry the hash its own content gives. A changed field breaks the entry itself; a
 * removed or inserted entry breaks the one after the gap.
 */
final class ChainVerifier {

    private String expectedPrevious = AuditChain.GENESIS;
    private long entries;
    private Long firstBrokenId;

    void accept(AuditEntry entry) {
        entries++;
        if (firstBrokenId == null
                && (!expectedPrevious.equals(entry.getPrevHash()) || !AuditChain.intact(entry))) {
            firstBrokenId = entry.getId();
        }
        expectedPrevious = entry.getHash();
    }

    AuditVerification result() {
        return new AuditVerification(firstBrokenId == null, entries, firstBrokenId);
    }
}

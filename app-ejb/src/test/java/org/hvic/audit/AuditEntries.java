package org.hvic.audit;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test fixtures: chains of audit entries as {@link AuditService} appends them, and tampering as an owner would. */
final class AuditEntries {

    static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456Z");

    private AuditEntries() {
    }

    static AuditEntry entry(String previous, int n, Map<String, String> parameters) {
        return new AuditEntry(AuditEventType.OPERATION_REQUESTED, T0.plusSeconds(n), "alice", "OPERATOR", "10.0.0." + n,
                "VM", "vm-" + n, "demovm-" + n, AuditParameters.toJson(parameters), "ACCEPTED", previous);
    }

    /** {@code count} chained entries with ids 1..count. */
    static List<AuditEntry> chain(int count) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int n = 1; n <= count; n++) {
            AuditEntry entry = entry(previous, n, Map.of("service", "Guest Service Interface", "n", "" + n));
            set(entry, "id", (long) n);
            entries.add(entry);
            previous = entry.getHash();
        }
        return entries;
    }

    static AuditVerification verify(List<AuditEntry> entries) {
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);
        return verifier.result();
    }

    /** Changes a stored field behind the entity's back, as an UPDATE with the trigger disabled would. */
    static void set(AuditEntry entry, String field, Object value) {
        try {
            Field f = AuditEntry.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(entry, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static Object get(AuditEntry entry, String field) {
        try {
            Field f = AuditEntry.class.getDeclaredField(field);
            f.setAccessible(true);
            return f.get(entry);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}

package org.hvic.audit;

import static org.hvic.audit.AuditEntries.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditChainTest {

    @Test
    void canonicalFormHasFixedFieldOrderAndMicrosecondUtcTime() {
        AuditEntry entry = new AuditEntry(AuditEventType.HOST_REGISTERED, Instant.parse("2025-01-31T08:15:00Z"),
                "admin", "ADMIN", "192.0.2.1", "HOST", "7", "hv01", "{\"port\":\"22\"}", null, AuditChain.GENESIS);
        assertEquals(String.join("\n", "hvic-audit-v1", "2025-01-31T08:15:00.000000Z", "100", "HOST_REGISTERED",
                "INFO", "admin", "ADMIN", "192.0.2.1", "HOST", "7", "hv01", "{\"port\":\"22\"}", "\\0"),
                AuditChain.canonical(entry));
        assertEquals(AuditChain.sha256Hex(AuditChain.GENESIS + "\n" + AuditChain.canonical(entry)), entry.getHash());
        assertTrue(entry.getHash().matches("[0-9a-f]{64}"));
    }

    @Test
    void knownSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", AuditChain.sha256Hex("abc"));
    }

    @Test
    void timeIsTruncatedToMicrosecondsAsPostgresqlStoresIt() {
        AuditEntry nanos = new AuditEntry(AuditEventType.LOGIN_FAILED, T0.plusNanos(789), "bob", "", "x", null, null,
                null, "{}", "FAILED", AuditChain.GENESIS);
        AuditEntry micros = new AuditEntry(AuditEventType.LOGIN_FAILED, T0, "bob", "", "x", null, null, null, "{}",
                "FAILED", AuditChain.GENESIS);
        assertEquals(T0, nanos.getCreatedAt());
        assertEquals(micros.getHash(), nanos.getHash());
    }

    @Test
    void escapedSeparatorsCannotForgeAnotherEntry() {
        AuditEntry one = new AuditEntry(AuditEventType.USER_UPDATED, T0, "a\nb", "", "c", null, null, null, "{}", null,
                AuditChain.GENESIS);
        AuditEntry two = new AuditEntry(AuditEventType.USER_UPDATED, T0, "a", "b", "c", null, null, null, "{}", null,
                AuditChain.GENESIS);
        AuditEntry empty = new AuditEntry(AuditEventType.USER_UPDATED, T0, "a", "b", "c", null, null, null, "{}", "",
                AuditChain.GENESIS);
        AuditEntry slash = new AuditEntry(AuditEventType.USER_UPDATED, T0, "a", "b", "c", null, null, null, "{}",
                "\\0", AuditChain.GENESIS);
        assertEquals(4, Set.of(one.getHash(), two.getHash(), empty.getHash(), slash.getHash()).size());
    }

    @Test
    void parameterOrderDoesNotMatter() {
        Map<String, String> forward = new LinkedHashMap<>();
        forward.put("service", "vmicguestinterface");
        forward.put("batchId", "b-1");
        forward.put("attempt", "2");
        Map<String, String> backward = new LinkedHashMap<>();
        backward.put("attempt", "2");
        backward.put("batchId", "b-1");
        backward.put("service", "vmicguestinterface");
        AuditEntry a = AuditEntries.entry(AuditChain.GENESIS, 1, forward);
        AuditEntry b = AuditEntries.entry(AuditChain.GENESIS, 1, backward);
        assertEquals("{\"attempt\":\"2\",\"batchId\":\"b-1\",\"service\":\"vmicguestinterface\"}", a.getParameters());
        assertEquals(a.getHash(), b.getHash());
    }

    @Test
    void anUntouchedChainIsValid() {
        assertEquals(new AuditVerification(true, 5, null), AuditEntries.verify(AuditEntries.chain(5)));
        assertEquals(new AuditVerification(true, 0, null), AuditEntries.verify(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"createdAt", "eventCode", "eventType", "severity", "actor", "role", "targetType",
            "targetId", "targetName", "parameters", "result", "clientAddress", "prevHash", "hash"})
    void changingAnyFieldBreaksTheChainAtThatEntry(String field) {
        List<AuditEntry> entries = AuditEntries.chain(5);
        AuditEntry victim = entries.get(2);
        Object before = AuditEntries.get(victim, field);
        AuditEntries.set(victim, field, changed(before));
        assertNotEquals(before, AuditEntries.get(victim, field));
        assertEquals(new AuditVerification(false, 5, 3L), AuditEntries.verify(entries));
    }

    @Test
    void everyStoredFieldIsCovered() {
        long fields = java.util.Arrays.stream(AuditEntry.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName)
                .filter(name -> !name.equals("id")).count();
        assertEquals(14, fields, "a new column must enter the canonical form (a new version) and this test");
    }

    @Test
    void aRemovedEntryBreaksTheOneAfterTheGap() {
        List<AuditEntry> entries = new java.util.ArrayList<>(AuditEntries.chain(5));
        entries.remove(1);
        assertEquals(new AuditVerification(false, 4, 3L), AuditEntries.verify(entries));
    }

    @Test
    void aRehashedEntryBreaksItsSuccessor() {
        List<AuditEntry> entries = AuditEntries.chain(4);
        AuditEntry victim = entries.get(1);
        AuditEntries.set(victim, "actor", "mallory");
        AuditEntries.set(victim, "hash", AuditChain.hash(victim.getPrevHash(), victim));
        assertTrue(AuditChain.intact(victim));
        assertEquals(new AuditVerification(false, 4, 3L), AuditEntries.verify(entries));
    }

    @Test
    void aForkIsReported() {
        List<AuditEntry> entries = new java.util.ArrayList<>(AuditEntries.chain(3));
        entries.add(AuditEntries.entry(entries.get(1).getHash(), 9, Map.of()));
        AuditEntries.set(entries.get(3), "id", 4L);
        assertFalse(AuditEntries.verify(entries).valid());
        assertEquals(4L, AuditEntries.verify(entries).firstBrokenId());
    }

    @Test
    void overlongTextsAreCutWithoutSplittingASurrogatePair() {
        String name = "x".repeat(1023) + "\uD83D\uDE00";
        AuditEntry entry = new AuditEntry(AuditEventType.HOST_UPDATED, T0, "a", "", "", "HOST", "1", name, "{}",
                "nul\0", AuditChain.GENESIS);
        assertEquals(1023, entry.getTargetName().length());
        assertEquals("nul\uFFFD", entry.getResult());
        assertTrue(AuditChain.intact(entry));
    }

    private static Object changed(Object value) {
        if (value instanceof Instant instant) {
            return instant.plusNanos(1000);
        }
        if (value instanceof Integer number) {
            return number + 1;
        }
        return value + "x";
    }
}

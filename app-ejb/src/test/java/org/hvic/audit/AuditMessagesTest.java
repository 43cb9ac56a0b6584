package org.hvic.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class AuditMessagesTest {

    private static final ResourceBundle ENGLISH = AuditMessages.bundle(Locale.ENGLISH);
    private static final ResourceBundle GERMAN = AuditMessages.bundle(Locale.GERMAN);

    @Test
    void everyTypeHasAMessageInBothLanguagesAndNoKeyIsUnused() {
        Set<String> types = Arrays.stream(AuditEventType.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(types, new TreeSet<>(ENGLISH.keySet()), "English bundle keys must be exactly the type names");
        assertEquals(types, new TreeSet<>(GERMAN.keySet()), "German bundle keys must be exactly the type names");
        for (String type : types) {
            assertFalse(ENGLISH.getString(type).isBlank(), type);
            assertFalse(GERMAN.getString(type).isBlank(), type);
        }
    }

    @Test
    void germanIsItsOwnBundleReadAsUtf8() {
        assertTrue(GERMAN.getString("USER_DELETED").contains("gelöscht"));
        assertTrue(GERMAN.getString("HOST_KEY_APPROVED").contains("Schlüssel"));
        for (String key : GERMAN.keySet()) {
            assertFalse(GERMAN.getString(key).contains("Ã"), key + " is not UTF-8");
            assertFalse(GERMAN.getString(key).equals(ENGLISH.getString(key)), key + " is not translated");
        }
    }

    @Test
    void placeholdersAreKnownFieldsAndTheSameInBothLanguages() {
        for (String key : ENGLISH.keySet()) {
            Set<String> english = placeholders(ENGLISH.getString(key));
            assertTrue(AuditMessages.FIELDS.containsAll(english), key + " uses " + english);
            assertEquals(english, placeholders(GERMAN.getString(key)), key);
        }
    }

    @Test
    void codesAreUniqueAndFoundAgain() {
        Set<Integer> codes = new HashSet<>();
        for (AuditEventType type : AuditEventType.values()) {
            assertTrue(codes.add(type.code()), "duplicate code " + type.code());
            assertEquals(type, AuditEventType.byCode(type.code()).orElseThrow());
            assertEquals(type, AuditEventType.parse(Integer.toString(type.code())).orElseThrow());
            assertEquals(type, AuditEventType.parse(type.name().toLowerCase(Locale.ROOT)).orElseThrow());
        }
        assertEquals(202, AuditEventType.OPERATION_FAILED.code());
        assertEquals(Severity.ERROR, AuditEventType.OPERATION_FAILED.severity());
        assertTrue(AuditEventType.parse("999").isEmpty());
        assertTrue(AuditEventType.parse("NO_SUCH_TYPE").isEmpty());
    }

    @Test
    void rendersInTheRequestedLanguageWithEnglishForOthers() {
        AuditEntry entry = new AuditEntry(AuditEventType.USER_DELETED, AuditEntries.T0, "admin", "ADMIN", "10.1.1.1",
                "USER", "12", "carol", "{}", "SUCCEEDED", AuditChain.GENESIS);
        assertEquals("admin deleted user carol: SUCCEEDED", AuditMessages.render(entry, Map.of(), Locale.ENGLISH));
        assertEquals("admin deleted user carol: SUCCEEDED", AuditMessages.render(entry, Map.of(), Locale.FRENCH));
        assertEquals("admin hat den Benutzer carol gelöscht: SUCCEEDED",
                AuditMessages.render(entry, Map.of(), Locale.GERMANY));
    }

    @Test
    void unknownPlaceholdersRenderEmptyAndDollarsStayLiteral() {
        assertEquals("a  b $1 \\x", AuditMessages.fill("a ${nothing} b ${v}", Map.of("v", "$1 \\x")));
    }

    private static Set<String> placeholders(String message) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = AuditMessages.PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}

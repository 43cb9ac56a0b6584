package org.hvic.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash chain of the audit log.
 * <p>
 * {@code hash = lowercase hex SHA-256 of UTF-8 (prev_hash + "\n" + canonical(entry))}; the first entry's
 * {@code prev_hash} is {@link #GENESIS} (64 zeros).
 * <p>
 * {@code canonical(entry)} is version 1 of the canonical form: the line {@code hvic-audit-v1}, then one line per field,
 * joined by {@code "\n"}, in this fixed order:
 * <ol>
 * <li>created_at, UTC, exactly six fractional digits ({@code 2025-01-31T08:15:00.123456Z}), as PostgreSQL stores it;</li>
 * <li>event_code (decimal); 3. event_type (name); 4. severity;</li>
 * <li>actor; 6. role; 7. client_address;</li>
 * <li>target_type; 9. target_id; 10. target_name;</li>
 * <li>parameters (the stored JSON text, keys sorted); 12. result.</li>
 * </ol>
 * Each value is escaped so that no value can forge a separator: {@code \} becomes {@code \\}, line feed {@code \n},
 * carriage return {@code \r}; a null value is written {@code \0}, which no escaped text can be. The id is not part
 * of the content: the order of the chain is given by the hashes themselves.
 */
public final class AuditChain {

    /** The predecessor of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    static final String VERSION = "hvic-audit-v1";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /** The hash an entry with this content must carry when it follows {@code prevHash}. */
    public static String hash(String prevHash, AuditEntry entry) {
        return sha256Hex(prevHash + "\n" + canonical(entry));
    }

    /** True when the entry's stored hash is the one its stored content and predecessor give. */
    public static boolean intact(AuditEntry entry) {
        return hash(entry.getPrevHash(), entry).equals(entry.getHash());
    }

    public static String canonical(AuditEntry entry) {
        StringBuilder out = new StringBuilder(256).append(VERSION);
        field(out, TIME.format(entry.getCreatedAt()));
        field(out, Integer.toString(entry.getEventCode()));
        field(out, entry.getEventTypeName());
        field(out, entry.getSeverity());
        field(out, entry.getActor());
        field(out, entry.getRole());
        field(out, entry.getClientAddress());
        field(out, entry.getTargetType());
        field(out, entry.getTargetId());
        field(out, entry.getTargetName());
        field(out, entry.getParameters());
        field(out, entry.getResult());
        return out.toString();
    }

    private static void field(StringBuilder out, String value) {
        out.append('\n');
        if (value == null) {
            out.append("\\0");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

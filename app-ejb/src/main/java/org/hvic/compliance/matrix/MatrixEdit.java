package org.hvic.compliance.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hvic.compliance.ComplianceMatrixRow.Content;
import org.hvic.compliance.UpdateMechanism;
import org.hvic.problem.Problem;

/** Applies a {@link MatrixChange} to the rows of a set version, in memory; validates every input (400 on bad input). */
public final class MatrixEdit {

    static final int MAX_TEXT = 2000;
    static final int MAX_ROWS = 1000;

    private MatrixEdit() {
    }

    /**
     * The rows of the next version, in order (host matrix as first seen, then position); a replaced row keeps its
     * place, a new row goes to the end of its host's matrix.
     */
    public static List<Content> apply(List<Content> current, Set<String> knownMatrices, MatrixChange change) {
        if (change == null || (empty(change.rows()) && empty(change.remove()))) {
            throw Problem.invalid("the change has neither rows nor rows to remove");
        }
        if (change.comment() != null && change.comment().length() > MAX_TEXT) {
            throw Problem.invalid("comment is longer than " + MAX_TEXT + " characters");
        }
        Map<String, Content> rows = new LinkedHashMap<>();
        for (Content content : current) {
            rows.put(id(content.hostMatrix(), content.guestKey()), content);
        }
        for (MatrixChange.RowRef ref : change.remove() == null ? List.<MatrixChange.RowRef>of() : change.remove()) {
            String key = guestKey(ref == null ? null : ref.guestOs());
            if (ref.hostMatrix() == null || rows.remove(id(ref.hostMatrix(), key)) == null) {
                throw Problem.invalid("there is no row for guest " + key + " in matrix " + ref.hostMatrix());
            }
        }
        for (MatrixRowInput input : change.rows() == null ? List.<MatrixRowInput>of() : change.rows()) {
            Content content = content(input, knownMatrices);
            rows.put(id(content.hostMatrix(), content.guestKey()), content);
        }
        if (rows.size() > MAX_ROWS) {
            throw Problem.invalid("a matrix set holds at most " + MAX_ROWS + " rows");
        }
        return new ArrayList<>(rows.values());
    }

    static Content content(MatrixRowInput input, Set<String> knownMatrices) {
        if (input == null) {
            throw Problem.invalid("a row is empty");
        }
        String host = hostMatrix(input.hostMatrix(), knownMatrices);
        String guestOs = text(input.guestOs(), "guestOs", 255);
        String key = guestKey(guestOs);
        UpdateMechanism mechanism = mechanism(input.mechanism());
        boolean dx = Boolean.TRUE.equals(input.requiresDataExchange());
        if (dx && mechanism != UpdateMechanism.WINDOWS_UPDATE) {
            throw Problem.invalid("requiresDataExchange applies to the Windows Update mechanism only");
        }
        String noteDe = optional(input.noteDe(), "noteDe");
        String noteEn = optional(input.noteEn(), "noteEn");
        if (dx && noteDe == null) {
            noteDe = "Benötigt den Integrationsdienst „Datenaustausch“.";
            noteEn = noteEn == null ? "Requires the Data Exchange integration service." : noteEn;
        }
        return new Content(host, guestOs, key, mechanism, MechanismText.de(mechanism), MechanismText.en(mechanism),
                noteDe, noteEn, dx, null, null);
    }

    private static String hostMatrix(String value, Set<String> knownMatrices) {
        String host = text(value, "hostMatrix", 64);
        if (knownMatrices.contains(host)) {
            return host;
        }
        String key = OsNormalizer.normalize(host).orElse(null);
        if (!host.equals(key) || OsNormalizer.LINUX.equals(key)) {
            throw Problem.invalid("hostMatrix must be a matrix of the set " + knownMatrices
                    + " or a Windows host OS key such as \"Windows Server 2022\"");
        }
        return host;
    }

    private static String guestKey(String guestOs) {
        return OsNormalizer.normalize(guestOs).orElseThrow(() -> Problem.invalid(
                "the guest OS \"" + guestOs + "\" cannot be mapped to a matrix key"));
    }

    private static UpdateMechanism mechanism(String value) {
        try {
            return UpdateMechanism.valueOf(text(value, "mechanism", 32).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("mechanism must be one of WINDOWS_UPDATE, INTEGRATION_SERVICES_DISK, "
                    + "LINUX_DISTRIBUTION");
        }
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw Problem.invalid(field + " is required");
        }
        if (value.length() > max) {
            throw Problem.invalid(field + " is longer than " + max + " characters");
        }
        return value.strip();
    }

    private static String optional(String value, String field) {
        return value == null || value.isBlank() ? null : text(value, field, MAX_TEXT);
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static String id(String hostMatrix, String guestKey) {
        return hostMatrix + "\u0000" + guestKey;
    }
}

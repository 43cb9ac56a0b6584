package org.hvic.compliance.matrix;

/** One matrix row as the API shows it. */
public record MatrixRowView(String hostMatrix, int position, String guestOs, String guestKey, String mechanism,
        String mechanismDe, String mechanismEn, String noteDe, String noteEn, boolean requiresDataExchange,
        String footnoteDe, String footnoteEn) {
}

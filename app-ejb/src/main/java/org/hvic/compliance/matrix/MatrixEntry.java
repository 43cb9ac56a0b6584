package org.hvic.compliance.matrix;

import org.hvic.compliance.UpdateMechanism;

/** One row of a host's matrix, as the compliance rules use it. */
public record MatrixEntry(String hostMatrix, int position, String guestOs, String guestKey, UpdateMechanism mechanism,
        String mechanismDe, String mechanismEn, String noteDe, String noteEn, boolean requiresDataExchange) {
}

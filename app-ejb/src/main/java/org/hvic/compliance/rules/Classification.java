package org.hvic.compliance.rules;

import org.hvic.compliance.matrix.MatrixEntry;
import org.hvic.compliance.matrix.OsNormalizer;

/** Where a VM falls in the matrix set: host OS key, host matrix, guest OS key and the matching row (each may be null). */
record Classification(String hostKey, String hostMatrix, String guestKey, MatrixEntry entry, boolean linux) {

    boolean olderThanServer2016() {
        return OsNormalizer.olderThanServer2016(guestKey);
    }
}

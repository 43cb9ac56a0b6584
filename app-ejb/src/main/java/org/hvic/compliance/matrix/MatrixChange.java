package org.hvic.compliance.matrix;

import java.util.List;

/**
 * A change to a matrix set, which becomes its next version: rows to add or replace, rows to remove (by host matrix and
 * guest OS), and why. A change that changes nothing creates no version.
 */
public record MatrixChange(String comment, List<MatrixRowInput> rows, List<RowRef> remove) {

    /** A row to remove: host matrix and guest OS (any name that normalises to the row's key). */
    public record RowRef(String hostMatrix, String guestOs) {
    }
}

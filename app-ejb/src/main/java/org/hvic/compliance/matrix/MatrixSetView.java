package org.hvic.compliance.matrix;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of a matrix set: which host OS uses which matrix ({@code hostMatrices}, e.g. Windows Server 2012 R2 ->
 * Windows 8.1) and the rows, ordered by host matrix and position. {@code rows} is empty in lists.
 */
public record MatrixSetView(String name, int version, boolean current, String source, LocalDate sourceDate,
        String description, String changeComment, String createdBy, Instant createdAt, int rowCount,
        List<Integer> versions, Map<String, String> hostMatrices, List<MatrixRowView> rows) {
}

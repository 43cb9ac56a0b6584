package org.hvic.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.hvic.compliance.ComplianceMatrixRow.Content;
import org.hvic.compliance.matrix.MatrixChange;
import org.hvic.compliance.matrix.MatrixEdit;
import org.hvic.compliance.matrix.MatrixRowInput;
import org.hvic.problem.Problem;
import org.junit.jupiter.api.Test;

class MatrixEditTest {

    private static final List<Content> CURRENT = List.of(
            new Content("Windows 10", "Windows 7", "Windows 7", UpdateMechanism.WINDOWS_UPDATE, "Windows Update",
                    "Windows Update", "n", "n", true, null, null),
            new Content("Windows 10", "Windows 10", "Windows 10", UpdateMechanism.WINDOWS_UPDATE, "Windows Update",
                    "Windows Update", null, null, false, null, null));

    @Test
    void replacesInPlaceAddsAtTheEndAndRemoves() {
        MatrixChange change = new MatrixChange("test", List.of(
                new MatrixRowInput("Windows 10", "Windows 10 Pro", "integration_services_disk", false, null, null),
                new MatrixRowInput("Windows Server 2022", "Windows Server 2022", "WINDOWS_UPDATE", null, null, null)),
                List.of(new MatrixChange.RowRef("Windows 10", "Windows 7 (SP 1)")));
        List<Content> after = MatrixEdit.apply(CURRENT, Set.of("Windows 10"), change);
        assertEquals(2, after.size());
        assertEquals(UpdateMechanism.INTEGRATION_SERVICES_DISK, after.get(0).mechanism());
        assertEquals("Integrationsdienste-Datenträger", after.get(0).mechanismDe());
        assertEquals("Windows Server 2022", after.get(1).hostMatrix());
    }

    @Test
    void badInputIsA400() {
        Set<String> known = Set.of("Windows 10");
        List<MatrixChange> bad = List.of(
                new MatrixChange(null, List.of(), List.of()),
                new MatrixChange(null, List.of(new MatrixRowInput("Windows 10", "OS/2", "WINDOWS_UPDATE", false, null,
                        null)), null),
                new MatrixChange(null, List.of(new MatrixRowInput("Windows 10", "Windows 8", "CD", false, null, null)),
                        null),
                new MatrixChange(null, List.of(new MatrixRowInput("Ubuntu", "Windows 8", "WINDOWS_UPDATE", false, null,
                        null)), null),
                new MatrixChange(null, List.of(new MatrixRowInput("Windows 10", "Windows 8",
                        "INTEGRATION_SERVICES_DISK", true, null, null)), null),
                new MatrixChange(null, null, List.of(new MatrixChange.RowRef("Windows 10", "Windows XP"))));
        for (MatrixChange change : bad) {
            Problem p = assertThrows(Problem.class, () -> MatrixEdit.apply(CURRENT, known, change));
            assertEquals(400, p.status());
        }
    }
}

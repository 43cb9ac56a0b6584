package org.hvic.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hvic.compliance.matrix.OsNormalizer;
import org.junit.jupiter.api.Test;

/** The `seed` matrix set of the V6 migration against the seed's three tables. */
class SeedMatrixTest {

    static final String DX_NOTE = "Benötigt den Integrationsdienst „Datenaustausch“.*****";
    static final String DISK = "Integrationsdienste-Datenträger";

    /** host table -> rows "guest|mechanism|note" in the seed's order, parsed from the seed's markdown. */
    static Map<String, List<String[]>> seedTables() {
        Map<String, List<String[]>> tables = new LinkedHashMap<>();
        Pattern heading = Pattern.compile("\\*\\*Für auf (.+?)-Hosts ausgeführte virtuelle Computer:\\*\\*");
        List<String[]> current = null;
        for (String line : SeedExcerpt.TABLES.split("\n")) {
            Matcher m = heading.matcher(line);
            if (m.find()) {
                current = new ArrayList<>();
                tables.put(m.group(1).replace('\u00a0', ' '), current); // the seed writes "Windows&nbsp;10"
            } else if (current != null && line.startsWith("|") && !line.startsWith("| Gastbetriebssystem")
                    && !line.startsWith("|:") && !line.startsWith("| –")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                current.add(new String[] {space(cells[0]), space(cells[1]), space(cells[2])});
            }
        }
        return tables;
    }

    @Test
    void rowCountsPerHostEqualTheSeedTables() throws IOException {
        Map<String, List<String[]>> seed = seedTables();
        assertEquals(List.of("Windows 10", "Windows 8.1", "Windows 8"), List.copyOf(seed.keySet()));
        assertEquals(11, seed.get("Windows 10").size());
        assertEquals(14, seed.get("Windows 8.1").size());
        assertEquals(13, seed.get("Windows 8").size());
        List<MigrationMatrix.Row> rows = MigrationMatrix.seedRows();
        for (String host : seed.keySet()) {
            assertEquals(seed.get(host).size(), rows.stream().filter(r -> r.hostMatrix().equals(host)).count(), host);
        }
        assertEquals(38, rows.size());
    }

    @Test
    void everyRowEqualsTheSeedInOrderMechanismAndNote() throws IOException {
        Map<String, List<String[]>> seed = seedTables();
        List<MigrationMatrix.Row> rows = MigrationMatrix.seedRows();
        for (String host : seed.keySet()) {
            List<MigrationMatrix.Row> ours = rows.stream().filter(r -> r.hostMatrix().equals(host)).toList();
            for (int i = 0; i < ours.size(); i++) {
                String[] cell = seed.get(host).get(i);
                MigrationMatrix.Row row = ours.get(i);
                assertEquals(i + 1, row.position());
                assertEquals(cell[0], row.guestOs(), host + " row " + (i + 1));
                assertEquals(cell[1], mechanismDe(row.mechanism()), host + " " + cell[0]);
                assertEquals(cell[2], row.requiresDataExchange() ? DX_NOTE : "", host + " " + cell[0]);
            }
        }
    }

    @Test
    void sampleRowsPerMatrix() throws IOException {
        assertRow("Windows 10", "Windows 7", UpdateMechanism.WINDOWS_UPDATE, true);
        assertRow("Windows 10", "Windows Server 2012 R2", UpdateMechanism.WINDOWS_UPDATE, false);
        assertRow("Windows 10", "Windows Small Business Server 2011", UpdateMechanism.WINDOWS_UPDATE, true);
        assertRow("Windows 8.1", "Windows XP (SP 2, SP 3)", UpdateMechanism.INTEGRATION_SERVICES_DISK, false);
        assertRow("Windows 8.1", "Windows 10", UpdateMechanism.WINDOWS_UPDATE, false);
        assertRow("Windows 8.1", "Windows Server 2003 (SP 2)", UpdateMechanism.INTEGRATION_SERVICES_DISK, false);
        assertRow("Windows 8", "Windows 8.1", UpdateMechanism.WINDOWS_UPDATE, false);
        assertRow("Windows 8", "Windows Server 2012", UpdateMechanism.INTEGRATION_SERVICES_DISK, false);
        assertRow("Windows 8", "Windows Server 2003 R2 (SP 2)", UpdateMechanism.INTEGRATION_SERVICES_DISK, false);
    }

    @Test
    void windows10HostListsNeitherXpNor2003AndWindows8HostNoWindows10() throws IOException {
        assertTrue(find("Windows 10", "Windows XP (SP 2, SP 3)").isEmpty());
        assertTrue(find("Windows 10", "Windows Server 2003 (SP 2)").isEmpty());
        assertTrue(find("Windows 10", "Windows Server 2003 R2 (SP 2)").isEmpty());
        assertTrue(find("Windows 8", "Windows 10").isEmpty());
        assertFalse(find("Windows 8.1", "Windows Server 2003 (SP 2)").isEmpty());
    }

    @Test
    void germanTextsAreTheSeedsAndEveryGuestNormalisesToItsKey() throws IOException {
        String sql = MigrationMatrix.sql();
        assertTrue(sql.contains("'" + DX_NOTE + "'"));
        assertTrue(sql.contains("'" + DISK + "'"));
        for (MigrationMatrix.Row row : MigrationMatrix.seedRows()) {
            assertEquals(Optional.of(row.guestKey()), OsNormalizer.normalize(row.guestOs()), row.guestOs());
        }
    }

    private static void assertRow(String host, String guest, UpdateMechanism mechanism, boolean dx) throws IOException {
        MigrationMatrix.Row row = find(host, guest).orElseThrow(() -> new AssertionError(host + "/" + guest));
        assertEquals(mechanism, row.mechanism(), host + "/" + guest);
        assertEquals(dx, row.requiresDataExchange(), host + "/" + guest);
    }

    private static Optional<MigrationMatrix.Row> find(String host, String guest) throws IOException {
        return MigrationMatrix.seedRows().stream()
                .filter(r -> r.hostMatrix().equals(host) && r.guestOs().equals(guest)).findFirst();
    }

    /** The seed writes "Windows&nbsp;10"; the migration stores an ordinary space (the words are the same). */
    private static String space(String cell) {
        return cell.replace('\u00a0', ' ').trim();
    }

    private static String mechanismDe(UpdateMechanism mechanism) {
        return mechanism == UpdateMechanism.WINDOWS_UPDATE ? "Windows Update" : DISK;
    }
}

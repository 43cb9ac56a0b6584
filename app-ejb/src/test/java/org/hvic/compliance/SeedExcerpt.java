package org.hvic.compliance;

/**
 * The three tables of the seed's section "Wartung von Integrationsdiensten" ({@code seed/000_9eb35e585ee062e2.txt},
 * lines 179-237), copied verbatim (the footnote lines, which hold backslashes, left out). The matrix test compares the
 * V6 migration against this text.
 */
final class SeedExcerpt {

    static final String TABLES = """
            **Für auf Windows 10-Hosts ausgeführte virtuelle Computer:**

            | Gastbetriebssystem| Updatemechanismus| Anmerkungen|
            |:---------|:---------|:---------|
            | Windows 10| Windows Update| |
            | Windows 8.1| Windows Update| |
            | Windows 8| Windows Update| Benötigt den Integrationsdienst „Datenaustausch“.*****|
            | Windows 7| Windows Update| Benötigt den Integrationsdienst „Datenaustausch“.*****|
            | Windows Vista (SP 2)| Windows Update| Benötigt den Integrationsdienst „Datenaustausch“.*****|
            | –| | |
            | Windows Server 2012 R2| Windows Update| |
            | Windows Server 2012| Windows Update| Benötigt den Integrationsdienst „Datenaustausch“.*****|
            | Windows Server 2008 R2| Windows Update| Benötigt den Integrationsdienst „Datenaustausch“.*****|
            | Windows Server 2008 (SP 2)| Windows Update| Benötigt den Integrationsdienst „Datenaustausch“.*****|
            | Windows Home Server 2011| Windows Update| Benötigt den Integrationsdienst „Datenaustausch“.*****|
            | Windows Small Business Server 2011| Windows Update| Benötigt den Integrationsdienst „Datenaustausch“.*****|




            **Für auf Windows 8.1-Hosts ausgeführte virtuelle Computer:**

            | Gastbetriebssystem| Updatemechanismus| Anmerkungen|
            |:---------|:---------|:---------|
            | Windows 10| Windows Update| |
            | Windows 8.1| Windows Update| |
            | Windows 8| Integrationsdienste-Datenträger| |
            | Windows 7| Integrationsdienste-Datenträger| |
            | Windows Vista (SP 2)| Integrationsdienste-Datenträger| |
            | Windows XP (SP 2, SP 3)| Integrationsdienste-Datenträger| |
            | –| | |
            | Windows Server 2012 R2| Windows Update| |
            | Windows Server 2012| Integrationsdienste-Datenträger| |
            | Windows Server 2008 R2| Integrationsdienste-Datenträger| |
            | Windows Server 2008 (SP 2)| Integrationsdienste-Datenträger| |
            | Windows Home Server 2011| Integrationsdienste-Datenträger| |
            | Windows Small Business Server 2011| Integrationsdienste-Datenträger| |
            | Windows Server 2003 R2 (SP 2)| Integrationsdienste-Datenträger| |
            | Windows Server 2003 (SP 2)| Integrationsdienste-Datenträger| |

            **Für auf Windows 8-Hosts ausgeführte virtuelle Computer:**

            | Gastbetriebssystem| Updatemechanismus| Anmerkungen|
            |:---------|:---------|:---------|
            | Windows 8.1| Windows Update| |
            | Windows 8| Integrationsdienste-Datenträger| |
            | Windows 7| Integrationsdienste-Datenträger| |
            | Windows Vista (SP 2)| Integrationsdienste-Datenträger| |
            | Windows XP (SP 2, SP 3)| Integrationsdienste-Datenträger| |
            | –| | |
            | Windows Server 2012 R2| Windows Update| |
            | Windows Server 2012| Integrationsdienste-Datenträger| |
            | Windows Server 2008 R2| Integrationsdienste-Datenträger| |
            | Windows Server 2008 (SP 2)| Integrationsdienste-Datenträger| |
            | Windows Home Server 2011| Integrationsdienste-Datenträger| |
            | Windows Small Business Server 2011| Integrationsdienste-Datenträger| |
            | Windows Server 2003 R2 (SP 2)| Integrationsdienste-Datenträger| |
            | Windows Server 2003 (SP 2)| Integrationsdienste-Datenträger| |
            """;

    private SeedExcerpt() {
    }
}

package org.hvic.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.hvic.compliance.matrix.OsNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "Windows Server 2012 R2 Datacenter | Windows Server 2012 R2",
        "Microsoft Windows Server 2012 Standard | Windows Server 2012",
        "Microsoft Windows 7 Enterprise | Windows 7",
        "Windows 8.1 Pro | Windows 8.1",
        "Windows 8 Enterprise | Windows 8",
        "Windows 10 Enterprise | Windows 10",
        "Windows 11 Pro | Windows 11",
        "Windows Vista (SP 2) | Windows Vista",
        "Windows XP (SP 2, SP 3) | Windows XP",
        "Microsoft Windows XP Professional | Windows XP",
        "Windows Server 2008 R2 Standard | Windows Server 2008 R2",
        "Windows Server 2008 (SP 2) | Windows Server 2008",
        "Windows Server® 2008 Enterprise | Windows Server 2008",
        "Windows Server 2003 R2 (SP 2) | Windows Server 2003 R2",
        "Windows Server 2003 (SP 2) | Windows Server 2003",
        "Windows Home Server 2011 | Windows Home Server 2011",
        "Windows Small Business Server 2011 Standard | Windows Small Business Server 2011",
        "Windows Server 2016 Datacenter | Windows Server 2016",
        "Microsoft Windows Server 2019 Standard | Windows Server 2019",
        "Hyper-V Server 2019 | Windows Server 2019",
        "Windows Server 2022 Datacenter: Azure Edition | Windows Server 2022",
        "Windows Server 2025 Standard | Windows Server 2025",
        "Ubuntu 22.04.3 LTS | Linux",
        "Red Hat Enterprise Linux 9.2 (Plow) | Linux",
        "CentOS Linux 7 (Core) | Linux",
        "Debian GNU/Linux 12 (bookworm) | Linux",
        "SUSE Linux Enterprise Server 15 SP5 | Linux",
        "FreeBSD 13.2 | NONE",
        "OS/2 Warp | NONE",
        "Windows | NONE",
    })
    void mapsReportedNamesToMatrixKeys(String reported, String key) {
        assertEquals(Optional.ofNullable(key), OsNormalizer.normalize(reported));
    }
}

package org.hvic.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void quotingFollowsRfc4180AndFormulasAreDefused() {
        assertEquals("plain", AuditCsv.field("plain"));
        assertEquals("\"a,b\"", AuditCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", AuditCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", AuditCsv.field("two\nlines"));
        assertEquals("'=HYPERLINK(1)", AuditCsv.field("=HYPERLINK(1)"));
        assertEquals("\"'=SUM(1,2)\"", AuditCsv.field("=SUM(1,2)"));
        assertEquals("", AuditCsv.field(""));
    }

    @Test
    void writesHeaderAndOneLinePerEntry() {
        AuditEntry entry = new AuditEntry(AuditEventType.OPERATION_FAILED, AuditEntries.T0, "op, erator", "OPERATOR",
                "10.0.0.1", "VM", "42", "Grüne VM", AuditParameters.toJson(Map.of("service", "vmicvss")),
                "FAILED: host unreachable", AuditChain.GENESIS);
        AuditEntries.set(entry, "id", 42L);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AuditCsv csv = new AuditCsv(bytes)) {
            csv.accept(AuditService.view(entry, AuditQuery.all()));
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFid,time,code,type,severity,actor,"));
        String[] lines = text.split("\r\n");
        assertEquals(2, lines.length);
        assertEquals("42,2025-03-01T10:15:30.123456Z,202,OPERATION_FAILED,ERROR,\"op, erator\",OPERATOR,10.0.0.1,VM,"
                + "42,Grüne VM,\"{\"\"service\"\":\"\"vmicvss\"\"}\",FAILED: host unreachable,"
                + "The operation on VM Grüne VM failed: FAILED: host unreachable," + entry.getHash(), lines[1]);
    }
}

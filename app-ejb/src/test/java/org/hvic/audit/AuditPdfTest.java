package org.hvic.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class AuditPdfTest {

    @Test
    void writesAPdfAcrossManyPages() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AuditPdf pdf = new AuditPdf(bytes, "hvic audit log", "all entries")) {
            AuditEntries.chain(450).forEach(entry -> pdf.accept(AuditService.view(entry, AuditQuery.all())));
        }
        String head = new String(bytes.toByteArray(), 0, 8, StandardCharsets.ISO_8859_1);
        assertTrue(head.startsWith("%PDF-"), head);
        assertTrue(bytes.size() > 10_000);
    }
}

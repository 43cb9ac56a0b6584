package org.hvic.audit;

import java.awt.Color;
import java.io.OutputStream;
import java.time.Instant;
import java.util.function.Consumer;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes audit entries as a PDF report (A4 landscape, one table row per entry, the header row repeated on every page).
 * The table is written out every {@value #FLUSH_ROWS} rows, so that memory stays flat however long the log is.
 */
public final class AuditPdf implements Consumer<AuditEntryView>, AutoCloseable {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final int FLUSH_ROWS = 200;
    private static final float[] WIDTHS = {5, 12, 9, 10, 14, 36, 9, 5};
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7, Color.WHITE);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 7);

    private final Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
    private final PdfPTable table = new PdfPTable(WIDTHS);
    private int pending;
    private long rows;

    /** A report titled {@code title}, with {@code subtitle} (for example the filters) beneath it. */
    public AuditPdf(OutputStream out, String title, String subtitle) {
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("hvic");
        document.open();
        add(new Paragraph(title, TITLE));
        add(new Paragraph(subtitle + " \u2014 " + Instant.now(), BODY));
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        table.setComplete(false);
        for (String head : new String[] {"ID", "Time (UTC)", "Severity", "Actor", "Target", "Message", "Client",
                "Code"}) {
            PdfPCell cell = new PdfPCell(new Phrase(head, HEAD));
            cell.setBackgroundColor(new Color(0x33, 0x4e, 0x68));
            table.addCell(cell);
        }
    }

    @Override
    public void accept(AuditEntryView entry) {
        cell(Long.toString(entry.id()));
        cell(entry.at().toString());
        cell(entry.severity());
        cell(entry.actor() + (entry.role() == null || entry.role().isEmpty() ? "" : " (" + entry.role() + ")"));
        cell(join(entry.targetType(), entry.targetName() != null ? entry.targetName() : entry.targetId()));
        cell(entry.message());
        cell(entry.clientAddress());
        cell(Integer.toString(entry.code()));
        rows++;
        if (++pending >= FLUSH_ROWS) {
            add(table);
            pending = 0;
        }
    }

    @Override
    public void close() {
        table.setComplete(true);
        add(table);
        add(new Paragraph(rows + " entries", BODY));
        document.close();
    }

    private void cell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, BODY));
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(cell);
    }

    private static String join(String first, String second) {
        return ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("the audit PDF could not be written", e);
        }
    }
}

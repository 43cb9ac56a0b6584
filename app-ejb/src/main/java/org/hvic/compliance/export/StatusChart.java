package org.hvic.compliance.export;

import java.awt.Color;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

import org.hvic.compliance.report.ReportCounts;

/** The cover's bar chart of VMs by status (compliant, non-compliant, unknown), drawn with PdfContentByte. */
final class StatusChart {

    static final float LEFT = 80;
    static final float BOTTOM = 110;
    static final float HEIGHT = 220;
    static final float BAR = 90;
    static final float GAP = 50;

    private StatusChart() {
    }

    static void draw(PdfContentByte canvas, ExportData data) {
        ReportCounts c = data.report().counts();
        int[] values = {c.compliant(), c.nonCompliant(), c.unknown()};
        String[] labels = {data.label("compliant"), data.label("nonCompliant"), data.label("unknown")};
        Color[] colors = {new Color(46, 125, 50), new Color(198, 40, 40), new Color(158, 158, 158)};
        int max = Math.max(1, Math.max(values[0], Math.max(values[1], values[2])));
        BaseFont font = PdfExport.NORMAL.getCalculatedBaseFont(false);
        text(canvas, font, 12, data.label("chart"), LEFT, BOTTOM + HEIGHT + 30);
        canvas.setColorStroke(Color.DARK_GRAY);
        canvas.moveTo(LEFT - 10, BOTTOM);
        canvas.lineTo(LEFT + 3 * (BAR + GAP), BOTTOM);
        canvas.stroke();
        for (int i = 0; i < values.length; i++) {
            float x = LEFT + i * (BAR + GAP);
            float h = HEIGHT * values[i] / max;
            canvas.setColorFill(colors[i]);
            canvas.rectangle(x, BOTTOM, BAR, Math.max(h, 0.5f));
            canvas.fill();
            canvas.setColorFill(Color.BLACK);
            text(canvas, font, 10, String.valueOf(values[i]), x + BAR / 2 - 10, BOTTOM + h + 6);
            text(canvas, font, 9, labels[i], x, BOTTOM - 16);
        }
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, String text, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }
}

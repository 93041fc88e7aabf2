package org.gridatlas.analytics.review.pack;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/** The review pack being written: A4 landscape, the Chinese font embedded; headings, text, tables and map images. */
public final class PackPdf {

    private final Document doc = new Document(PageSize.A4.rotate(), 36, 36, 30, 30);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Font title;
    private final Font heading;
    private final Font body;
    private final Font small;
    private final PackFonts fonts;
    private final PdfWriter writer;
    private boolean empty = true;

    PackPdf(PackFonts fonts, String documentTitle) {
        title = new Font(fonts.pdf(), 22, Font.BOLD);
        heading = new Font(fonts.pdf(), 15, Font.BOLD);
        body = new Font(fonts.pdf(), 10.5f);
        small = new Font(fonts.pdf(), 8.5f);
        this.fonts = fonts;
        writer = PdfWriter.getInstance(doc, out);
        doc.addTitle(documentTitle);
        doc.addCreator("GridAtlas");
        doc.open();
    }

    /** Starts a new page unless nothing was written yet. */
    public void newPage() {
        if (!empty) {
            doc.newPage();
        }
    }

    public void title(String text) {
        add(new Paragraph(text, title));
    }

    public void heading(String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(6);
        p.setSpacingAfter(6);
        add(p);
    }

    public void text(String text) {
        add(new Paragraph(text, body));
    }

    public void note(String text) {
        add(new Paragraph(text, small));
    }

    /** A table with a header row; {@code widths} relative. */
    public void table(float[] widths, List<String> header, List<List<String>> rows) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : header) {
            PdfPCell c = new PdfPCell(new Phrase(h, small));
            c.setGrayFill(0.9f);
            t.addCell(c);
        }
        for (List<String> row : rows) {
            for (String v : row) {
                PdfPCell c = new PdfPCell(new Phrase(v, small));
                if (v.matches("[-+]?[\\d.,/%]+")) {
                    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                t.addCell(c);
            }
        }
        t.setSpacingBefore(4);
        add(t);
    }

    /** A map image scaled to {@code widthPt} points wide. */
    public void image(BufferedImage img, float widthPt) {
        try {
            Image i = Image.getInstance(MapImage.png(img));
            i.scaleToFit(widthPt, widthPt * img.getHeight() / img.getWidth());
            add(i);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two map images side by side, each half the page wide. */
    public void imagePair(BufferedImage left, BufferedImage right) {
        PdfPTable t = new PdfPTable(2);
        t.setWidthPercentage(100);
        for (BufferedImage img : List.of(left, right)) {
            try {
                PdfPCell c = new PdfPCell(Image.getInstance(MapImage.png(img)), true);
                c.setBorder(0);
                c.setPadding(3);
                t.addCell(c);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        add(t);
    }

    /** The usable width of a page in points. */
    public float pageWidth() {
        return doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
    }

    /**
     * A vector chart {@code w} × {@code h} points, drawn by {@code draw} with Java2D (y down, points); its text is
     * written in the embedded font.
     */
    public void chart(float w, float h, BiConsumer<Graphics2D, PackFonts> draw) {
        add(chartImage(w, h, draw));
    }

    /** Two vector charts side by side, each half the page wide and {@code h} points high. */
    public void chartPair(float h, BiConsumer<Graphics2D, PackFonts> left, BiConsumer<Graphics2D, PackFonts> right) {
        float w = pageWidth() / 2 - 8;
        PdfPTable t = new PdfPTable(2);
        t.setWidthPercentage(100);
        for (BiConsumer<Graphics2D, PackFonts> d : List.of(left, right)) {
            PdfPCell c = new PdfPCell(chartImage(w, h, d), false);
            c.setBorder(0);
            c.setPadding(2);
            t.addCell(c);
        }
        add(t);
    }

    private Image chartImage(float w, float h, BiConsumer<Graphics2D, PackFonts> draw) {
        PdfTemplate tpl = writer.getDirectContent().createTemplate(w, h);
        Graphics2D g = tpl.createGraphics(w, h, new OneFont(fonts));
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            draw.accept(g, fonts);
        } finally {
            g.dispose();
        }
        try {
            return Image.getInstance(tpl);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException("review pack chart: " + e.getMessage(), e);
        }
    }

    /** Every Java2D font of a chart maps to the pack's embedded Chinese font. */
    private record OneFont(PackFonts fonts) implements FontMapper {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return fonts.pdf();
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return fonts.awt(size, false);
        }
    }

    byte[] finish() {
        doc.close();
        return out.toByteArray();
    }

    private void add(Element e) {
        try {
            doc.add(e);
            empty = false;
        } catch (DocumentException ex) {
            throw new IllegalStateException("review pack: " + ex.getMessage(), ex);
        }
    }
}

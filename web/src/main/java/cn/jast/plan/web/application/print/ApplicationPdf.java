package cn.jast.plan.web.application.print;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.SortedSet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Draws a {@link PrintedApplication} as an A4 PDF: the plan's title, 申报书, the application's title, a
 * title block (category, sub-project, society, application number, state, the submission instant in the
 * plan year's zone), the content fingerprint as text and as a QR code, the sections of the form, and a
 * place for the society's stamp and the signature. Every page carries a header (plan, society), a footer
 * (application number, fingerprint, page n of N) and, on a document that is not to be posted (a draft), its
 * mark across the page and in the header.
 *
 * <p>All text is set in the one {@link EmbeddedFont}; what it cannot draw prints as 〓 and is listed in a
 * note below the title block.
 */
public final class ApplicationPdf {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle(
            "cn.jast.plan.web.application.print.Print", Locale.SIMPLIFIED_CHINESE);

    private static final float MARGIN_X = 56;
    private static final float MARGIN_TOP = 62;
    private static final float MARGIN_BOTTOM = 56;
    private static final float QR_SIZE = 96;
    private static final float STAMP_BOX = 128;

    private static final Color INK = Color.BLACK;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color LABEL_BACKGROUND = new Color(0xF2, 0xF2, 0xF2);
    private static final Color MARK = new Color(0xC0, 0x00, 0x00);

    private final EmbeddedFont embedded = EmbeddedFont.get();
    private final BaseFont base = embedded.baseFont();
    private final PrintedApplication doc;
    private PdfWriter writer;

    private ApplicationPdf(PrintedApplication doc) {
        this.doc = doc;
    }

    /** The document as PDF bytes. */
    public static byte[] render(PrintedApplication doc) {
        return new ApplicationPdf(doc).render();
    }

    private byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document pdf = new Document(PageSize.A4, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        writer = PdfWriter.getInstance(pdf, out);
        writer.setPageEvent(new PageDecoration());
        pdf.addTitle(print(doc.title() == null || doc.title().isBlank() ? text("doc.untitled") : doc.title()));
        pdf.addAuthor(print(doc.societyName()));
        pdf.addSubject(print(doc.planTitle()));
        pdf.addCreator(text("doc.creator"));
        pdf.open();

        titlePage(pdf);
        int number = 1;
        for (PrintedApplication.Section section : doc.sections()) {
            section(pdf, number++, section);
        }
        stamp(pdf);
        pdf.close();
        return out.toByteArray();
    }

    // ---- the title page

    private void titlePage(Document pdf) {
        Paragraph plan = paragraph(doc.planTitle(), font(12, Font.NORMAL, INK), Element.ALIGN_CENTER);
        pdf.add(plan);
        if (doc.guideReference() != null) {
            pdf.add(paragraph(doc.guideReference(), font(10, Font.NORMAL, GREY), Element.ALIGN_CENTER));
        }
        // Spaced out by character spacing, not by spaces: the text still reads 申报书.
        Chunk spaced = new Chunk(print(text("doc.heading")), font(26, Font.BOLD, INK));
        spaced.setCharacterSpacing(10);
        Paragraph heading = new Paragraph(spaced);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingBefore(18);
        heading.setSpacingAfter(10);
        pdf.add(heading);
        boolean untitled = doc.title() == null || doc.title().isBlank();
        Paragraph title = paragraph(untitled ? text("doc.untitled") : doc.title(),
                font(15, Font.BOLD, untitled ? GREY : INK), Element.ALIGN_CENTER);
        title.setSpacingAfter(16);
        pdf.add(title);

        PdfPTable block = table(new float[]{1.1f, 3.9f});
        row(block, text("block.category"), doc.category());
        if (doc.subProject() != null) {
            row(block, text("block.subProject"), doc.subProject());
        }
        row(block, text("block.society"), doc.societyName());
        row(block, text("block.societyCode"), doc.societyCode());
        row(block, text("block.applicationId"), doc.applicationId());
        row(block, text("block.state"), doc.state());
        row(block, text("block.submittedAt"), doc.submittedAt() == null ? text("block.notSubmitted")
                : DateTimeFormatter.ofPattern(text("time.pattern"), Locale.SIMPLIFIED_CHINESE).format(doc.submittedAt()));
        pdf.add(block);

        pdf.add(fingerprintBox(pdf));

        SortedSet<Integer> missing = embedded.missing(doc.texts().toList());
        if (!missing.isEmpty()) {
            Paragraph note = paragraph(MessageFormat.format(text("missing.note"), EmbeddedFont.codePoints(missing)),
                    font(9.5f, Font.NORMAL, MARK), Element.ALIGN_LEFT);
            note.setSpacingBefore(6);
            pdf.add(note);
        }
    }

    private PdfPTable fingerprintBox(Document pdf) {
        PdfPTable box = table(new float[]{1, 0});
        float width = pdf.getPageSize().getWidth() - MARGIN_X * 2;
        box.setTotalWidth(new float[]{width - QR_SIZE - 12, QR_SIZE + 12});
        box.setLockedWidth(true);
        box.setSpacingBefore(8);

        PdfPCell left = new PdfPCell();
        left.setBorderColor(RULE);
        left.setBorderWidth(0.6f);
        left.setPadding(8);
        left.setVerticalAlignment(Element.ALIGN_MIDDLE);
        PdfPCell right = new PdfPCell();
        right.setBorderColor(RULE);
        right.setBorderWidth(0.6f);
        right.setPadding(6);
        right.setHorizontalAlignment(Element.ALIGN_CENTER);
        right.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (doc.fingerprint() != null) {
            left.addElement(paragraph(text("fingerprint.label"), font(10.5f, Font.BOLD, INK), Element.ALIGN_LEFT));
            float available = width - QR_SIZE - 12 - 16 - 2;
            float size = 11;
            while (base.getWidthPoint(doc.fingerprint(), size) > available && size > 6) {
                size -= 0.25f;
            }
            Paragraph hex = paragraph(doc.fingerprint(), font(size, Font.NORMAL, INK), Element.ALIGN_LEFT);
            hex.setSpacingBefore(4);
            hex.setSpacingAfter(4);
            left.addElement(hex);
            left.addElement(paragraph(text("fingerprint.explain"), font(9, Font.NORMAL, GREY), Element.ALIGN_LEFT));
            Image qr = QrCode.of(writer.getDirectContent(), doc.fingerprint(), QR_SIZE);
            right.addElement(qr);
        } else {
            left.addElement(paragraph(text("fingerprint.label"), font(10.5f, Font.BOLD, INK), Element.ALIGN_LEFT));
            Paragraph none = paragraph(text("fingerprint.none"), font(10.5f, Font.BOLD, MARK), Element.ALIGN_LEFT);
            none.setSpacingBefore(4);
            left.addElement(none);
            right.setMinimumHeight(QR_SIZE + 12);
            right.addElement(paragraph(text("fingerprint.qrNone"), font(9, Font.NORMAL, GREY), Element.ALIGN_CENTER));
        }
        box.addCell(left);
        box.addCell(right);
        return box;
    }

    // ---- the sections of the form

    private void section(Document pdf, int number, PrintedApplication.Section section) {
        Paragraph heading = paragraph(chineseNumber(number) + "、" + section.heading(), font(13, Font.BOLD, INK),
                Element.ALIGN_LEFT);
        heading.setSpacingBefore(16);
        heading.setSpacingAfter(6);
        pdf.add(heading);
        if (section.entries().isEmpty()) {
            pdf.add(paragraph(text("section.empty"), font(10.5f, Font.NORMAL, GREY), Element.ALIGN_LEFT));
            return;
        }
        PdfPTable fields = null;
        for (PrintedApplication.Entry entry : section.entries()) {
            if (entry instanceof PrintedApplication.Field f) {
                if (fields == null) {
                    fields = table(new float[]{1.6f, 3.4f});
                }
                row(fields, f.label(), f.value());
            } else if (entry instanceof PrintedApplication.Table t) {
                if (fields != null) {
                    pdf.add(fields);
                    fields = null;
                }
                pdf.add(table(t));
            }
        }
        if (fields != null) {
            pdf.add(fields);
        }
    }

    private PdfPTable table(PrintedApplication.Table t) {
        float[] widths = new float[t.columns().size()];
        Arrays.fill(widths, 1);
        PdfPTable table = table(widths);
        table.setSpacingBefore(6);
        table.setHeaderRows(2);
        PdfPCell caption = cell(t.label(), font(10.5f, Font.BOLD, INK));
        caption.setColspan(t.columns().size());
        caption.setBackgroundColor(LABEL_BACKGROUND);
        table.addCell(caption);
        for (String column : t.columns()) {
            PdfPCell c = cell(column, font(9.5f, Font.BOLD, INK));
            c.setBackgroundColor(LABEL_BACKGROUND);
            table.addCell(c);
        }
        if (t.rows().isEmpty()) {
            PdfPCell none = cell(text("section.empty"), font(9.5f, Font.NORMAL, GREY));
            none.setColspan(t.columns().size());
            table.addCell(none);
        }
        for (List<String> row : t.rows()) {
            for (String value : row) {
                table.addCell(cell(value, font(9.5f, Font.NORMAL, INK)));
            }
        }
        return table;
    }

    // ---- the stamp

    private void stamp(Document pdf) {
        PdfPTable stamp = table(new float[]{3, 0});
        float width = pdf.getPageSize().getWidth() - MARGIN_X * 2;
        stamp.setTotalWidth(new float[]{width - STAMP_BOX - 20, STAMP_BOX + 20});
        stamp.setLockedWidth(true);
        stamp.setSpacingBefore(28);
        stamp.setKeepTogether(true);

        PdfPCell left = new PdfPCell();
        left.setBorder(Rectangle.NO_BORDER);
        left.setVerticalAlignment(Element.ALIGN_BOTTOM);
        for (String line : List.of(text("stamp.society") + doc.societyName(), text("stamp.signature"),
                text("stamp.date"))) {
            Paragraph p = paragraph(line, font(11, Font.NORMAL, INK), Element.ALIGN_LEFT);
            p.setSpacingAfter(18);
            left.addElement(p);
        }
        PdfPCell box = new PdfPCell();
        box.setBorder(Rectangle.NO_BORDER);
        box.setFixedHeight(STAMP_BOX + 20);
        box.setHorizontalAlignment(Element.ALIGN_CENTER);
        box.setVerticalAlignment(Element.ALIGN_MIDDLE);
        box.setCellEvent(new DashedSquare());
        box.setPhrase(new Phrase(print(text("stamp.box")), font(10, Font.NORMAL, RULE)));
        stamp.addCell(left);
        stamp.addCell(box);
        pdf.add(stamp);
    }

    /** The stamp's place: a dashed square in the middle of its cell. */
    private static final class DashedSquare implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
            float x = (position.getLeft() + position.getRight() - STAMP_BOX) / 2;
            float y = (position.getBottom() + position.getTop() - STAMP_BOX) / 2;
            cb.saveState();
            cb.setLineWidth(0.8f);
            cb.setColorStroke(RULE);
            cb.setLineDash(4, 3, 0);
            cb.rectangle(x, y, STAMP_BOX, STAMP_BOX);
            cb.stroke();
            cb.restoreState();
        }
    }

    // ---- every page: header, footer, the mark

    private final class PageDecoration extends PdfPageEventHelper {
        private PdfTemplate total;

        @Override
        public void onOpenDocument(PdfWriter w, Document document) {
            total = w.getDirectContent().createTemplate(40, 14);
        }

        @Override
        public void onEndPage(PdfWriter w, Document document) {
            PdfContentByte cb = w.getDirectContent();
            Rectangle page = document.getPageSize();
            float left = MARGIN_X;
            float right = page.getWidth() - MARGIN_X;
            float headerY = page.getHeight() - 36;
            float footerY = 34;

            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, phrase(doc.planTitle(), font(8, Font.NORMAL, GREY)),
                    left, headerY, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, phrase(doc.societyName(), font(8, Font.NORMAL, GREY)),
                    right, headerY, 0);
            cb.saveState();
            cb.setColorStroke(RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(left, headerY - 5);
            cb.lineTo(right, headerY - 5);
            cb.moveTo(left, footerY + 11);
            cb.lineTo(right, footerY + 11);
            cb.stroke();
            cb.restoreState();

            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                    phrase(MessageFormat.format(text("footer.id"), doc.applicationId()), font(8, Font.NORMAL, GREY)),
                    left, footerY, 0);
            // The whole fingerprint on every page: a page of another version cannot be slipped in unnoticed.
            String second = doc.fingerprint() != null
                    ? MessageFormat.format(text("footer.fingerprint"), doc.fingerprint())
                    : doc.mark().note();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                    phrase(second, font(7.5f, Font.NORMAL, doc.fingerprint() != null ? GREY : MARK)),
                    left, footerY - 11, 0);
            String pageText = MessageFormat.format(text("footer.page"), w.getPageNumber()) + " ";
            Font footer = font(8, Font.NORMAL, GREY);
            float pageWidth = base.getWidthPoint(pageText, 8);
            float x = right - 40 - pageWidth;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(pageText, footer), x, footerY, 0);
            cb.addTemplate(total, x + pageWidth, footerY);

            if (doc.marked()) {
                mark(cb, page, left, right, headerY);
            }
        }

        private void mark(PdfContentByte cb, Rectangle page, float left, float right, float headerY) {
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                    phrase(doc.mark().note(), font(10, Font.BOLD, MARK)),
                    (left + right) / 2, headerY + 12, 0);
            cb.saveState();
            PdfGState translucent = new PdfGState();
            translucent.setFillOpacity(0.13f);
            translucent.setStrokeOpacity(0.13f);
            cb.setGState(translucent);
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, phrase(doc.mark().word(), font(150, Font.NORMAL, MARK)),
                    page.getWidth() / 2, page.getHeight() / 2 - 50, 45);
            cb.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter w, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    new Phrase(MessageFormat.format(text("footer.pages"), w.getPageNumber() - 1),
                            font(8, Font.NORMAL, GREY)), 0, 0, 0);
        }
    }

    // ---- small helpers

    private PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        return table;
    }

    private void row(PdfPTable table, String label, String value) {
        PdfPCell l = cell(label, font(10.5f, Font.NORMAL, GREY));
        l.setBackgroundColor(LABEL_BACKGROUND);
        table.addCell(l);
        table.addCell(cell(value, font(10.5f, Font.NORMAL, INK)));
    }

    private PdfPCell cell(String value, Font font) {
        PdfPCell c = new PdfPCell(phrase(value, font));
        c.setBorderColor(RULE);
        c.setBorderWidth(0.6f);
        c.setPaddingTop(4);
        c.setPaddingBottom(6);
        c.setPaddingLeft(6);
        c.setPaddingRight(6);
        c.setLeading(0, 1.35f);
        return c;
    }

    private Paragraph paragraph(String value, Font font, int alignment) {
        Paragraph p = new Paragraph(print(value), font);
        p.setAlignment(alignment);
        p.setLeading(0, 1.35f);
        return p;
    }

    private Phrase phrase(String value, Font font) {
        return new Phrase(print(value), font);
    }

    private Font font(float size, int style, Color color) {
        return new Font(base, size, style, color);
    }

    private String print(String value) {
        return embedded.printable(value);
    }

    private static String text(String key) {
        return TEXT.getString(key);
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (section numbers of the form). */
    static String chineseNumber(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        String digits = "〇一二三四五六七八九";
        int tens = n / 10;
        int ones = n % 10;
        StringBuilder s = new StringBuilder();
        if (tens > 1) {
            s.append(digits.charAt(tens));
        }
        if (tens > 0) {
            s.append('十');
        }
        if (ones > 0) {
            s.append(digits.charAt(ones));
        }
        return s.toString();
    }
}

package vn.xuatxu.kitchen.form.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.form.content.FilledForm;
import vn.xuatxu.kitchen.form.content.FilledLabel;
import vn.xuatxu.kitchen.form.content.FilledTable;
import vn.xuatxu.kitchen.form.content.FormBook;
import vn.xuatxu.kitchen.form.content.HeaderField;
import vn.xuatxu.kitchen.form.content.LabelSheet;
import vn.xuatxu.kitchen.form.content.SignOff;
import vn.xuatxu.kitchen.form.content.TabularForm;

/**
 * Renders a {@link FormBook} as one A4 landscape PDF: every form of every day in book order, each
 * form starting on a new page, in the layout of the paper forms of Decision 1246/QĐ-BYT.
 *
 * <p>Why A4 landscape with this layout: the forms are wide grids (Form 1 has 15 printed columns)
 * and inspectors compare them with the paper template (reference §3.4, "three-step book not in
 * the prescribed format"). Each form page shows, top to bottom: the form number ("Mẫu số 2") and
 * the Decision it comes from; the title ("Kiểm tra khi chế biến thức ăn (Bước 2)"); the header
 * block ("Tên cơ sở", "Người kiểm tra (họ tên)", "Thời gian kiểm tra (giờ, ngày, tháng, năm)",
 * "Địa điểm kiểm tra" …); the table with its two-level numbered column header; notes; and the
 * sign-off block. Long cells wrap inside their column; tables continue on new pages with the
 * column header repeated; every page ends with the form, school, day and "Trang x/y".
 *
 * <p>Why a {@link Clock}: the PDF's creation date is the only time the renderer needs, and it
 * comes from the server clock like every other time in this module. Instances hold only the font
 * files and the clock, so one renderer can serve concurrent requests.
 */
public final class FormPdfRenderer {

    private static final String FONT_DIRECTORY = "fonts/";
    private static final String DECISION = "Quyết định số 1246/QĐ-BYT ngày 31/3/2017 của Bộ Y tế";
    private static final String SIGN_HINT = "(Ký, ghi rõ họ tên)";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final float CODE_SIZE = 10f;
    private static final float TITLE_SIZE = 13f;
    private static final float HEADER_SIZE = 9f;
    private static final float CAPTION_SIZE = 9f;
    private static final float NOTE_SIZE = 8.5f;
    private static final float SIGN_SIZE = 9f;
    private static final float SIGN_SPACE = 42f;
    private static final float LABEL_GAP = 14f;
    private static final int LABELS_PER_ROW = 3;

    private final Clock clock;
    private final byte[] regularFont;
    private final byte[] boldFont;

    /**
     * Loads the bundled fonts.
     *
     * @param clock where the document's creation date comes from
     */
    public FormPdfRenderer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.regularFont = resource("DejaVuSans.ttf");
        this.boldFont = resource("DejaVuSans-Bold.ttf");
    }

    private static byte[] resource(String name) {
        try (InputStream in = FormPdfRenderer.class.getResourceAsStream(FONT_DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("Bundled font missing: " + FONT_DIRECTORY + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders the book and returns the PDF bytes. */
    public byte[] render(FormBook book) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(book, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Renders the book and writes the PDF to {@code out}, which is left open.
     *
     * @throws IOException when writing to {@code out} fails
     */
    public void write(FormBook book, OutputStream out) throws IOException {
        Objects.requireNonNull(book, "book");
        try (PDDocument document = new PDDocument()) {
            PdfText text = new PdfText(
                    PDType0Font.load(document, new ByteArrayInputStream(regularFont), true),
                    PDType0Font.load(document, new ByteArrayInputStream(boldFont), true));
            describe(document, book);
            PageFlow flow = new PageFlow(document, text);
            for (FilledForm form : book.forms()) {
                if (form instanceof TabularForm tabular) {
                    drawTabular(flow, tabular);
                } else if (form instanceof LabelSheet labels) {
                    drawLabels(flow, labels);
                }
            }
            if (book.forms().isEmpty()) {
                flow.startForm(book.title(), "");
            }
            flow.finish();
            document.save(out);
        }
    }

    private void describe(PDDocument document, FormBook book) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(book.title());
        info.setSubject("Decision 1246/QĐ-BYT, Mẫu số 1–5");
        info.setCreator("Xuất Xứ");
        Calendar created = GregorianCalendar.from(KitchenTime.now(clock).atZone(KitchenTime.ZONE));
        created.setTimeZone(TimeZone.getTimeZone(KitchenTime.ZONE));
        info.setCreationDate(created);
        document.getDocumentCatalog().setLanguage("vi-VN");
    }

    // ---- page furniture ----------------------------------------------------------------------

    private static String footer(FilledForm form) {
        return form.form().code() + ": " + form.form().title() + " · " + form.establishment() + " · Ngày "
                + DATE.format(form.date());
    }

    private static String continuation(FilledForm form) {
        return form.form().code() + ": " + form.form().title() + " – " + DATE.format(form.date()) + " (tiếp theo)";
    }

    /** Form number and Decision at the top right, then the centred title. */
    private static void drawHeading(PageFlow flow, FilledForm form) throws IOException {
        PdfText text = flow.text();
        float width = flow.contentWidth();
        flow.lines(List.of(text.clean(form.form().code())), flow.left(), width, flow.y(), true, CODE_SIZE, 1f);
        flow.down(CODE_SIZE * PageFlow.LINE_FACTOR);
        flow.lines(List.of(text.clean("(" + DECISION + ")")), flow.left(), width, flow.y(), false, 7f, 1f);
        flow.down(7f * PageFlow.LINE_FACTOR + 4f);
        List<String> title = text.wrap(form.form().title(), true, TITLE_SIZE, width * 0.8f);
        flow.lines(title, flow.left(), width, flow.y(), true, TITLE_SIZE, 0.5f);
        flow.down(title.size() * TITLE_SIZE * PageFlow.LINE_FACTOR + 8f);
    }

    /** The header fields in two columns: "Label: value", the value in bold. */
    private static void drawHeaderBlock(PageFlow flow, List<HeaderField> fields) throws IOException {
        int half = (fields.size() + 1) / 2;
        float gap = 24f;
        float columnWidth = (flow.contentWidth() - gap) / 2f;
        float top = flow.y();
        float leftHeight = drawFields(flow, fields.subList(0, half), flow.left(), columnWidth, top);
        float rightHeight = drawFields(flow, fields.subList(half, fields.size()), flow.left() + columnWidth + gap,
                columnWidth, top);
        flow.down(Math.max(leftHeight, rightHeight) + 6f);
    }

    private static float drawFields(PageFlow flow, List<HeaderField> fields, float x, float width, float top)
            throws IOException {
        PdfText text = flow.text();
        float leading = HEADER_SIZE * PageFlow.LINE_FACTOR;
        float y = top;
        for (HeaderField field : fields) {
            String label = text.clean(field.label() + ": ");
            float labelWidth = text.width(label, false, HEADER_SIZE);
            boolean sameLine = labelWidth < width * 0.6f;
            float valueX = sameLine ? x + labelWidth : x + 12f;
            List<String> labelLines = sameLine ? List.of(label) : text.wrap(label, false, HEADER_SIZE, width);
            flow.lines(labelLines, x, width, y, false, HEADER_SIZE, 0f);
            float valueTop = sameLine ? y : y - labelLines.size() * leading;
            List<String> value = text.wrap(field.value().isBlank() ? "……………" : field.value(), true, HEADER_SIZE,
                    x + width - valueX);
            flow.lines(value, valueX, x + width - valueX, valueTop, true, HEADER_SIZE, 0f);
            y = valueTop - value.size() * leading - 1.5f;
        }
        return top - y;
    }

    // ---- table forms -------------------------------------------------------------------------

    private static void drawTabular(PageFlow flow, TabularForm form) throws IOException {
        flow.startForm(footer(form), continuation(form));
        drawHeading(flow, form);
        drawHeaderBlock(flow, form.header());
        for (FilledTable table : form.tables()) {
            if (!table.caption().isEmpty()) {
                float height = CAPTION_SIZE * PageFlow.LINE_FACTOR + 4f;
                if (!flow.fits(height + 60f)) {
                    flow.newPage(true);
                }
                flow.lines(flow.text().wrap(table.caption(), true, CAPTION_SIZE, flow.contentWidth()), flow.left(),
                        flow.contentWidth(), flow.y(), true, CAPTION_SIZE, 0f);
                flow.down(height);
            }
            new TableBlock(flow, table).draw();
            flow.down(10f);
        }
        drawNotes(flow, form.notes());
        drawSignOffs(flow, form.signingLine(), form.signOffs());
    }

    private static void drawNotes(PageFlow flow, List<String> notes) throws IOException {
        float leading = NOTE_SIZE * PageFlow.LINE_FACTOR;
        for (String note : notes) {
            for (String line : flow.text().wrap("Ghi chú: " + note, false, NOTE_SIZE, flow.contentWidth())) {
                if (!flow.fits(leading)) {
                    flow.newPage(true);
                }
                flow.lines(List.of(line), flow.left(), flow.contentWidth(), flow.y(), false, NOTE_SIZE, 0f);
                flow.down(leading);
            }
        }
        if (!notes.isEmpty()) {
            flow.down(6f);
        }
    }

    /** The date line over the last signature, then one column per signer: role, hint, space, name. */
    private static void drawSignOffs(PageFlow flow, String signingLine, List<SignOff> signOffs) throws IOException {
        if (signOffs.isEmpty()) {
            return;
        }
        PdfText text = flow.text();
        float leading = SIGN_SIZE * PageFlow.LINE_FACTOR;
        float columnWidth = flow.contentWidth() / signOffs.size();
        float height = leading * 3 + SIGN_SPACE + leading + 6f;
        if (!flow.fits(height)) {
            flow.newPage(true);
        }
        float lastX = flow.left() + columnWidth * (signOffs.size() - 1);
        flow.lines(text.wrap(signingLine, false, SIGN_SIZE, columnWidth), lastX, columnWidth, flow.y(), false,
                SIGN_SIZE, 0.5f);
        flow.down(leading + 2f);
        float top = flow.y();
        for (int i = 0; i < signOffs.size(); i++) {
            SignOff signOff = signOffs.get(i);
            float x = flow.left() + columnWidth * i;
            float y = top;
            List<String> role = text.wrap(signOff.role().label(), true, SIGN_SIZE, columnWidth - 8f);
            flow.lines(role, x, columnWidth, y, true, SIGN_SIZE, 0.5f);
            y -= role.size() * leading;
            flow.lines(List.of(SIGN_HINT), x, columnWidth, y, false, 7.5f, 0.5f);
            y -= leading + SIGN_SPACE;
            if (signOff.fullName().isBlank()) {
                flow.rule(x + columnWidth * 0.2f, y - leading + 2f, columnWidth * 0.6f, true);
            } else {
                flow.lines(text.wrap(signOff.fullName(), true, SIGN_SIZE, columnWidth - 8f), x, columnWidth, y, true,
                        SIGN_SIZE, 0.5f);
            }
        }
        flow.down(height - leading - 2f);
    }

    // ---- Form 4 labels -----------------------------------------------------------------------

    private static void drawLabels(PageFlow flow, LabelSheet sheet) throws IOException {
        flow.startForm(footer(sheet), continuation(sheet));
        drawHeading(flow, sheet);
        drawHeaderBlock(flow, sheet.header());
        if (sheet.labels().isEmpty()) {
            flow.lines(List.of(TableBlock.EMPTY_TABLE), flow.left(), flow.contentWidth(), flow.y(), false, NOTE_SIZE, 0f);
            flow.down(NOTE_SIZE * PageFlow.LINE_FACTOR);
            return;
        }
        float cardWidth = (flow.contentWidth() - LABEL_GAP * (LABELS_PER_ROW - 1)) / LABELS_PER_ROW;
        for (int start = 0; start < sheet.labels().size(); start += LABELS_PER_ROW) {
            List<FilledLabel> row = sheet.labels().subList(start, Math.min(start + LABELS_PER_ROW, sheet.labels().size()));
            List<LabelCard> cards = new ArrayList<>();
            float height = 0;
            for (FilledLabel label : row) {
                LabelCard card = LabelCard.layout(flow.text(), sheet.form().code(), sheet.form().title(), label, cardWidth);
                cards.add(card);
                height = Math.max(height, card.height());
            }
            if (!flow.fits(height)) {
                flow.newPage(true);
            }
            for (int i = 0; i < cards.size(); i++) {
                cards.get(i).draw(flow, flow.left() + i * (cardWidth + LABEL_GAP), flow.y(), height);
            }
            flow.down(height + LABEL_GAP);
        }
    }
}

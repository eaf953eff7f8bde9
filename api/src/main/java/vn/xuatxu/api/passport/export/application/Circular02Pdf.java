package vn.xuatxu.api.passport.export.application;

import jakarta.inject.Singleton;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.xuatxu.api.passport.export.domain.Circular02Record;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * The Circular 02 record as an A4 PDF an inspector can file or print: the numbered data items, then the
 * stages. Text is set in DejaVu Sans, which covers every Vietnamese letter with its tone marks; the font
 * files are the ones the school-kitchen module bundles for its forms (same licence, one copy on the class
 * path), embedded as subsets so the PDF shows the same text on any machine.
 */
@Singleton
public final class Circular02Pdf {

    private static final String FONTS = "/vn/xuatxu/kitchen/form/pdf/fonts/";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final float MARGIN = 50f;
    private static final float NUMBER_WIDTH = 24f;
    private static final float LABEL_WIDTH = 190f;
    private static final float SIZE = 10f;
    private static final float LEADING = 13f;

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");

    /** The PDF bytes of the record, dated {@code created}. */
    public byte[] render(Circular02Record record, Instant created) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Hồ sơ truy xuất nguồn gốc — " + record.traceabilityCode());
            info.setCreator("Xuất Xứ");
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(VIETNAM));
            calendar.setTimeInMillis(created.toEpochMilli());
            info.setCreationDate(calendar);
            Page page = new Page(document, PDType0Font.load(document, new ByteArrayInputStream(regular), true),
                    PDType0Font.load(document, new ByteArrayInputStream(bold), true));
            page.line("HỒ SƠ TRUY XUẤT NGUỒN GỐC SẢN PHẨM, HÀNG HÓA", true, 15f, MARGIN);
            page.line("Theo Thông tư 02/2024/TT-BKHCN và Nghị định 37/2026/NĐ-CP", false, SIZE, MARGIN);
            page.line("Lập lúc " + DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(created.atZone(VIETNAM))
                    + " (giờ Việt Nam)", false, SIZE, MARGIN);
            page.gap(8f);
            for (Circular02Record.Item item : record.items()) {
                page.row(item.number() + ".", item.label(), item.value());
            }
            page.gap(10f);
            page.line("Các công đoạn (mã truy vết sản phẩm, mã truy vết địa điểm, thời gian)", true, 11f, MARGIN);
            int number = 1;
            for (Circular02Record.Stage stage : record.stages()) {
                String detail = "Thời gian: " + stage.localTime() + " (giờ Việt Nam)\nĐơn vị: " + stage.organisation()
                        + "\nMã sản phẩm: " + stage.productTraceCode()
                        + "\nMã địa điểm: " + (stage.locationTraceCode() == null ? Circular02Record.NOT_HELD
                        + " (chưa có GLN)" : stage.locationTraceCode())
                        + (stage.eventHash() == null ? "" : "\nMã băm sự kiện: " + stage.eventHash());
                page.row(number++ + ".", stage.name(), detail);
            }
            page.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The Circular 02 PDF cannot be written", e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = Circular02Pdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("Bundled font missing: " + FONTS + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines down the pages, starting a new page when one is full. */
    private static final class Page {
        private final PDDocument document;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private PDPageContentStream content;
        private float y;

        Page(PDDocument document, PDType0Font regular, PDType0Font bold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            next();
        }

        private void next() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void line(String text, boolean strong, float size, float x) throws IOException {
            float width = PDRectangle.A4.getWidth() - MARGIN - x;
            for (String part : wrap(text, strong ? bold : regular, size, width)) {
                room(size + 4f);
                write(part, strong ? bold : regular, size, x);
                y -= size + 4f;
            }
        }

        void row(String number, String label, String value) throws IOException {
            float valueX = MARGIN + NUMBER_WIDTH + LABEL_WIDTH;
            List<String> labels = wrap(label, bold, SIZE, LABEL_WIDTH - 8f);
            List<String> values = wrap(value == null ? "" : value, regular, SIZE,
                    PDRectangle.A4.getWidth() - MARGIN - valueX);
            int lines = Math.max(labels.size(), values.size());
            room(Math.min(lines, 6) * LEADING);
            for (int i = 0; i < lines; i++) {
                room(LEADING);
                if (i == 0) {
                    write(number, bold, SIZE, MARGIN);
                }
                if (i < labels.size()) {
                    write(labels.get(i), bold, SIZE, MARGIN + NUMBER_WIDTH);
                }
                if (i < values.size()) {
                    write(values.get(i), regular, SIZE, valueX);
                }
                y -= LEADING;
            }
            y -= 4f;
        }

        void gap(float points) {
            y -= points;
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                next();
            }
        }

        private void write(String text, PDType0Font font, float size, float x) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y - size);
            content.showText(text);
            content.endText();
        }

        void close() throws IOException {
            content.close();
        }

        private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (font.getStringWidth(candidate) / 1000f * size <= width) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    // A word wider than the column (a long URI or hash) is cut where it no longer fits.
                    String rest = word;
                    while (font.getStringWidth(rest) / 1000f * size > width) {
                        int cut = rest.length() - 1;
                        while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000f * size > width) {
                            cut--;
                        }
                        lines.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                    line.append(rest);
                }
                lines.add(line.toString());
            }
            return lines;
        }
    }
}

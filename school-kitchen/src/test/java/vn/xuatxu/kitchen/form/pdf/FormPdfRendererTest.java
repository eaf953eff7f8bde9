package vn.xuatxu.kitchen.form.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.day.KitchenDay;
import vn.xuatxu.kitchen.form.FormFixtures;
import vn.xuatxu.kitchen.form.OfficialForm;
import vn.xuatxu.kitchen.form.content.FormBook;
import vn.xuatxu.kitchen.form.content.FormSettings;
import vn.xuatxu.kitchen.form.content.PrintedColumn;
import vn.xuatxu.kitchen.form.content.PrintedForm;

class FormPdfRendererTest {

    private static final FormSettings SETTINGS = FormSettings.of(FormFixtures.ADDRESS, "Điện Biên Phủ");
    private static final Clock CLOCK = Clock.fixed(FormFixtures.MONDAY.atTime(15, 0).atZone(KitchenTime.ZONE).toInstant(),
            KitchenTime.ZONE);
    private static final float A4_LONG = 841.89f;
    private static final float A4_SHORT = 595.28f;
    private static final Pattern FOOTER = Pattern.compile("(Mẫu số \\d): [^·]+ · [^·]+ · Ngày (\\d\\d/\\d\\d/\\d{4}) Trang (\\d+)/(\\d+)");

    private final FormPdfRenderer renderer = new FormPdfRenderer(CLOCK);

    private ExtractedPdf render(KitchenDay day, PrintedForm form) {
        return new ExtractedPdf(renderer.render(FormBook.ofDay(day, SETTINGS.withForms(form))));
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "Missing «" + expected + "» in:\n" + text);
    }

    /** Every column of the table is printed: its group cell, its label and its number. */
    private static void assertColumns(String text, OfficialForm table) {
        for (PrintedColumn column : PrintedColumn.of(table)) {
            assertContains(text, column.label());
            if (!column.group().isEmpty()) {
                assertContains(text, column.group());
            }
        }
        StringBuilder numbers = new StringBuilder();
        for (PrintedColumn column : PrintedColumn.of(table)) {
            numbers.append(column.number()).append(' ');
        }
        assertContains(text, numbers.toString().strip());
    }

    private static void assertHeading(String text, PrintedForm form) {
        assertContains(text, form.code());
        assertContains(text, form.title());
        assertContains(text, "Tên cơ sở: " + FormFixtures.SCHOOL);
        assertContains(text, "Địa chỉ: " + FormFixtures.ADDRESS);
    }

    private static void assertA4Landscape(ExtractedPdf pdf) {
        for (int i = 0; i < pdf.pages(); i++) {
            assertEquals(A4_LONG, pdf.pageSize(i)[0], 0.5f, "page " + (i + 1) + " width");
            assertEquals(A4_SHORT, pdf.pageSize(i)[1], 0.5f, "page " + (i + 1) + " height");
        }
    }

    private static void assertGlyphsInsideMargins(ExtractedPdf pdf) {
        for (ExtractedPdf.Glyph g : pdf.glyphs()) {
            assertTrue(g.x() >= PageFlow.LEFT - 0.5f, () -> "glyph left of margin: " + g);
            assertTrue(g.x() + g.width() <= A4_LONG - PageFlow.RIGHT + 0.5f, () -> "glyph past right margin: " + g);
        }
    }

    @Test
    void formOneHasTheOfficialHeadingHeaderColumnsAndRows() {
        ExtractedPdf pdf = render(FormFixtures.day(FormFixtures.MONDAY), PrintedForm.FORM_1);
        String text = pdf.text();
        assertHeading(text, PrintedForm.FORM_1);
        assertContains(text, "Người kiểm tra (họ tên): Lò Thị Thanh");
        assertContains(text, "Thời gian kiểm tra (giờ, ngày, tháng, năm): 06:45 ngày 23 tháng 11 năm 2026");
        assertContains(text, "Địa điểm kiểm tra: Khu tiếp nhận thực phẩm");
        assertContains(text, "I. Thực phẩm tươi sống, đông lạnh");
        assertContains(text, "II. Thực phẩm khô và thực phẩm bao gói sẵn, phụ gia thực phẩm");
        assertColumns(text, OfficialForm.FORM_1_FRESH);
        assertColumns(text, OfficialForm.FORM_1_PACKAGED);
        for (String value : List.of("Thịt lợn nạc vai", "Thịt bò thăn", "Trứng chim cút", "Cải ngọt", "Dưa hấu",
                "Gạo tẻ Séng Cù", "Hạt nêm", "Không nhận, trả lại", "Thịt có mùi lạ, màu sẫm", "25,5 kg", "Lò Thị Ơn",
                "Quá hạn sử dụng khi nhận", "Số lô: L2411")) {
            assertContains(text, value);
        }
        assertContains(text, "Người kiểm tra (Ký, ghi rõ họ tên)");
        assertContains(text, "Hiệu trưởng / Phó hiệu trưởng");
        assertContains(text, "Điện Biên Phủ, ngày 23 tháng 11 năm 2026");
        assertA4Landscape(pdf);
        assertGlyphsInsideMargins(pdf);
    }

    @Test
    void formsTwoThreeAndFiveHaveTheirHeadingsColumnsAndDishes() {
        KitchenDay day = FormFixtures.day(FormFixtures.MONDAY);
        String form2 = render(day, PrintedForm.FORM_2).text();
        assertHeading(form2, PrintedForm.FORM_2);
        assertColumns(form2, OfficialForm.FORM_2);
        assertContains(form2, "Bữa ăn: Bữa trưa (11:00)");
        assertContains(form2, "Thịt lợn kho trứng cút");
        assertContains(form2, "Thịt lợn nạc vai: 48 kg (Mẫu số 1, bảng I, TT 1)");
        assertContains(form2, "Đạt: Đủ mũ, tạp dề, khẩu trang, găng tay");

        String form3 = render(day, PrintedForm.FORM_3).text();
        assertHeading(form3, PrintedForm.FORM_3);
        assertColumns(form3, OfficialForm.FORM_3);
        assertContains(form3, "Canh bí đỏ nấu xương");
        assertContains(form3, "Xoong inox có nắp, muôi riêng (Đạt)");
        assertContains(form3, "Địa điểm kiểm tra: Khu chia suất, nhà ăn");

        String form5 = render(day, PrintedForm.FORM_5).text();
        assertHeading(form5, PrintedForm.FORM_5);
        assertColumns(form5, OfficialForm.FORM_5);
        assertContains(form5, "Nơi lưu mẫu: Tủ lưu mẫu số 1 (bếp một chiều)");
        assertContains(form5, "Dưa hấu tráng miệng");
        assertContains(form5, "125,5 g");
        assertContains(form5, "180 ml");
        assertContains(form5, "Quàng Văn Duy (đã ký 10:40 23/11/2026)");
    }

    @Test
    void formFourPrintsOneLabelPerSample() {
        ExtractedPdf pdf = render(FormFixtures.day(FormFixtures.MONDAY), PrintedForm.FORM_4);
        String text = pdf.text();
        assertContains(text, "Mẫu số 4");
        assertContains(text, "Nhãn mẫu thức ăn lưu");
        for (String dish : List.of("Cơm trắng", "Thịt lợn kho trứng cút", "Cải ngọt xào tỏi", "Canh bí đỏ nấu xương",
                "Dưa hấu tráng miệng")) {
            assertContains(text, "Tên mẫu thức ăn: " + dish);
        }
        assertContains(text, "Bữa ăn (sáng / trưa / tối …): Bữa trưa");
        assertContains(text, "Thời gian lấy: 10 giờ 40 phút, ngày 23 tháng 11 năm 2026");
        assertContains(text, "Người lấy mẫu (họ tên và chữ ký):");
        assertContains(text, "Mã mẫu: MAU-20261123-05 · Số niêm phong: NP-005");
        assertEquals(7, text.split("Nhãn mẫu thức ăn lưu", -1).length - 1, "page title, five labels, footer");
        assertA4Landscape(pdf);
    }

    @Test
    void vietnameseIsRealNfcTextInAnEmbeddedFont() {
        ExtractedPdf pdf = new ExtractedPdf(renderer.render(FormBook.ofDay(FormFixtures.day(FormFixtures.MONDAY), SETTINGS)));
        for (int i = 0; i < pdf.pages(); i++) {
            assertTrue(Normalizer.isNormalized(pdf.rawPage(i), Normalizer.Form.NFC), "page " + (i + 1));
        }
        assertContains(pdf.text(), "Kiểm tra trước khi chế biến thức ăn (Bước 1)");
        assertFalse(pdf.text().contains("?"), "no character was replaced");
        assertFalse(pdf.fontNames().isEmpty());
        assertTrue(pdf.fontNames().stream().allMatch(n -> n.contains("DejaVuSans")), pdf.fontNames().toString());
        assertTrue(pdf.fontsEmbedded().stream().allMatch(e -> e), "fonts are embedded");
        assertA4Landscape(pdf);
    }

    @Test
    void everyPageIsNumberedTrangXOfY() {
        ExtractedPdf pdf = new ExtractedPdf(renderer.render(FormBook.ofDay(FormFixtures.day(FormFixtures.MONDAY), SETTINGS)));
        assertTrue(pdf.pages() >= 5);
        for (int i = 0; i < pdf.pages(); i++) {
            assertContains(pdf.page(i), "Trang " + (i + 1) + "/" + pdf.pages());
        }
    }

    @Test
    void longCellTextWrapsInsideItsCell() {
        String longNote = " Người giao hàng cam kết đổi hàng trong ngày; đã báo cáo Ban giám hiệu và phòng Giáo dục,"
                + " đề nghị nhà cung cấp giải trình bằng văn bản về nguồn gốc lô thịt, điều kiện vận chuyển,"
                + " nhiệt độ bảo quản và thời gian giết mổ. Mã-tham-chiếu-rất-dài-không-có-dấu-cách-ĐB2026112300001.";
        KitchenDay day = FormFixtures.fixture(FormFixtures.MONDAY, longNote).day();
        ExtractedPdf pdf = render(day, PrintedForm.FORM_1);
        assertGlyphsInsideMargins(pdf);
        String raw = pdf.rawPage(0);
        assertContains(ExtractedPdf.flat(raw), "nhiệt độ bảo quản và thời gian giết mổ.");
        // The note is in column 15, so its glyphs sit in the last column, on many lines.
        List<ExtractedPdf.Glyph> noteGlyphs = pdf.glyphs().stream()
                .filter(g -> g.page() == 0 && g.x() > A4_LONG - PageFlow.RIGHT - 120f && g.yFromTop() > 150f)
                .toList();
        long lines = noteGlyphs.stream().map(g -> Math.round(g.yFromTop())).distinct().count();
        assertTrue(lines >= 10, "the long note is wrapped onto many lines, found " + lines);
        String noSpaces = ExtractedPdf.flat(raw).replace(" ", "");
        assertContains(noSpaces, "Mã-tham-chiếu-rất-dài-không-có-dấu-cách-ĐB2026112300001.");
    }

    @Test
    void aRowTallerThanAPageContinuesOnTheNextPage() {
        StringBuilder note = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            note.append(" Dòng ghi chú số ").append(i).append(" về lô thịt bò bị trả lại.");
        }
        ExtractedPdf pdf = render(FormFixtures.fixture(FormFixtures.MONDAY, note.toString()).day(), PrintedForm.FORM_1);
        assertGlyphsInsideMargins(pdf);
        assertTrue(pdf.pages() >= 3, "pages: " + pdf.pages());
        // Read the note across page breaks: drop each page's footer and the next page's repeated header.
        String text = pdf.text().replaceAll("\\s*Mẫu số 1: [^·]+· [^·]+· Ngày \\d\\d/\\d\\d/\\d{4} Trang \\d+/\\d+ "
                + "Mẫu số 1: .*? \\(tiếp theo\\) TT .*? 13 14 15\\s*", " ");
        for (int i = 1; i <= 120; i++) {
            assertContains(text, "Dòng ghi chú số " + i + " về lô thịt bò bị trả lại.");
        }
        assertContains(pdf.page(1), "(tiếp theo)");
        assertContains(pdf.page(1), "Tên thực phẩm");
    }

    @Test
    void aLongTableRepeatsItsColumnHeaderOnEveryPage() {
        KitchenDay day = FormFixtures.fixture(FormFixtures.MONDAY, "", 60).day();
        ExtractedPdf pdf = render(day, PrintedForm.FORM_1);
        assertTrue(pdf.pages() >= 4, "pages: " + pdf.pages());
        int pagesWithFreshRows = 0;
        for (int i = 0; i < pdf.pages(); i++) {
            String page = pdf.page(i);
            assertContains(page, "Tên thực phẩm");
            assertContains(page, "Thời gian nhập (ngày, giờ)");
            assertContains(page, "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15");
            assertContains(page, "Trang " + (i + 1) + "/" + pdf.pages());
            if (page.contains("Rau thơm các loại")) {
                pagesWithFreshRows++;
            }
            if (i > 0) {
                assertContains(page, "Mẫu số 1: Kiểm tra trước khi chế biến thức ăn (Bước 1) – 23/11/2026 (tiếp theo)");
            }
        }
        assertTrue(pagesWithFreshRows >= 3, "table I spans pages: " + pagesWithFreshRows);
        for (int i = 1; i <= 60; i++) {
            assertContains(pdf.text(), "Rau thơm các loại, lô " + i + " ");
        }
        assertContains(pdf.text(), "Hạt nêm");
        assertGlyphsInsideMargins(pdf);
    }

    @Test
    void aDateRangePrintsEachDaysFormsInOrder() {
        List<KitchenDay> days = List.of(FormFixtures.day(FormFixtures.MONDAY.plusDays(2)),
                FormFixtures.day(FormFixtures.MONDAY), FormFixtures.day(FormFixtures.MONDAY.plusDays(1)));
        ExtractedPdf pdf = new ExtractedPdf(renderer.render(FormBook.ofDays(days, SETTINGS)));
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/uuuu");
        List<String> sequence = new ArrayList<>();
        for (int i = 0; i < pdf.pages(); i++) {
            Matcher m = FOOTER.matcher(pdf.page(i));
            assertTrue(m.find(), "footer on page " + (i + 1) + ": " + pdf.page(i));
            assertEquals(i + 1, Integer.parseInt(m.group(3)));
            assertEquals(pdf.pages(), Integer.parseInt(m.group(4)));
            String key = LocalDate.parse(m.group(2), dmy) + " " + m.group(1);
            if (sequence.isEmpty() || !sequence.get(sequence.size() - 1).equals(key)) {
                sequence.add(key);
            }
        }
        List<String> expected = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            for (int f = 1; f <= 5; f++) {
                expected.add(FormFixtures.MONDAY.plusDays(d) + " Mẫu số " + f);
            }
        }
        assertEquals(expected, sequence);
        assertContains(pdf.text(), "08:30 24/11/2026");
        assertContains(pdf.text(), "Điện Biên Phủ, ngày 25 tháng 11 năm 2026");
    }

    @Test
    void charactersTheFontCannotDrawAreReplacedNotFatal() {
        KitchenDay day = FormFixtures.fixture(FormFixtures.MONDAY, " Ghi chú 🍲 漢字\u0007 xong.").day();
        String text = render(day, PrintedForm.FORM_1).text();
        assertContains(text, "xong.");
        assertFalse(text.contains("🍲"));
    }

    @Test
    void theSameBookAtTheSameTimeGivesTheSameBytes() {
        FormBook book = FormBook.ofDay(FormFixtures.day(FormFixtures.MONDAY), SETTINGS.withForms(PrintedForm.FORM_3));
        byte[] first = renderer.render(book);
        byte[] second = new FormPdfRenderer(CLOCK).render(book);
        assertTrue(first.length > 0);
        assertEquals(new ExtractedPdf(first).text(), new ExtractedPdf(second).text());
    }
}

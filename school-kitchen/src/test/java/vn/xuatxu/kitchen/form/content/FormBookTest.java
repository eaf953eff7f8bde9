package vn.xuatxu.kitchen.form.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.day.KitchenDay;
import vn.xuatxu.kitchen.form.FormColumn;
import vn.xuatxu.kitchen.form.FormFixtures;
import vn.xuatxu.kitchen.form.FormFixtures.FixtureDay;
import vn.xuatxu.kitchen.form.OfficialForm;
import vn.xuatxu.kitchen.sample.DestructionRequest;
import vn.xuatxu.kitchen.sample.FoodSample;
import vn.xuatxu.kitchen.sample.TemperatureReading;

class FormBookTest {

    private static final FormSettings SETTINGS = FormSettings.of(FormFixtures.ADDRESS, "Điện Biên Phủ");

    private static TabularForm tabular(FormBook book, PrintedForm form) {
        return (TabularForm) book.formsOf(form).get(0);
    }

    private static String cell(FilledTable table, int row, FormColumn column) {
        return cell(table, row, column, 0);
    }

    /** The text of the printed column of {@code column} (offset 1 for the "Không đạt" box of a pair). */
    private static String cell(FilledTable table, int row, FormColumn column, int offset) {
        for (int c = 0; c < table.columns().size(); c++) {
            PrintedColumn printed = table.columns().get(c);
            if (printed.source() == column && printed.number() == column.firstColumn() + offset) {
                return table.rows().get(row).get(c).text();
            }
        }
        throw new AssertionError("No column " + column);
    }

    @Test
    void printedColumnsFollowTheFormNumbering() {
        assertEquals(15, PrintedColumn.of(OfficialForm.FORM_1_FRESH).size());
        assertEquals(15, PrintedColumn.of(OfficialForm.FORM_1_PACKAGED).size());
        assertEquals(13, PrintedColumn.of(OfficialForm.FORM_2).size());
        assertEquals(10, PrintedColumn.of(OfficialForm.FORM_3).size());
        assertEquals(12, PrintedColumn.of(OfficialForm.FORM_5).size());
        for (OfficialForm table : List.of(OfficialForm.FORM_1_FRESH, OfficialForm.FORM_2, OfficialForm.FORM_5)) {
            List<PrintedColumn> columns = PrintedColumn.of(table);
            for (int i = 0; i < columns.size(); i++) {
                assertEquals(i + 1, columns.get(i).number(), table + " column " + i);
            }
        }
        PrintedColumn supplier = PrintedColumn.of(OfficialForm.FORM_1_FRESH).get(4);
        assertEquals("Nơi cung cấp", supplier.group());
        assertEquals("Tên cơ sở", supplier.label());
        assertEquals("Nơi cung cấp – Tên cơ sở", supplier.fullLabel());
        PrintedColumn fail = PrintedColumn.of(OfficialForm.FORM_1_FRESH).get(11);
        assertEquals(ColumnKind.TICK, fail.kind());
        assertEquals("Không đạt", fail.label());
        assertEquals("Kiểm tra cảm quan (màu, mùi vị, trạng thái, bảo quản …)", fail.group());
    }

    @Test
    void printedFormsCarryTheOfficialTitles() {
        assertEquals("Kiểm tra trước khi chế biến thức ăn (Bước 1)", PrintedForm.FORM_1.title());
        assertEquals("I. Thực phẩm tươi sống, đông lạnh", PrintedForm.FORM_1.caption(OfficialForm.FORM_1_FRESH));
        assertEquals("II. Thực phẩm khô và thực phẩm bao gói sẵn, phụ gia thực phẩm",
                PrintedForm.FORM_1.caption(OfficialForm.FORM_1_PACKAGED));
        assertEquals("Kiểm tra khi chế biến thức ăn (Bước 2)", PrintedForm.FORM_2.title());
        assertEquals("", PrintedForm.FORM_2.caption(OfficialForm.FORM_2));
        assertEquals("Mẫu biểu theo dõi lưu và hủy mẫu thức ăn lưu", PrintedForm.FORM_5.title());
    }

    @Test
    void aDayIsPrintedFormOneToFive() {
        FormBook book = FormBook.ofDay(FormFixtures.day(FormFixtures.MONDAY), SETTINGS);
        assertEquals(List.of(PrintedForm.FORM_1, PrintedForm.FORM_2, PrintedForm.FORM_3, PrintedForm.FORM_4,
                PrintedForm.FORM_5), book.forms().stream().map(FilledForm::form).toList());
        assertInstanceOf(LabelSheet.class, book.forms().get(3));
        assertTrue(book.title().contains("Trường Tiểu học Him Lam"));
        assertTrue(book.title().endsWith("23/11/2026"));
    }

    @Test
    void aRangeIsPrintedDayByDayInDateOrder() {
        List<KitchenDay> days = List.of(FormFixtures.day(FormFixtures.MONDAY.plusDays(2)),
                FormFixtures.day(FormFixtures.MONDAY), FormFixtures.day(FormFixtures.MONDAY.plusDays(1)));
        FormBook book = FormBook.ofDays(days, SETTINGS.withForms(PrintedForm.FORM_5, PrintedForm.FORM_2));
        assertEquals(6, book.forms().size());
        for (int i = 0; i < 6; i++) {
            FilledForm form = book.forms().get(i);
            assertEquals(FormFixtures.MONDAY.plusDays(i / 2), form.date());
            assertEquals(i % 2 == 0 ? PrintedForm.FORM_2 : PrintedForm.FORM_5, form.form());
        }
        assertEquals(FormFixtures.MONDAY, book.firstDay());
        assertEquals(FormFixtures.MONDAY.plusDays(2), book.lastDay());
        assertTrue(book.title().endsWith("23/11/2026 – 25/11/2026"), book.title());
    }

    @Test
    void aDayGivenTwiceOrNoDayIsRefused() {
        KitchenDay day = FormFixtures.day(FormFixtures.MONDAY);
        assertThrows(IllegalArgumentException.class, () -> FormBook.ofDays(List.of(day, day), SETTINGS));
        assertThrows(IllegalArgumentException.class, () -> FormBook.ofDays(List.of(), SETTINGS));
    }

    @Test
    void formOneShowsTheRefusedDeliveryAndTicksTheRightBox() {
        FormBook book = FormBook.ofDay(FormFixtures.day(FormFixtures.MONDAY), SETTINGS);
        FilledTable fresh = tabular(book, PrintedForm.FORM_1).tables().get(0);
        assertEquals(7, fresh.rows().size());
        assertEquals("Thịt bò thăn", cell(fresh, 1, FormColumn.F1_FOOD_NAME));
        assertEquals("", cell(fresh, 1, FormColumn.F1_SENSORY, 0));
        assertEquals("X", cell(fresh, 1, FormColumn.F1_SENSORY, 1));
        assertTrue(cell(fresh, 1, FormColumn.F1_ACTION).startsWith("Không nhận, trả lại"));
        assertEquals("X", cell(fresh, 0, FormColumn.F1_SENSORY, 0));
        assertEquals("", cell(fresh, 0, FormColumn.F1_SENSORY, 1));
        assertEquals("", cell(fresh, 0, FormColumn.F1_RAPID_TEST, 0), "rapid test not done: both boxes empty");
        assertEquals("X", cell(fresh, 2, FormColumn.F1_RAPID_TEST, 0));
        assertEquals("06:05 23/11/2026", cell(fresh, 2, FormColumn.F1_RECEIVED_AT));
        assertEquals("25,5 kg", cell(fresh, 2, FormColumn.F1_QUANTITY));
        assertEquals("Không áp dụng: Hộ chăn nuôi của HTX, không cấp giấy kiểm dịch",
                cell(fresh, 3, FormColumn.F1_QUARANTINE));
        assertEquals(Optional.of(BigDecimal.ONE), fresh.rows().get(0).get(0).number());

        FilledTable packaged = tabular(book, PrintedForm.FORM_1).tables().get(1);
        assertEquals("Gạo tẻ Séng Cù\nSố lô: SC-2611", cell(packaged, 0, FormColumn.F1P_FOOD_NAME));
        assertEquals("X", cell(packaged, 3, FormColumn.F1P_LABEL_CHECK, 1), "expired food fails the label check");
        assertTrue(cell(packaged, 3, FormColumn.F1P_ACTION).contains("Quá hạn sử dụng khi nhận"));
    }

    @Test
    void headerAndSignOffsComeFromTheFormAndTheSettings() {
        FormSettings settings = SETTINGS.withName(SignOffRole.PRINCIPAL, "Phạm Thị Hồng Nhung");
        TabularForm form2 = tabular(FormBook.ofDay(FormFixtures.day(FormFixtures.MONDAY), settings), PrintedForm.FORM_2);
        assertEquals(List.of(
                new HeaderField("Tên cơ sở", FormFixtures.SCHOOL),
                new HeaderField("Địa chỉ", FormFixtures.ADDRESS),
                new HeaderField("Người kiểm tra (họ tên)", FormFixtures.CHECKER),
                new HeaderField("Thời gian kiểm tra (giờ, ngày, tháng, năm)", "10:15 ngày 23 tháng 11 năm 2026"),
                new HeaderField("Địa điểm kiểm tra", "Khu sơ chế và chế biến"),
                new HeaderField("Bữa ăn", "Bữa trưa (11:00)")), form2.header());
        assertEquals(List.of(new SignOff(SignOffRole.CHECKER, FormFixtures.CHECKER), new SignOff(SignOffRole.HEAD_COOK, ""),
                new SignOff(SignOffRole.PRINCIPAL, "Phạm Thị Hồng Nhung")), form2.signOffs());
        assertEquals("Điện Biên Phủ, ngày 23 tháng 11 năm 2026", form2.signingLine());
        FilledTable table = form2.tables().get(0);
        assertTrue(cell(table, 1, FormColumn.F2_INGREDIENTS).contains("Thịt lợn nạc vai: 48 kg (Mẫu số 1, bảng I, TT 1)"));
        assertTrue(cell(table, 2, FormColumn.F2_INGREDIENTS).contains("Tỏi: 1 kg (kho: Tỏi khô, lô nhập 16/11)"));
        assertEquals("Đạt: Dụng cụ sống, chín riêng", cell(table, 0, FormColumn.F2_HYGIENE_EQUIPMENT));
    }

    @Test
    void formFiveShowsTheLatestVersionOfEachSample() {
        FixtureDay fixture = FormFixtures.fixture(FormFixtures.MONDAY, "");
        fixture.clock().advance(Duration.ofHours(25));
        FoodSample rice = fixture.day().samples().get(0);
        LocalDateTime now = KitchenTime.now(fixture.clock());
        fixture.register().destroy(rice.id(), new DestructionRequest(FormFixtures.kitchenHand(now),
                FormFixtures.headCook(now), TemperatureReading.of("9.5", now), "Tủ mất điện 2 giờ đêm")).orElseThrow();

        FilledTable closed = tabular(FormBook.ofDay(fixture.day(), SETTINGS), PrintedForm.FORM_5).tables().get(0);
        assertEquals("", cell(closed, 0, FormColumn.F5_DESTROYED_AT), "as closed, nothing was destroyed yet");

        FilledTable latest = tabular(FormBook.ofDay(fixture.day(), fixture.register().rows(), SETTINGS), PrintedForm.FORM_5)
                .tables().get(0);
        assertEquals("11:50 24/11/2026", cell(latest, 0, FormColumn.F5_DESTROYED_AT));
        assertEquals("Lường Thị Mai\n(đã ký 11:50 24/11/2026)", cell(latest, 0, FormColumn.F5_DESTROYER));
        assertEquals("Nhiệt độ khi hủy: 9,5 °C (ngoài khoảng cho phép)\nTủ mất điện 2 giờ đêm",
                cell(latest, 0, FormColumn.F5_NOTES));
        assertEquals("125,5 g", cell(latest, 0, FormColumn.F5_AMOUNT));
        assertEquals("180 ml", cell(latest, 3, FormColumn.F5_AMOUNT));
        assertEquals("4,5", cell(latest, 0, FormColumn.F5_TEMPERATURE));
        assertEquals(Optional.of(new BigDecimal("4.5")), latest.rows().get(0).get(6).number());
        assertEquals("", cell(latest, 1, FormColumn.F5_DESTROYER));
    }

    @Test
    void formFourLabelsCarryEveryFieldOfTheForm() {
        LabelSheet sheet = (LabelSheet) FormBook.ofDay(FormFixtures.day(FormFixtures.MONDAY), SETTINGS)
                .formsOf(PrintedForm.FORM_4).get(0);
        assertEquals(5, sheet.labels().size());
        FilledLabel soup = sheet.labels().get(3);
        assertEquals(List.of(new HeaderField("Bữa ăn (sáng / trưa / tối …)", "Bữa trưa"),
                new HeaderField("Tên mẫu thức ăn", "Canh bí đỏ nấu xương"),
                new HeaderField("Thời gian lấy", "10 giờ 40 phút, ngày 23 tháng 11 năm 2026")), soup.fields());
        assertEquals(new HeaderField("Người lấy mẫu (họ tên và chữ ký)", FormFixtures.HEAD_COOK), soup.sampler());
        assertEquals("Mã mẫu: MAU-20261123-04 · Số niêm phong: NP-004", soup.reference());
    }

    @Test
    void everyTextIsNfcEvenWhenTypedDecomposed() {
        String decomposed = Normalizer.normalize("Trường Tiểu học Him Lam", Normalizer.Form.NFD);
        assertFalse(Normalizer.isNormalized(decomposed, Normalizer.Form.NFC));
        FormSettings settings = FormSettings.of(Normalizer.normalize(FormFixtures.ADDRESS, Normalizer.Form.NFD), "");
        FormBook book = FormBook.ofDay(FormFixtures.day(FormFixtures.MONDAY), settings);
        assertEquals(new HeaderField("Địa chỉ", FormFixtures.ADDRESS), book.forms().get(0).header().get(1));
        assertEquals(new HeaderField("Tên cơ sở", "Trường Tiểu học Him Lam"), new HeaderField("Tên cơ sở", decomposed));
        assertEquals("Ngày 23 tháng 11 năm 2026", tabular(book, PrintedForm.FORM_3).signingLine());
    }
}

package vn.xuatxu.kitchen.form.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.form.FormFixtures;
import vn.xuatxu.kitchen.form.content.FormBook;
import vn.xuatxu.kitchen.form.content.FormSettings;
import vn.xuatxu.kitchen.form.content.PrintedForm;

class FormWorkbookTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final FormSettings SETTINGS = FormSettings.of(FormFixtures.ADDRESS, "Điện Biên Phủ");
    private static final Clock CLOCK = Clock.fixed(FormFixtures.MONDAY.atTime(15, 0).atZone(KitchenTime.ZONE).toInstant(),
            KitchenTime.ZONE);

    /** An XLSX read back with the JDK only: zip parts, sheet names, and each sheet's cells by reference. */
    private record Workbook(Map<String, byte[]> parts, List<String> sheetNames, List<Map<String, String>> sheets,
                            List<List<String>> merges) {

        static Workbook read(byte[] xlsx) {
            try {
                Map<String, byte[]> parts = new LinkedHashMap<>();
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
                    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                        parts.put(e.getName(), zip.readAllBytes());
                    }
                }
                Document workbook = parse(parts.get("xl/workbook.xml"));
                NodeList sheetNodes = workbook.getElementsByTagNameNS(MAIN, "sheet");
                List<String> names = new ArrayList<>();
                List<Map<String, String>> sheets = new ArrayList<>();
                List<List<String>> merges = new ArrayList<>();
                for (int i = 0; i < sheetNodes.getLength(); i++) {
                    names.add(((Element) sheetNodes.item(i)).getAttribute("name"));
                    Document sheet = parse(parts.get("xl/worksheets/sheet" + (i + 1) + ".xml"));
                    Map<String, String> cells = new LinkedHashMap<>();
                    NodeList cellNodes = sheet.getElementsByTagNameNS(MAIN, "c");
                    for (int c = 0; c < cellNodes.getLength(); c++) {
                        Element cell = (Element) cellNodes.item(c);
                        String value = "inlineStr".equals(cell.getAttribute("t"))
                                ? cell.getElementsByTagNameNS(MAIN, "t").item(0).getTextContent()
                                : cell.getElementsByTagNameNS(MAIN, "v").item(0).getTextContent();
                        cells.put(cell.getAttribute("r"), value);
                    }
                    sheets.add(cells);
                    List<String> merged = new ArrayList<>();
                    NodeList mergeNodes = sheet.getElementsByTagNameNS(MAIN, "mergeCell");
                    for (int m = 0; m < mergeNodes.getLength(); m++) {
                        merged.add(((Element) mergeNodes.item(m)).getAttribute("ref"));
                    }
                    merges.add(merged);
                }
                return new Workbook(parts, names, sheets, merges);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Document parse(byte[] xml) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            } catch (Exception e) {
                throw new AssertionError("Not well-formed XML", e);
            }
        }

        Map<String, String> sheet(String name) {
            int index = sheetNames.indexOf(name);
            assertTrue(index >= 0, "no sheet " + name + " in " + sheetNames);
            return sheets.get(index);
        }

        boolean isNumber(String sheetName, String ref) {
            String xml = new String(parts.get("xl/worksheets/sheet" + (sheetNames.indexOf(sheetName) + 1) + ".xml"),
                    java.nio.charset.StandardCharsets.UTF_8);
            int at = xml.indexOf("<c r=\"" + ref + "\"");
            return at >= 0 && !xml.substring(at, xml.indexOf('>', at)).contains("t=\"inlineStr\"");
        }
    }

    private final FormWorkbook writer = new FormWorkbook(CLOCK);

    @Test
    void aDayBecomesOneSheetPerPrintedTableWithTheFormsCells() throws IOException {
        byte[] xlsx = writer.render(FormBook.ofDay(FormFixtures.day(FormFixtures.MONDAY), SETTINGS));
        Files.createDirectories(Path.of("target/forms"));
        Files.write(Path.of("target/forms/day-2026-11-23.xlsx"), xlsx);
        Workbook book = Workbook.read(xlsx);
        assertEquals(List.of("Mẫu số 1 (I)", "Mẫu số 1 (II)", "Mẫu số 2", "Mẫu số 3", "Mẫu số 4", "Mẫu số 5"),
                book.sheetNames());
        for (String part : List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "docProps/core.xml")) {
            assertTrue(book.parts().containsKey(part), part);
            Workbook.parse(book.parts().get(part));
        }
        String types = new String(book.parts().get("[Content_Types].xml"), java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 1; i <= 6; i++) {
            assertTrue(types.contains("/xl/worksheets/sheet" + i + ".xml"), "content type of sheet " + i);
        }

        Map<String, String> fresh = book.sheet("Mẫu số 1 (I)");
        assertEquals("Mẫu số 1: Kiểm tra trước khi chế biến thức ăn (Bước 1)", fresh.get("A1"));
        assertEquals("I. Thực phẩm tươi sống, đông lạnh", fresh.get("A2"));
        assertEquals("Tên cơ sở: " + FormFixtures.SCHOOL, fresh.get("A3"));
        assertEquals("Địa chỉ: " + FormFixtures.ADDRESS, fresh.get("A4"));
        assertEquals("Ngày", fresh.get("A6"));
        assertEquals("TT", fresh.get("B6"));
        assertEquals("Tên thực phẩm", fresh.get("C6"));
        assertEquals("Nơi cung cấp", fresh.get("F6"));
        assertEquals("Tên cơ sở", fresh.get("F7"));
        assertEquals("Địa chỉ, điện thoại", fresh.get("G7"));
        assertEquals("Kiểm tra cảm quan (màu, mùi vị, trạng thái, bảo quản …)", fresh.get("L6"));
        assertEquals("Đạt", fresh.get("L7"));
        assertEquals("Không đạt", fresh.get("M7"));
        assertEquals("1", fresh.get("B8"));
        assertEquals("15", fresh.get("P8"));
        assertEquals("Người kiểm tra (họ tên)", fresh.get("Q6"));
        assertTrue(book.merges().get(0).contains("F6:H6"), book.merges().get(0).toString());
        assertTrue(book.merges().get(0).contains("B6:B7"));

        assertEquals("23/11/2026", fresh.get("A9"));
        assertEquals("1", fresh.get("B9"));
        assertTrue(book.isNumber("Mẫu số 1 (I)", "B9"), "TT is a number");
        assertEquals("Thịt lợn nạc vai", fresh.get("C9"));
        assertEquals("Thịt bò thăn", fresh.get("C10"));
        assertEquals("", fresh.get("L10"));
        assertEquals("X", fresh.get("M10"));
        assertTrue(fresh.get("P10").startsWith("Không nhận, trả lại.\nThịt có mùi lạ"), fresh.get("P10"));
        assertEquals("25,5 kg", fresh.get("E11"));
        assertEquals(FormFixtures.CHECKER, fresh.get("Q9"));
        assertEquals("Khu tiếp nhận thực phẩm", fresh.get("S9"));
        assertEquals(null, fresh.get("C16"), "seven fresh rows only");

        Map<String, String> form5 = book.sheet("Mẫu số 5");
        assertEquals("Cơm trắng", form5.get("C9"));
        assertEquals("4.5", form5.get("H9"));
        assertTrue(book.isNumber("Mẫu số 5", "H9"), "temperature is a number");
        assertEquals("912", form5.get("E9"));
        assertEquals("125,5 g", form5.get("F9"));

        Map<String, String> labels = book.sheet("Mẫu số 4");
        assertEquals("Tên mẫu thức ăn", labels.get("C6"));
        assertEquals("Canh bí đỏ nấu xương", labels.get("C12"));
        assertEquals("10 giờ 40 phút, ngày 23 tháng 11 năm 2026", labels.get("D12"));

        for (Map<String, String> sheet : book.sheets()) {
            sheet.values().forEach(v -> assertTrue(Normalizer.isNormalized(v, Normalizer.Form.NFC), v));
        }
    }

    @Test
    void aRangePutsEveryDaysRowsOnTheSameSheetInDateOrder() {
        FormBook range = FormBook.ofDays(List.of(FormFixtures.day(FormFixtures.MONDAY.plusDays(1)),
                FormFixtures.day(FormFixtures.MONDAY)), SETTINGS.withForms(PrintedForm.FORM_2));
        Workbook book = Workbook.read(writer.render(range));
        assertEquals(List.of("Mẫu số 2"), book.sheetNames());
        Map<String, String> form2 = book.sheet("Mẫu số 2");
        for (int row = 9; row < 14; row++) {
            assertEquals("23/11/2026", form2.get("A" + row));
        }
        for (int row = 14; row < 19; row++) {
            assertEquals("24/11/2026", form2.get("A" + row));
        }
        assertEquals("Cơm trắng", form2.get("D14"));
        assertEquals("08:30 24/11/2026", form2.get("G14"));
        assertEquals(null, form2.get("A19"));
    }

    @Test
    void textIsEscapedAndCharactersXmlCannotHoldAreDropped() {
        String note = " <b>Nhà cung cấp \"A&B\"</b> \u0007bell";
        FormBook book = FormBook.ofDay(FormFixtures.fixture(FormFixtures.MONDAY, note).day(),
                SETTINGS.withForms(PrintedForm.FORM_1));
        Map<String, String> fresh = Workbook.read(writer.render(book)).sheet("Mẫu số 1 (I)");
        assertTrue(fresh.get("P10").endsWith("<b>Nhà cung cấp \"A&B\"</b> bell"), fresh.get("P10"));
        assertFalse(fresh.get("P10").contains("\u0007"));
    }

    @Test
    void sheetNamesAvoidCharactersExcelRefuses() {
        assertEquals("Mẫu số 1 (II)", FormWorkbook.sheetName(vn.xuatxu.kitchen.form.OfficialForm.FORM_1_PACKAGED));
        assertEquals("A1", SheetXml.reference(0, 1));
        assertEquals("Z3", SheetXml.reference(25, 3));
        assertEquals("AA10", SheetXml.reference(26, 10));
    }
}

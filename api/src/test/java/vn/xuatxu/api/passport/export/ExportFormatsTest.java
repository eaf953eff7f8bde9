package vn.xuatxu.api.passport.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.xuatxu.api.passport.export.application.Circular02Pdf;
import vn.xuatxu.api.passport.export.domain.Circular02Record;
import vn.xuatxu.api.passport.export.domain.EpcisDocument;
import vn.xuatxu.api.passport.export.domain.ExportFormat;
import vn.xuatxu.api.passport.export.domain.PassportRow;
import vn.xuatxu.api.passport.journey.domain.EpcisEventHash;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export formats written from a passport row: JSON lines, CSV, the Circular 02 record and its PDF, EPCIS. */
class ExportFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static PassportRow row(String productName) {
        return new PassportRow(42, 1, "08938600001016", "CF-2611", "https://truyxuat.example/01/08938600001016/10/CF-2611",
                productName, "Cà phê", "500 g", 4, "OCOP-DB-0123", LocalDate.of(2027, 5, 1), "GEOGRAPHICAL_INDICATION",
                "Cà phê Điện Biên", "CDĐL-00123", "HTX Cà phê Mường Ảng", "MuongAngCoffeeMSP", "Điện Biên",
                "Mường Ảng", "Xã Mường Ảng", LocalDate.of(2026, 11, 20), LocalDate.of(2027, 11, 20),
                new BigDecimal("350.500"), "KGM", "ab".repeat(32), "COMMITTED", "tx1", 1, LocalDateTime.of(2026, 11, 21, 1, 2, 3));
    }

    @Test
    void jsonLinesWriteOneParsableObjectPerLine() throws Exception {
        String line = ExportFormat.JSON_LINES.line(row("Cà phê \"đặc biệt\"\nrang xay"));
        assertTrue(line.endsWith("\n"));
        assertEquals(1, line.chars().filter(c -> c == '\n').count());
        JsonNode node = JSON.readTree(line);
        assertEquals("Cà phê \"đặc biệt\"\nrang xay", node.path("productName").asText());
        assertEquals("350.5", node.path("quantity").asText());
        assertEquals("2026-11-21T01:02:03Z", node.path("changedAt").asText());
        assertEquals(PassportRow.COLUMNS, iterable(node));
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndDisarmsFormulas() {
        String header = ExportFormat.CSV.header();
        assertTrue(header.startsWith("\uFEFFlotId,gtin,lotNumber,"), header);
        String line = ExportFormat.CSV.line(row("=HYPERLINK(\"x\"), Cà phê"));
        assertTrue(line.contains(",\"'=HYPERLINK(\"\"x\"\"), Cà phê\","), line);
        assertTrue(line.startsWith("42,08938600001016,CF-2611,"), line);
        assertTrue(line.endsWith("\r\n"));
        assertEquals(PassportRow.COLUMNS.size(), header.split(",").length);
    }

    @Test
    void theCircular02RecordHoldsTheTenItemsAndOriginAndSaysWhatIsMissing() {
        Circular02Record record = Circular02Record.of(row("Cà phê Arabica"), List.of(new Circular02Record.Stage(
                "Đăng ký lô sản xuất", "commissioning", "https://id.gs1.org/01/08938600001016/10/CF-2611",
                "urn:xuatxu:org:MuongAngCoffeeMSP", "HTX Cà phê Mường Ảng", LocalDateTime.of(2026, 11, 20, 1, 0), null)));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), record.items().stream().map(Circular02Record.Item::number).toList());
        assertEquals(Circular02Record.NOT_HELD, record.items().get(1).value());
        assertTrue(record.items().get(3).value().contains("huyện cũ: Mường Ảng"), record.items().get(3).value());
        assertTrue(record.items().get(4).value().contains("20/11/2026 08:00"), record.items().get(4).value());
        assertEquals("20/11/2027", record.items().get(8).value());
        assertTrue(record.items().get(9).value().startsWith("OCOP 4 sao, số OCOP-DB-0123"), record.items().get(9).value());
    }

    @Test
    void thePdfCarriesTheRecordInVietnamese() throws Exception {
        Circular02Record record = Circular02Record.of(row("Cà phê Arabica Mường Ảng rang xay"), List.of());
        byte[] pdf = new Circular02Pdf().render(record, Instant.parse("2026-11-23T03:00:00Z"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Extracted text may come back decomposed (base letter + combining marks); compare in NFC.
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFC);
            assertTrue(text.contains("HỒ SƠ TRUY XUẤT NGUỒN GỐC"), text);
            assertTrue(text.contains("Cà phê Arabica Mường Ảng rang xay"), text);
            assertTrue(text.contains("4. Địa chỉ đơn vị sản xuất"), text);
            assertTrue(text.contains("Xã Mường Ảng, (huyện cũ: Mường Ảng), Điện Biên"), text);
            assertTrue(text.contains("Lập lúc 23/11/2026 10:00"), text);
        }
    }

    @Test
    void theEpcisDocumentStartsWithAHashedCommissioningEvent() {
        EpcisDocument epcis = new EpcisDocument();
        var commissioning = epcis.commissioning(new EpcisDocument.Commissioning(
                "https://id.gs1.org/01/08938600001016/10/CF-2611", new BigDecimal("350.500"), "KGM",
                LocalDateTime.of(2026, 11, 20, 1, 0), "CF-2611", LocalDate.of(2027, 11, 20), "MuongAngCoffeeMSP"));
        var document = epcis.document(commissioning, List.of(), Instant.parse("2026-11-23T03:00:00Z"));
        assertEquals("EPCISDocument", document.path("type").asText());
        assertEquals(EpcisDocument.EPCIS_CONTEXT, document.path("@context").path(0).asText());
        JsonNode event = document.path("epcisBody").path("eventList").path(0);
        assertEquals("2026-11-20T08:00:00.000+07:00", event.path("eventTime").asText());
        assertEquals("commissioning", event.path("bizStep").asText());
        // The eventID is the event's own CBV 2.0 hash, recomputable from the document alone.
        EpcisEventHash.Result again = new EpcisEventHash(java.util.Map.of()).hashDocument(document).get(0);
        assertEquals(event.path("eventID").asText(), again.ni());
    }

    @Test
    void theDocumentedColumnsAreTheExportedOnes() throws Exception {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "exports.md"));
        String listed = docs.substring(docs.indexOf("`lotId, gtin,"), docs.indexOf("changedAt`") + "changedAt`".length());
        assertEquals(String.join(", ", PassportRow.COLUMNS), listed.replace("`", "").replaceAll("\\s+", " "));
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package vn.xuatxu.api.producers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.xuatxu.api.testing.RunningApplication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Excel import of lots against real MariaDB, the test: a generated 1,000-row workbook with 3 wrong rows is
 * refused with exactly those 3 rows and their reasons and imports nothing; by the producer's choice the 997 right
 * rows are imported; the page takes the same workbook; a file that is not a workbook is refused in Vietnamese.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LotImportXlsxIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final HttpClient http = HttpClient.newHttpClient();
    private RunningApplication app;
    private String coop;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of());
        HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}");
        coop = JSON.readTree(login.body()).path("accessToken").asText();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aThousandRowWorkbookWithThreeWrongRowsImportsNothingOrTheRightRowsByChoice() throws Exception {
        byte[] workbook = workbook("XL", 1000, Set.of(10, 500, 999));
        int before = lotCount();

        HttpResponse<String> refused = post("/api/v1/lots/import", workbook);
        assertEquals(422, refused.statusCode(), refused.body());
        JsonNode rows = JSON.readTree(refused.body()).path("rows");
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(List.of(11, 501, 1000), List.of(rows.get(0).path("line").asInt(), rows.get(1).path("line").asInt(),
                rows.get(2).path("line").asInt()), "Excel's row numbers (the header is row 1)");
        assertEquals("gtin", rows.get(0).path("field").asText());
        assertTrue(rows.get(0).path("message").asText().contains("Số kiểm tra"), rows.get(0).toString());
        assertEquals("productionDate", rows.get(1).path("field").asText());
        assertEquals("quantity", rows.get(2).path("field").asText());
        assertTrue(JSON.readTree(refused.body()).path("message").asText().contains("chưa có lô nào được nhập"));
        assertEquals(before, lotCount(), "nothing half-imported");

        HttpResponse<String> some = post("/api/v1/lots/import?mode=VALID_ROWS_ONLY", workbook);
        assertEquals(201, some.statusCode(), some.body());
        assertEquals(997, JSON.readTree(some.body()).path("count").asInt());
        assertEquals(3, JSON.readTree(some.body()).path("skippedRows").size());
        assertEquals(before + 997, lotCount());
        JsonNode lot = JSON.readTree(app.get("/api/v1/lots/by-number?gtin=08938600001016&lotNumber=XL-0002",
                "Authorization", "Bearer " + coop).body());
        assertEquals("08938600001016", lot.path("gtin").asText(), "a GTIN typed as a number keeps its digits");
        assertEquals(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3).toString(), lot.path("productionDate").asText(),
                "an Excel date cell is read as a date");
    }

    @Test
    void thePageTakesAWorkbookAndRefusesAFileThatIsNotOne() throws Exception {
        HttpResponse<String> imported = page(workbook("PG", 3, Set.of()), "lo.xlsx");
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("Đã nhập 3 lô"), imported.body());

        byte[] damaged = workbook("PX", 3, Set.of());
        damaged = java.util.Arrays.copyOf(damaged, damaged.length / 2);
        HttpResponse<String> broken = post("/api/v1/lots/import", damaged);
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(JSON.readTree(broken.body()).path("message").asText().contains("Không đọc được bảng tính"), broken.body());
        HttpResponse<String> notAWorkbook = post("/api/v1/lots/import", "gtin,lotNumber\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notAWorkbook.statusCode());
        assertTrue(JSON.readTree(notAWorkbook.body()).path("message").asText().contains("không phải bảng tính Excel"));
    }

    /** A workbook as a co-op fills it: numeric GTINs, date cells; the rows in {@code bad} are wrong in turn. */
    private static byte[] workbook(String prefix, int count, Set<Integer> bad) throws IOException {
        LocalDate made = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Lô hàng");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            String[] columns = {"gtin", "lotNumber", "productionDate", "bestBeforeDate", "quantity", "unit"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            List<Integer> wrong = new ArrayList<>(bad).stream().sorted().toList();
            for (int n = 1; n <= count; n++) {
                Row row = sheet.createRow(n);
                int kind = wrong.indexOf(n);
                row.createCell(0).setCellValue(kind == 0 ? 8938600001017d : 8938600001016d);
                row.createCell(1).setCellValue(String.format("%s-%04d", prefix, n));
                if (kind == 1) {
                    row.createCell(2).setCellValue("31/02/2026");
                } else {
                    row.createCell(2).setCellValue(made);
                    row.getCell(2).setCellStyle(date);
                }
                row.createCell(3).setCellValue(made.plusYears(1));
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue(kind == 2 ? -5 : 12.5);
                row.createCell(5).setCellValue("kg");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private int lotCount() {
        return app.context().getBean(org.jooq.DSLContext.class).fetchCount(vn.xuatxu.api.db.Tables.LOT);
    }

    private HttpResponse<String> post(String path, byte[] workbook) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", XLSX).header("Authorization", "Bearer " + coop)
                .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> page(byte[] file, String name) throws Exception {
        String boundary = "----xuatxu" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nALL_OR_NOTHING\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(app.uri("/nhap-lo")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + coop).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package vn.xuatxu.api.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.xuatxu.api.testing.RunningApplication;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The producer pages' forms, posted as a browser posts them: each refusal re-renders with its message. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProducerFormsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private RunningApplication app;
    private String coop;
    private String agency;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of());
        coop = token("htx.muongang", "demo-coffee-2026");
        agency = token("so.nongnghiep", "demo-agency-2026");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void productFormsRefuseABadGtinAndSaveAGoodProduct() throws Exception {
        HttpResponse<String> bad = form("/san-pham", coop, Map.of("gtin", "08938600001017", "name", "Chè", "category", "Chè"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("Số kiểm tra của mã GTIN"), bad.body());
        assertTrue(bad.body().contains("value=\"Chè\""), "what was typed is kept");
        HttpResponse<String> saved = form("/san-pham", coop, Map.of("name", "Chè Shan tuyết Tủa Chùa", "category", "Chè",
                "ocopStars", "4", "ocopCertificateNumber", "45/QĐ-UBND", "ocopIssueDate", "2025-01-10",
                "ocopExpiryDate", "2028-01-10", "markKind", "COLLECTIVE_MARK", "markName", "Chè Tủa Chùa"));
        assertEquals(303, saved.statusCode(), saved.body());
        String id = saved.headers().firstValue("location").orElseThrow().replaceAll(".*=", "");
        HttpResponse<String> edit = page("/san-pham/" + id, coop);
        assertEquals(200, edit.statusCode());
        assertTrue(edit.body().contains("Chè Shan tuyết Tủa Chùa") && edit.body().contains("45/QĐ-UBND"));
        assertEquals(404, page("/san-pham/" + id, token("bep.himlam", "demo-kitchen-2026")).statusCode());
    }

    @Test
    void administrationFormsCreateAnOrganisationAndStaff() throws Exception {
        HttpResponse<String> missing = form("/quan-tri/to-chuc", agency, Map.of("kind", "PRODUCER", "legalForm", "HOUSEHOLD",
                "mspId", "HoneyMSP", "province", "Điện Biên", "displayName", "A", "username", "honey.admin", "password", "honey-password"));
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("Hãy nhập tên tổ chức."), missing.body());
        HttpResponse<String> created = form("/quan-tri/to-chuc", agency, Map.of("kind", "PRODUCER", "legalForm", "HOUSEHOLD",
                "name", "Hộ kinh doanh Mật ong Mường Nhé", "mspId", "HoneyMSP", "province", "Điện Biên",
                "displayName", "Sùng A Dua", "username", "honey.admin", "password", "honey-password"));
        assertEquals(303, created.statusCode(), created.body());
        assertTrue(page("/quan-tri?xong=to-chuc", agency).body().contains("Hộ kinh doanh Mật ong Mường Nhé"));
        String honey = token("honey.admin", "honey-password");
        assertEquals(303, form("/quan-tri/nguoi-dung", honey, Map.of("displayName", "Sùng Thị Mỷ", "username", "honey.staff",
                "password", "honey-staff-password", "role", "STAFF")).statusCode());
        HttpResponse<String> wrongRole = form("/quan-tri/nguoi-dung", honey, Map.of("displayName", "X", "username", "honey.x",
                "password", "honey-staff-password", "role", "INSPECTOR"));
        assertEquals(400, wrongRole.statusCode());
        assertTrue(wrongRole.body().contains("không dùng được cho tổ chức này"));
    }

    @Test
    void thePasswordFormChecksBothEntries() throws Exception {
        assertEquals(200, page("/tai-khoan", coop).statusCode());
        HttpResponse<String> mismatch = form("/tai-khoan/mat-khau", coop, Map.of("currentPassword", "demo-coffee-2026",
                "newPassword", "one new passphrase", "confirmPassword", "another passphrase"));
        assertEquals(400, mismatch.statusCode());
        assertTrue(mismatch.body().contains("không giống nhau"));
    }

    @Test
    void theLotPageRecordsAQualityCheckWithAPhotoAndARecall() throws Exception {
        LocalDate made = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        HttpResponse<String> lot = app.postJson("/api/v1/lots", "{\"gtin\":\"08938600001016\",\"lotNumber\":\"PAGE-1\","
                + "\"productionDate\":\"" + made + "\",\"quantity\":\"20\",\"unit\":\"kg\"}", "Authorization", "Bearer " + coop);
        assertEquals(201, lot.statusCode(), lot.body());
        long id = JSON.readTree(lot.body()).path("id").asLong();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("step", "QUALITY_CHECK");
        fields.put("result", "PASSED");
        fields.put("note", "Độ ẩm 11%");
        HttpResponse<String> recorded = multipart("/lo-hang/" + id + "/su-kien", coop, fields, "do-am.png", png);
        assertEquals(303, recorded.statusCode(), recorded.body());
        HttpResponse<String> shown = page("/lo-hang/" + id, coop);
        assertTrue(shown.body().contains("Kiểm tra chất lượng: đạt") && shown.body().contains("do-am.png")
                && shown.body().contains("Độ ẩm 11%"), shown.body());

        fields.put("step", "PROCESSING");
        fields.put("outputGtin", "08938600001016");
        fields.put("outputLotNumber", "PAGE-2");
        fields.put("outputQuantity", "mười");
        HttpResponse<String> badQuantity = multipart("/lo-hang/" + id + "/su-kien", coop, fields, null, null);
        assertEquals(400, badQuantity.statusCode());
        assertTrue(badQuantity.body().contains("không phải là số"), badQuantity.body());

        HttpResponse<String> noReason = form("/lo-hang/" + id + "/thu-hoi", coop, Map.of("reason", " "));
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("Hãy ghi lý do thu hồi."));
        assertEquals(303, form("/lo-hang/" + id + "/thu-hoi", coop, Map.of("reason", "Bao bì rách")).statusCode());
        assertTrue(page("/lo-hang/" + id, coop).body().contains("Bao bì rách"));
    }

    @Test
    void theImportPageListsWrongRowsAndImportsNothing() throws Exception {
        assertEquals(200, page("/nhap-lo", coop).statusCode());
        String csv = "gtin,lotNumber,productionDate,quantity,unit\n08938600001016,IMP-1,2026-01-05,5,kg\n"
                + "08938600001016,IMP 2,2026-01-05,5,kg\n";
        HttpResponse<String> refused = multipartFile("/nhap-lo", coop, Map.of("mode", "ALL_OR_NOTHING"), "lo.csv", csv);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("Dòng 3") && refused.body().contains("chưa có lô nào được nhập"), refused.body());
        HttpResponse<String> some = multipartFile("/nhap-lo", coop, Map.of("mode", "VALID_ROWS_ONLY"), "lo.csv", csv);
        assertEquals(200, some.statusCode());
        assertTrue(some.body().contains("Đã nhập 1 lô") && some.body().contains("Dòng 3"), some.body());
    }

    @Test
    void aLoggedOutCookieIsForgottenAndPublicPagesStillOpen() throws Exception {
        String ended = token("htx.muongang", "demo-coffee-2026");
        assertEquals(204, app.postJson("/api/v1/auth/logout", "{}", "Authorization", "Bearer " + ended).statusCode());
        HttpResponse<String> passport = http.send(HttpRequest.newBuilder(app.uri("/01/08938600001016/10/MA2026-001"))
                .header("Cookie", "XUATXU_SESSION=" + ended).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, passport.statusCode());
        assertEquals("/01/08938600001016/10/MA2026-001", passport.headers().firstValue("location").orElseThrow(),
                "asked again without the cookie, the public page opens");
        assertTrue(passport.headers().allValues("set-cookie").stream().anyMatch(c -> c.startsWith("XUATXU_SESSION=;")
                || c.contains("Max-Age=0")), passport.headers().toString());
        assertEquals(200, app.get("/01/08938600001016/10/MA2026-001", "Accept", "text/html").statusCode());
    }

    private HttpResponse<String> multipartFile(String path, String token, Map<String, String> fields, String name,
                                               String content) throws Exception {
        return multipart(path, token, fields, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private String token(String username, String password) throws Exception {
        HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        return JSON.readTree(login.body()).path("accessToken").asText();
    }

    private HttpResponse<String> page(String path, String token) throws Exception {
        return app.get(path, "Authorization", "Bearer " + token, "Accept", "text/html");
    }

    private HttpResponse<String> form(String path, String token, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> multipart(String path, String token, Map<String, String> fields, String fileName,
                                           byte[] file) throws Exception {
        String boundary = "----xuatxu" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }
}

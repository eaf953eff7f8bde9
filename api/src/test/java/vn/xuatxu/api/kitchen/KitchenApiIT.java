package vn.xuatxu.api.kitchen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.kitchen.KitchenFixtures.JSON;
import static vn.xuatxu.api.kitchen.KitchenFixtures.SCHOOL;
import static vn.xuatxu.api.kitchen.KitchenFixtures.minutesAgo;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.xuatxu.api.testing.PhoneScanner;
import vn.xuatxu.api.testing.RunningApplication;

/**
 * The kitchen API against a real MariaDB and the embedded ledger: the seeded demo days, a small day logged,
 * refused and closed, an amendment, the official PDF, the public page, and who may read or write what.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KitchenApiIT {

    private RunningApplication app;
    private String manager;

    @BeforeAll
    void start() throws Exception {
        app = KitchenFixtures.startAtKitchenHours();
        KitchenFixtures.addOtherPeople(app);
        manager = KitchenFixtures.token(app, "bep.himlam", "demo-kitchen-2026");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private String path(String rest) {
        return "/api/v1/kitchens/" + SCHOOL + rest;
    }

    private HttpResponse<String> post(String token, String rest, String json) throws Exception {
        return app.postJson(path(rest), json, "Authorization", "Bearer " + token);
    }

    private LocalDate lastSchoolDay() {
        LocalDate d = KitchenFixtures.today(app).minusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    @Test
    void theDemoSchoolHasClosedDaysProvenOnTheLedgerAndAPublicPageWithoutPersonalData() throws Exception {
        LocalDate day = lastSchoolDay();
        JsonNode view = KitchenFixtures.awaitAnchored(app, manager, day);
        assertTrue(view.path("closed").asBoolean(), view.toString());
        assertEquals("DONE", view.path("versions").get(0).path("ledgerStatus").asText(), view.toString());
        assertEquals(5, view.path("serving").size());
        assertEquals(5, view.path("samples").size());

        HttpResponse<String> page = app.get("/truong/" + SCHOOL + "/" + day);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Đã xác thực trên sổ cái"), page.body());
        assertTrue(page.body().contains("Cơm trắng"));
        assertTrue(page.body().contains("Công ty TNHH Thực phẩm sạch Điện Biên"));
        assertFalse(page.body().contains("0215 3825 118"), "no supplier phone on the public page");
        assertFalse(page.body().contains("Lường Văn Hùng"), "no delivery person on the public page");
        assertFalse(page.body().contains("Nguyễn Thị Hoa"), "no staff name on the public page");

        HttpResponse<byte[]> pdf = app.getBytes(path("/forms.pdf?from=" + day.minusDays(6) + "&to=" + day),
                "Authorization", "Bearer " + manager);
        assertEquals(200, pdf.statusCode());
        String text = KitchenFixtures.pdfText(pdf.body());
        assertTrue(text.contains("Mẫu số 1"), text);
        assertTrue(text.contains("Kiểm tra trước khi chế biến thức ăn"), text);
        assertTrue(text.contains("Mẫu số 5"), text);
        assertTrue(text.contains("Thịt lợn nạc vai") || text.contains("Thịt gà ta") || text.contains("Cá rô phi"), text);
    }

    @Test
    void aSmallDayIsCheckedByTheDomainClosedAnchoredAndAmended() throws Exception {
        String received = minutesAgo(app, 60);
        LocalDate today = KitchenFixtures.today(app);
        String d = "/days/" + today;

        HttpResponse<String> item = post(manager, d + "/menu",
                "{\"meal\":\"LUNCH\",\"mealTime\":\"11:00\",\"dishName\":\"Canh chua cá\",\"dishKind\":\"LIQUID\",\"servings\":900}");
        assertEquals(201, item.statusCode(), item.body());
        long menuItem = JSON.readTree(item.body()).path("id").asLong();
        JsonNode view = JSON.readTree(app.get(path(d), "Authorization", "Bearer " + manager).body());
        long supplier = view.path("suppliers").get(0).path("id").asLong();

        HttpResponse<String> failedWithoutAction = post(manager, d + "/deliveries", "{\"supplierId\":" + supplier
                + ",\"foodName\":\"Cá trắm\",\"animalOrigin\":true,\"veterinaryRef\":\"TY-1\",\"quarantineRef\":\"KD-1\","
                + "\"receivedAt\":\"" + received + "\",\"quantity\":30,\"unit\":\"KILOGRAM\",\"deliveredBy\":\"Lường Văn Hùng\","
                + "\"invoiceRef\":\"HĐ 77\",\"sensory\":\"FAIL\"}");
        assertEquals(400, failedWithoutAction.statusCode(), failedWithoutAction.body());
        assertTrue(failedWithoutAction.body().contains("biện pháp xử lý"), failedWithoutAction.body());

        HttpResponse<String> delivery = post(manager, d + "/deliveries", "{\"supplierId\":" + supplier
                + ",\"foodName\":\"Cá trắm\",\"animalOrigin\":true,\"veterinaryRef\":\"TY-1\",\"quarantineRef\":\"KD-1\","
                + "\"receivedAt\":\"" + received + "\",\"quantity\":30,\"unit\":\"KILOGRAM\",\"deliveredBy\":\"Lường Văn Hùng\","
                + "\"invoiceRef\":\"HĐ 77\"}");
        assertEquals(201, delivery.statusCode(), delivery.body());
        long receipt = JSON.readTree(delivery.body()).path("id").asLong();

        HttpResponse<String> cooking = post(manager, d + "/cooking", "{\"menuItemId\":" + menuItem + ",\"receiptIds\":["
                + receipt + "],\"prepFinishedAt\":\"" + minutesAgo(app, 50) + "\",\"cookingFinishedAt\":\"" + minutesAgo(app, 40) + "\"}");
        assertEquals(201, cooking.statusCode(), cooking.body());
        HttpResponse<String> serving = post(manager, d + "/serving", "{\"menuItemId\":" + menuItem
                + ",\"portioningFinishedAt\":\"" + minutesAgo(app, 30) + "\",\"eatingStartsAt\":\"" + minutesAgo(app, 10)
                + "\",\"utensils\":\"Khay inox có nắp\"}");
        assertEquals(201, serving.statusCode(), serving.body());

        String sample = "{\"menuItemId\":" + menuItem + ",\"containerType\":\"Hộp inox có nắp\",\"sealed\":true,"
                + "\"takenAt\":\"" + minutesAgo(app, 20) + "\",\"storagePlace\":\"Tủ lưu mẫu số 1\",";
        HttpResponse<String> tooLittle = post(manager, d + "/samples", sample + "\"amount\":120,\"storageCelsius\":4}");
        assertEquals(400, tooLittle.statusCode(), tooLittle.body());
        assertTrue(tooLittle.body().contains("tối thiểu 150 ml"), tooLittle.body());
        HttpResponse<String> tooLittleInEnglish = app.postJson(path(d + "/samples"), sample
                + "\"amount\":120,\"storageCelsius\":4}", "Authorization", "Bearer " + manager, "Accept-Language", "en");
        assertEquals(400, tooLittleInEnglish.statusCode(), tooLittleInEnglish.body());
        assertTrue(tooLittleInEnglish.body().contains("a liquid dish needs at least 150 ml"), tooLittleInEnglish.body());
        HttpResponse<String> tooWarm = post(manager, d + "/samples", sample + "\"amount\":160,\"storageCelsius\":10}");
        assertEquals(400, tooWarm.statusCode(), tooWarm.body());
        assertTrue(tooWarm.body().contains("2–8 °C"), tooWarm.body());

        HttpResponse<String> early = post(manager, d + "/close", "{}");
        assertEquals(400, early.statusCode(), early.body());
        assertTrue(early.body().contains("chưa có mẫu lưu"), early.body());
        HttpResponse<String> earlyInEnglish = app.postJson(path(d + "/close?lang=en"), "{}", "Authorization", "Bearer " + manager);
        assertEquals(400, earlyInEnglish.statusCode(), earlyInEnglish.body());
        assertTrue(earlyInEnglish.body().contains("has no kept sample yet"), earlyInEnglish.body());

        HttpResponse<String> taken = post(manager, d + "/samples", sample + "\"amount\":160,\"storageCelsius\":4.5}");
        assertEquals(201, taken.statusCode(), taken.body());
        String code = JSON.readTree(taken.body()).path("code").asText();
        assertEquals("MAU-" + today.toString().replace("-", "") + "-01", code);

        HttpResponse<String> tooSoon = post(manager, "/samples/" + code + "/destruction",
                "{\"finalCelsius\":4,\"destroyerConfirmed\":true,\"storerConfirmed\":true}");
        assertEquals(400, tooSoon.statusCode(), tooSoon.body());
        assertTrue(tooSoon.body().contains("chưa đủ 24 giờ"), tooSoon.body());

        HttpResponse<String> closed = post(manager, d + "/close", "{}");
        assertEquals(201, closed.statusCode(), closed.body());
        assertEquals(1, JSON.readTree(closed.body()).path("version").asInt());
        HttpResponse<String> again = post(manager, d + "/close", "{\"reason\":\"bấm lại\"}");
        assertEquals(400, again.statusCode(), again.body());
        assertTrue(again.body().contains("không thay đổi"), again.body());

        JsonNode anchored = KitchenFixtures.awaitAnchored(app, manager, today);
        assertEquals("DONE", anchored.path("versions").get(0).path("ledgerStatus").asText(), anchored.toString());
        assertTrue(app.get("/truong/" + SCHOOL + "/" + today).body().contains("Đã xác thực trên sổ cái"));

        HttpResponse<String> late = post(manager, d + "/deliveries", "{\"table\":\"PACKAGED\",\"supplierId\":" + supplier
                + ",\"foodName\":\"Muối i-ốt\",\"manufacturer\":\"Công ty Muối Bạc Liêu\",\"manufacturerAddress\":\"Bạc Liêu\","
                + "\"expiryDate\":\"" + today.plusYears(1) + "\",\"receivedAt\":\"" + received + "\",\"quantity\":2,"
                + "\"unit\":\"KILOGRAM\",\"deliveredBy\":\"Lò Văn Tươi\",\"invoiceRef\":\"HĐ 78\"}");
        assertEquals(201, late.statusCode(), late.body());
        HttpResponse<String> noReason = post(manager, d + "/close", "{}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("lý do"), noReason.body());
        HttpResponse<String> amended = post(manager, d + "/close", "{\"reason\":\"Bổ sung phiếu nhận muối ghi trên giấy\"}");
        assertEquals(201, amended.statusCode(), amended.body());
        assertEquals(2, JSON.readTree(amended.body()).path("version").asInt());
        JsonNode second = KitchenFixtures.awaitAnchored(app, manager, today);
        assertEquals("DONE", second.path("versions").get(1).path("ledgerStatus").asText(), second.toString());
        assertTrue(app.get("/truong/" + SCHOOL + "/" + today).body().contains("phiên bản <span>2</span>"));

        HttpResponse<byte[]> pdf = app.getBytes(path("/forms.pdf?from=" + today), "Authorization", "Bearer " + manager);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = KitchenFixtures.pdfText(pdf.body());
        for (String heading : new String[] {"Mẫu số 1", "Mẫu số 2", "Mẫu số 3", "Mẫu số 4", "Mẫu số 5",
                "Kiểm tra trước khi ăn (Bước 3)", "Canh chua cá", "Muối i-ốt"}) {
            assertTrue(text.contains(heading), () -> "missing " + heading + " in\n" + text);
        }
        HttpResponse<byte[]> xlsx = app.getBytes(path("/forms.xlsx?from=" + today), "Authorization", "Bearer " + manager);
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', (char) xlsx.body()[0], "an XLSX file is a zip");
    }

    /** Form 4 labels come from the recorded samples and their QR opens the sample's day in the kitchen book. */
    @Test
    void sampleLabelsArePrintedFromTheRecordedSamplesAndScanBackToThem() throws Exception {
        LocalDate day = lastSchoolDay();
        JsonNode view = KitchenFixtures.awaitAnchored(app, manager, day);
        String code = view.path("samples").get(0).path("code").asText();
        HttpResponse<byte[]> png = app.getBytes(path("/samples/" + code + "/label?format=png&stock=MM_60_X_40&dpi=300"),
                "Authorization", "Bearer " + manager);
        assertEquals(200, png.statusCode(), new String(png.body(), java.nio.charset.StandardCharsets.UTF_8));
        String link = PhoneScanner.read(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body())));
        assertEquals("https://truyxuat.dienbien.example/bep/" + SCHOOL + "/" + day + "?buoc=luu-mau&mau=" + code, link);

        HttpResponse<byte[]> zpl = app.getBytes(path("/days/" + day + "/sample-labels?format=zpl"),
                "Authorization", "Bearer " + manager);
        assertEquals(200, zpl.statusCode());
        String job = new String(zpl.body(), java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(view.path("samples").size(), job.split("\\^XA", -1).length - 1, "one label per sample of the day");

        HttpResponse<byte[]> pdf = app.getBytes(path("/days/" + day + "/sample-labels"), "Authorization", "Bearer " + manager);
        assertEquals(200, pdf.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertEquals(view.path("samples").size(), document.getNumberOfPages(), "a page per sample, at the label's size");
        }

        String inspector = KitchenFixtures.token(app, "thanh.tra", "demo-inspector-2026");
        assertEquals(200, app.getBytes(path("/samples/" + code + "/label"), "Authorization", "Bearer " + inspector).statusCode());
        String other = KitchenFixtures.token(app, "bep.noongbua", "other-kitchen-2026");
        assertEquals(403, app.getBytes(path("/samples/" + code + "/label"), "Authorization", "Bearer " + other).statusCode());
        assertEquals(404, app.getBytes(path("/samples/NO-SUCH/label"), "Authorization", "Bearer " + manager).statusCode());
        assertEquals(400, app.getBytes(path("/samples/" + code + "/label?format=docx"), "Authorization", "Bearer " + manager)
                .statusCode());
        assertEquals(400, app.getBytes(path("/days/" + day + "/sample-labels?format=png"), "Authorization", "Bearer " + manager)
                .statusCode());
    }

    /**
     * A suspected food poisoning: the manager holds the samples of an earlier day, nobody can destroy them, the
     * inspector sees the hold on the inspectors' page and lifts it with the authority's reference, and then the
     * manager may destroy a sample. Staff and other schools cannot hold; staff cannot destroy.
     */
    @Test
    void aHeldSampleCannotBeDestroyedUntilTheInspectorLiftsTheHoldWithAReference() throws Exception {
        LocalDate day = lastSchoolDay();
        while (day.plusDays(2).isAfter(KitchenFixtures.today(app))) {
            day = day.minusDays(1);
        }
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        JsonNode view = JSON.readTree(app.get(path("/days/" + day), "Authorization", "Bearer " + manager).body());
        String code = view.path("samples").get(0).path("code").asText();
        String staff = KitchenFixtures.token(app, "cap.duong", "kitchen-staff-2026");
        String other = KitchenFixtures.token(app, "bep.noongbua", "other-kitchen-2026");
        String inspector = KitchenFixtures.token(app, "thanh.tra", "demo-inspector-2026");
        LocalDate today = KitchenFixtures.today(app);
        String hold = "{\"from\":\"" + day + "\",\"to\":\"" + today + "\",\"reason\":\"Nghi ngộ độc thực phẩm sau bữa trưa\"}";

        assertEquals(403, post(staff, "/holds", hold).statusCode());
        assertEquals(403, post(other, "/holds", hold).statusCode());
        HttpResponse<String> noHoldReason = app.postJson(path("/holds"), "{\"from\":\"" + day + "\"}",
                "Authorization", "Bearer " + manager, "Accept-Language", "en");
        assertEquals(400, noHoldReason.statusCode(), "a hold needs a reason");
        assertTrue(noHoldReason.body().contains("Enter the reason for the hold"), noHoldReason.body());
        HttpResponse<String> placed = post(manager, "/holds", hold);
        assertEquals(201, placed.statusCode(), placed.body());
        String holdId = JSON.readTree(placed.body()).path("holdId").asText();
        assertTrue(holdId.startsWith("PT-"), holdId);

        JsonNode held = JSON.readTree(app.get(path("/days/" + day), "Authorization", "Bearer " + manager).body());
        for (JsonNode sample : held.path("samples")) {
            assertTrue(sample.path("held").asBoolean(), sample.toString());
            assertTrue(sample.path("holdReasons").asText().contains("Nghi ngộ độc"), sample.toString());
        }
        String destruction = "{\"finalCelsius\":4,\"destroyerConfirmed\":true,\"storerConfirmed\":true}";
        HttpResponse<String> refused = post(manager, "/samples/" + code + "/destruction", destruction);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("phong tỏa"), refused.body());
        HttpResponse<String> byStaff = post(staff, "/samples/" + code + "/destruction", destruction);
        assertEquals(403, byStaff.statusCode(), byStaff.body());
        assertTrue(byStaff.body().contains("quản lý bếp"), byStaff.body());
        String tablet = app.get("/bep/" + SCHOOL + "/" + day + "?buoc=luu-mau&lang=en", "Authorization", "Bearer " + manager,
                "Accept", "text/html").body();
        assertTrue(tablet.contains("<html lang=\"en\"") && tablet.contains("On hold") && tablet.contains(holdId)
                && tablet.contains("Not while on hold"), tablet);
        assertFalse(app.get("/truong/" + SCHOOL + "/" + day).body().contains("Nghi ngộ độc"),
                "a hold is incident data, not on the parents' page");

        HttpResponse<String> page = app.get("/bep", "Authorization", "Bearer " + inspector, "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(holdId) && page.body().contains("Nghi ngộ độc thực phẩm sau bữa trưa"), page.body());
        HttpResponse<String> english = app.get("/bep?lang=en", "Authorization", "Bearer " + inspector, "Accept", "text/html");
        assertTrue(english.body().contains("Legal hold on samples") && english.body().contains("Lift the hold"), english.body());

        assertEquals(400, post(inspector, "/holds/" + holdId + "/release", "{}").statusCode(), "lifting needs a reference");
        assertEquals(403, post(staff, "/holds/" + holdId + "/release", "{\"releaseReference\":\"x\"}").statusCode());
        HttpResponse<String> lifted = post(inspector, "/holds/" + holdId + "/release",
                "{\"releaseReference\":\"Công văn 45/CCATTP ngày " + day + "\"}");
        assertEquals(204, lifted.statusCode(), lifted.body());
        assertEquals(409, post(inspector, "/holds/" + holdId + "/release", "{\"releaseReference\":\"lần hai\"}").statusCode());
        HttpResponse<String> destroyed = post(manager, "/samples/" + code + "/destruction", destruction);
        assertEquals(204, destroyed.statusCode(), destroyed.body());
        for (LocalDate d = day; !d.isAfter(today); d = d.plusDays(1)) {
            HttpResponse<String> covered = app.get(path("/days/" + d), "Authorization", "Bearer " + manager);
            assertEquals(200, covered.statusCode(), "every day the lifted hold covered still reads: " + covered.body());
        }
    }

    /** Staff note why the dishes differed from the menu; once the day is closed again the note is on Form 3 and for parents. */
    @Test
    void aMenuDeviationNoteIsOnTheDayTheFormsAndTheParentsPageAfterClosing() throws Exception {
        LocalDate day = lastSchoolDay();
        String staff = KitchenFixtures.token(app, "cap.duong", "kitchen-staff-2026");
        String note = "{\"meal\":\"LUNCH\",\"dishName\":\"Chuối tiêu\",\"note\":\"Thay chuối bằng dưa hấu vì chuối giao xanh\"}";
        assertEquals(400, post(staff, "/days/" + day + "/deviations", "{\"dishName\":\"Chuối tiêu\"}").statusCode(),
                "a note needs what changed and why");
        HttpResponse<String> noted = post(staff, "/days/" + day + "/deviations", note);
        assertEquals(201, noted.statusCode(), noted.body());
        JsonNode view = JSON.readTree(app.get(path("/days/" + day), "Authorization", "Bearer " + manager).body());
        assertEquals("Thay chuối bằng dưa hấu vì chuối giao xanh", view.path("deviations").get(0).path("note").asText());
        assertEquals("Cà Thị Dưỡng", view.path("deviations").get(0).path("enteredBy").asText());
        assertTrue(view.path("changedSinceClose").asBoolean(), "the note changes the closed day");

        assertFalse(app.get("/truong/" + SCHOOL + "/" + day).body().contains("chuối giao xanh"),
                "parents see what was closed, not a draft");
        HttpResponse<String> amended = post(manager, "/days/" + day + "/close", "{\"reason\":\"Ghi thay đổi thực đơn\"}");
        assertEquals(201, amended.statusCode(), amended.body());
        String text = KitchenFixtures.pdfText(app.getBytes(path("/forms.pdf?from=" + day), "Authorization", "Bearer " + manager)
                .body());
        assertTrue(text.contains("Khác thực đơn") && text.contains("chuối giao xanh"), text);
        String publicPage = app.get("/truong/" + SCHOOL + "/" + day).body();
        assertTrue(publicPage.contains("Thay đổi so với thực đơn") && publicPage.contains("chuối giao xanh"), publicPage);
        assertFalse(publicPage.contains("Cà Thị Dưỡng"), "no staff name on the public page");
    }

    @Test
    void otherOrganisationsCanNeitherReadNorWriteTheSchoolAndInspectorsOnlyRead() throws Exception {
        LocalDate day = lastSchoolDay();
        String other = KitchenFixtures.token(app, "bep.noongbua", "other-kitchen-2026");
        String producer = KitchenFixtures.token(app, "htx.muongang", "demo-coffee-2026");
        String inspector = KitchenFixtures.token(app, "thanh.tra", "demo-inspector-2026");
        String staff = KitchenFixtures.token(app, "cap.duong", "kitchen-staff-2026");

        for (String outsider : new String[] {other, producer}) {
            assertEquals(403, app.get(path("/days/" + day), "Authorization", "Bearer " + outsider).statusCode());
            assertEquals(403, app.getBytes(path("/forms.pdf?from=" + day), "Authorization", "Bearer " + outsider).statusCode());
            HttpResponse<String> write = post(outsider, "/days/" + KitchenFixtures.today(app).minusDays(7) + "/menu",
                    "{\"mealTime\":\"11:00\",\"dishName\":\"Phở\",\"servings\":10}");
            assertEquals(403, write.statusCode(), write.body());
            assertEquals(403, post(outsider, "/days/" + day + "/close", "{\"reason\":\"x\"}").statusCode());
        }
        HttpResponse<String> list = app.get("/api/v1/kitchens", "Authorization", "Bearer " + other);
        assertFalse(list.body().contains(SCHOOL), list.body());

        assertEquals(200, app.get(path("/days/" + day), "Authorization", "Bearer " + inspector).statusCode());
        assertEquals(200, app.getBytes(path("/forms.pdf?from=" + day), "Authorization", "Bearer " + inspector).statusCode());
        assertTrue(app.get("/api/v1/kitchens", "Authorization", "Bearer " + inspector).body().contains("NoongBuaSchoolMSP"));
        assertEquals(403, post(inspector, "/days/" + KitchenFixtures.today(app).minusDays(7) + "/menu",
                "{\"mealTime\":\"11:00\",\"dishName\":\"Phở\",\"servings\":10}").statusCode());

        HttpResponse<String> staffWrite = post(staff, "/days/" + KitchenFixtures.today(app).minusDays(7) + "/menu",
                "{\"mealTime\":\"11:00\",\"dishName\":\"Xôi gấc\",\"servings\":900}");
        assertEquals(201, staffWrite.statusCode(), staffWrite.body());
        HttpResponse<String> staffClose = post(staff, "/days/" + day + "/close", "{\"reason\":\"thử\"}");
        assertEquals(403, staffClose.statusCode(), staffClose.body());
        assertTrue(staffClose.body().contains("quản lý bếp"), staffClose.body());

        assertEquals(401, app.get(path("/days/" + day)).statusCode());
        assertEquals(404, app.get(path("/days/" + day).replace(SCHOOL, "KhongCoMSP"), "Authorization", "Bearer " + inspector)
                .statusCode());
        assertEquals(400, app.get(path("/days/hom-qua"), "Authorization", "Bearer " + inspector).statusCode());
    }
}

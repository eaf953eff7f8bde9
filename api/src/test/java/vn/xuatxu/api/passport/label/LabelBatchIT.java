package vn.xuatxu.api.passport.label;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.xuatxu.api.testing.PhoneScanner;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A producer prints a batch of serialised labels: the serials' Merkle root reaches the ledger, each printed
 * QR code leads to a page that proves the label genuine, a voided label says so, and a made-up serial is
 * told apart from an issued one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabelBatchIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private RunningApplication app;
    private String producer;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of());
        producer = "Bearer " + token("htx.muongang", "demo-coffee-2026");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private String token(String user, String password) throws Exception {
        HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        return JSON.readTree(login.body()).path("accessToken").asText();
    }

    private JsonNode awaitBatchCommitted(String batchId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode batch;
        do {
            batch = JSON.readTree(app.get("/api/v1/label-batches/" + batchId, "Authorization", producer).body());
            if (!"PENDING".equals(batch.path("ledgerStatus").asText())) {
                return batch;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        return batch;
    }

    @Test
    void printedSerialsAreProvenGenuineAndVoidedOrMadeUpOnesAreNot() throws Exception {
        HttpResponse<String> created = app.postJson("/api/v1/lots/1/label-batches", "{\"count\":4}", "Authorization", producer);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode batch = JSON.readTree(created.body());
        String batchId = batch.path("batchId").asText();
        assertEquals(4, batch.path("labelCount").asInt());
        assertTrue(batch.path("merkleRoot").asText().matches("[0-9a-f]{64}"));
        assertEquals("COMMITTED", awaitBatchCommitted(batchId).path("ledgerStatus").asText());

        HttpResponse<byte[]> pdf = app.getBytes("/api/v1/label-batches/" + batchId + "/labels?format=pdf",
                "Authorization", producer);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("content-type").orElseThrow());
        List<String> links = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(4, document.getNumberOfPages());
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < 4; page++) {
                links.add(PhoneScanner.read(renderer.renderImageWithDPI(page, 406, ImageType.GRAY)));
            }
        }
        assertEquals(4, links.stream().distinct().count(), "every label has its own serial");
        for (String link : links) {
            assertTrue(link.matches("https://truyxuat\\.dienbien\\.example/01/08938600001016/10/MA2026-001/21/[2-9A-Z]{13}\\?17=\\d{6}"), link);
            HttpResponse<String> page = app.get(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Tem chính hãng"), page.body());
        }

        HttpResponse<byte[]> zpl = app.getBytes("/api/v1/label-batches/" + batchId + "/labels?format=zpl",
                "Authorization", producer);
        assertEquals(200, zpl.statusCode());
        String job = new String(zpl.body(), StandardCharsets.US_ASCII);
        assertEquals(4, job.split("\\^XA", -1).length - 1, "one ZPL label format per serial");

        String voidedSerial = links.get(0).replaceAll(".*/21/([^?]+).*", "$1");
        HttpResponse<String> voided = app.postJson("/api/v1/label-batches/" + batchId + "/void",
                "{\"serials\":[\"" + voidedSerial + "\"],\"reason\":\"Tem in lỗi, đã tiêu hủy\"}", "Authorization", producer);
        assertEquals(200, voided.statusCode(), voided.body());
        assertEquals(1, JSON.readTree(voided.body()).path("voided").asInt());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String voidedPage;
        do {
            voidedPage = app.get(URI.create(links.get(0)).getRawPath()).body();
            Thread.sleep(100);
        } while (!voidedPage.contains("Tem này đã bị huỷ") && Instant.now().isBefore(deadline));
        assertTrue(voidedPage.contains("Tem này đã bị huỷ"), voidedPage);

        String madeUp = app.get("/01/08938600001016/10/MA2026-001/21/ZZZZZZZZZZZZZ").body();
        assertTrue(madeUp.contains("không có trong các lô tem đã phát hành"), madeUp);
        assertTrue(!madeUp.contains("Tem chính hãng"));

        HttpResponse<byte[]> afterVoid = app.getBytes("/api/v1/label-batches/" + batchId + "/labels?format=pdf",
                "Authorization", producer);
        try (PDDocument document = Loader.loadPDF(afterVoid.body())) {
            assertEquals(3, document.getNumberOfPages(), "a voided label is not printed again");
        }
    }

    @Test
    void badRequestsAndOtherOrganisationsAreRefused() throws Exception {
        assertEquals(400, app.postJson("/api/v1/lots/1/label-batches", "{\"count\":0}", "Authorization", producer).statusCode());
        HttpResponse<String> tooMany = app.postJson("/api/v1/lots/1/label-batches", "{\"count\":10001}", "Authorization", producer);
        assertEquals(400, tooMany.statusCode());
        assertTrue(JSON.readTree(tooMany.body()).path("message").asText().contains("10.000"), tooMany.body());
        HttpResponse<String> tooManyEn = app.postJson("/api/v1/lots/1/label-batches?lang=en", "{\"count\":10001}",
                "Authorization", producer);
        assertEquals(400, tooManyEn.statusCode());
        assertEquals("Print from 1 to 10.000 labels at a time.", JSON.readTree(tooManyEn.body()).path("message").asText(),
                tooManyEn.body());
        String kitchen = "Bearer " + token("bep.himlam", "demo-kitchen-2026");
        assertEquals(404, app.postJson("/api/v1/lots/1/label-batches", "{\"count\":1}", "Authorization", kitchen).statusCode());
        String agency = "Bearer " + token("so.nongnghiep", "demo-agency-2026");
        assertEquals(403, app.postJson("/api/v1/lots/1/label-batches", "{\"count\":1}", "Authorization", agency).statusCode());

        JsonNode batch = JSON.readTree(app.postJson("/api/v1/lots/1/label-batches", "{\"count\":1}", "Authorization", producer).body());
        String batchId = batch.path("batchId").asText();
        assertEquals(400, app.getBytes("/api/v1/label-batches/" + batchId + "/labels?format=docx", "Authorization", producer).statusCode());
        assertEquals(400, app.getBytes("/api/v1/label-batches/" + batchId + "/labels?dpi=150", "Authorization", producer).statusCode());
        assertEquals(404, app.get("/api/v1/label-batches/" + batchId, "Authorization", kitchen).statusCode());
        HttpResponse<String> notInBatch = app.postJson("/api/v1/label-batches/" + batchId + "/void",
                "{\"serials\":[\"NOTINBATCH\"],\"reason\":\"x\"}", "Authorization", producer, "Accept-Language", "en");
        assertEquals(400, notInBatch.statusCode());
        assertEquals("These serial numbers are not in this label batch: NOTINBATCH.",
                JSON.readTree(notInBatch.body()).path("message").asText(), notInBatch.body());
    }
}

package vn.xuatxu.api.passport.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.xuatxu.api.passport.sms.domain.Gsm7;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.db.Tables.LABEL_BATCH;
import static vn.xuatxu.api.db.Tables.LABEL_SERIAL;

/**
 * A buyer with a feature phone checks labels by SMS, through gateways played on loopback the way Kannel, an
 * Android gateway app, SMSSync and a scripted gateway call the webhook: a genuine label, one checked too
 * often (QR scans and SMS on one counter), a voided batch, a recalled lot, an unknown code, an unreadable
 * message and a sender over the rate limit; every reply fits one GSM-7 SMS; an SMPP link (played in memory)
 * is opened at startup and answered; and the agency reads the log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmsCheckIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "gw-secret-for-tests";
    private static final String GTIN = "08938600001016";
    private RunningApplication app;
    private FakeSmsGateway gateway;
    private String producer;
    private String agency;

    @BeforeAll
    void start() throws Exception {
        // Every QR scan counts here (all come from one address): this test is about the counter QR and SMS
        // share; the once-per-address rule for scans is ScanReportAndCacheIT's.
        app = RunningApplication.start(Map.of("xuatxu.sms.gateway-token", TOKEN, "xuatxu.sms.max-checks-per-sender", "4",
                "xuatxu.sms.many-checks", "3", "xuatxu.test.loopback-smpp", "true", "xuatxu.scans.repeat-window", "0s"));
        gateway = new FakeSmsGateway(app.uri("/api/v1/sms/inbound"), TOKEN);
        producer = "Bearer " + token("htx.muongang", "demo-coffee-2026");
        agency = "Bearer " + token("so.nongnghiep", "demo-agency-2026");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void aGenuineLabelIsConfirmedWithItsProductInOneSms() throws Exception {
        List<String> serials = serials(committedBatch(1, 2));

        HttpResponse<String> answer = gateway.json("0912000001", "XX " + serials.get(0).substring(0, 8));

        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode reply = JSON.readTree(answer.body());
        assertEquals("GENUINE", reply.path("verdict").asText());
        assertEquals("0912000001", reply.path("to").asText());
        String text = reply.path("message").asText();
        assertTrue(text.startsWith("Xuat Xu: TEM THAT."), text);
        assertTrue(text.contains("lo MA2026-001"), text);
        assertTrue(text.endsWith("Kiem tra lan dau."), text);
        assertTrue(Gsm7.fitsOneSms(text), text);
    }

    @Test
    @Order(2)
    void qrScansAndSmsChecksShareOneCounterAndManyChecksWarn() throws Exception {
        String serial = serials(committedBatch(1, 1)).get(0);
        for (int scan = 0; scan < 2; scan++) {
            HttpResponse<String> page = app.get("/01/" + GTIN + "/10/MA2026-001/21/" + serial);
            assertTrue(page.body().contains("Tem chính hãng"), page.body());
        }

        HttpResponse<String> third = gateway.kannel("+84912000002", "xx " + serial.substring(0, 4) + "-" + serial.substring(4, 8));
        assertEquals(200, third.statusCode(), third.body());
        assertTrue(third.headers().firstValue("content-type").orElseThrow().startsWith("text/plain"));
        assertTrue(third.body().startsWith("Xuat Xu: TEM THAT.") && third.body().endsWith("Lan kiem tra thu 3."), third.body());

        HttpResponse<String> fourth = gateway.androidForm("0912000003", "XX " + serial);
        assertEquals(200, fourth.statusCode(), fourth.body());
        assertTrue(fourth.body().startsWith("Xuat Xu: CANH BAO. Ma " + serial.substring(0, 8) + " da duoc kiem tra 4 lan tu "),
                fourth.body());
        assertTrue(Gsm7.fitsOneSms(fourth.body()), fourth.body());
    }

    @Test
    @Order(3)
    void aLabelOfAVoidedBatchIsReportedVoidedThroughSmsSync() throws Exception {
        String batchId = committedBatch(1, 2);
        List<String> serials = serials(batchId);
        HttpResponse<String> voided = app.postJson("/api/v1/label-batches/" + batchId + "/void",
                "{\"serials\":[\"" + String.join("\",\"", serials) + "\"],\"reason\":\"Cuộn tem bị mất\"}",
                "Authorization", producer);
        assertEquals(200, voided.statusCode(), voided.body());

        HttpResponse<String> answer = gateway.smsSync("0912000004", "XX " + serials.get(1).substring(0, 8));

        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode payload = JSON.readTree(answer.body()).path("payload");
        assertTrue(payload.path("success").asBoolean(), answer.body());
        assertEquals("send", payload.path("task").asText());
        assertEquals("0912000004", payload.path("messages").get(0).path("to").asText());
        String text = payload.path("messages").get(0).path("message").asText();
        assertTrue(text.startsWith("Xuat Xu: TEM DA BI HUY. Ma " + serials.get(1).substring(0, 8)), text);
    }

    @Test
    @Order(4)
    void aLabelOfARecalledLotSaysRecalled() throws Exception {
        HttpResponse<String> created = app.postJson("/api/v1/lots", "{\"gtin\":\"" + GTIN + "\",\"lotNumber\":\"SMS-THUHOI\","
                + "\"productionDate\":\"" + LocalDate.now().minusDays(2) + "\",\"quantity\":40,\"unit\":\"kg\"}",
                "Authorization", producer);
        assertEquals(201, created.statusCode(), created.body());
        long lotId = JSON.readTree(created.body()).path("id").asLong();
        String serial = serials(committedBatch(lotId, 1)).get(0);
        HttpResponse<String> recall = app.postJson("/api/v1/lots/" + lotId + "/recall",
                "{\"reason\":\"Phát hiện nấm mốc trong mẫu lưu\"}", "Authorization", agency);
        assertEquals(201, recall.statusCode(), recall.body());

        HttpResponse<String> answer = gateway.json("0912000005", "XX " + serial.substring(0, 8));

        JsonNode reply = JSON.readTree(answer.body());
        assertEquals("RECALLED", reply.path("verdict").asText(), answer.body());
        assertTrue(reply.path("message").asText().startsWith("Xuat Xu: HANG BI THU HOI."), answer.body());
        assertTrue(reply.path("message").asText().contains("lo SMS-THUHOI da bi thu hoi"), answer.body());
    }

    @Test
    @Order(5)
    void anUnknownCodeAndAnUnreadableMessageGetHelpfulReplies() throws Exception {
        JsonNode unknown = JSON.readTree(gateway.json("0912000006", "XX 2345ABCD").body());
        assertEquals("UNKNOWN", unknown.path("verdict").asText());
        assertTrue(unknown.path("message").asText().startsWith("Xuat Xu: KHONG CO ma 2345ABCD."), unknown.toString());

        HttpResponse<String> unreadable = gateway.kannel("0912000006", "Xin chào, kiểm tra giúp");
        assertEquals("Xuat Xu: Khong doc duoc ma. Soan XX va ma 8 ky tu in sau chu SMS tren tem, vi du: XX 7KQ2MZ9D",
                unreadable.body());
    }

    @Test
    @Order(6)
    void aSenderOverTheLimitIsAskedToWaitAndOthersAreNot() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertEquals("UNKNOWN", JSON.readTree(gateway.json("0987 654 321", "XX 2345ABC" + (char) ('D' + i)).body())
                    .path("verdict").asText());
        }
        JsonNode limited = JSON.readTree(gateway.json("+84987654321", "XX 2345ABCD").body());
        assertEquals("RATE_LIMITED", limited.path("verdict").asText(), "the same number written another way");
        assertTrue(limited.path("message").asText().contains("da gui qua 4 tin kiem tra trong 1 gio"), limited.toString());
        assertEquals("UNKNOWN", JSON.readTree(gateway.json("0987654322", "XX 2345ABCD").body()).path("verdict").asText());
    }

    @Test
    @Order(7)
    void theWebhookRefusesCallersWithoutTheTokenAndMessagesWithoutASender() throws Exception {
        assertEquals(403, gateway.json("0912000007", "XX 2345ABCD", "wrong-token").statusCode());
        HttpResponse<String> noToken = gateway.json("0912000007", "XX 2345ABCD", null);
        assertEquals(403, noToken.statusCode());
        assertTrue(JSON.readTree(noToken.body()).path("message").asText().contains("Mã bí mật"), noToken.body());
        assertEquals(400, gateway.json("", "XX 2345ABCD").statusCode());
    }

    @Test
    @Order(8)
    void anSmppLinkIsOpenedAtStartupAndItsRepliesAreSingleGsm7Messages() {
        LoopbackSmppLink link = app.context().getBean(LoopbackSmppLink.class);
        assertTrue(link.isOpen(), "opened when the server started");

        link.deliver("+84912000010", "XX 2345ABCE");

        LoopbackSmppLink.Submitted reply = link.submitted.get(link.submitted.size() - 1);
        assertEquals("+84912000010", reply.destination());
        assertTrue(reply.septets().length <= 160);
        assertEquals(0x58, reply.septets()[0], "GSM-7 'X' is 0x58 as in ASCII");
    }

    @Test
    @Order(9)
    void theAgencyReadsTheLogWithMaskedNumbersAndOthersCannot() throws Exception {
        HttpResponse<String> log = app.get("/api/v1/sms/checks?limit=100", "Authorization", agency);
        assertEquals(200, log.statusCode(), log.body());
        JsonNode rows = JSON.readTree(log.body());
        Set<String> verdicts = new HashSet<>();
        rows.forEach(row -> verdicts.add(row.path("verdict").asText()));
        assertEquals(Set.of("GENUINE", "CHECKED_MANY_TIMES", "VOIDED", "RECALLED", "UNKNOWN", "MALFORMED", "RATE_LIMITED"),
                verdicts);
        assertTrue(rows.get(0).path("id").asLong() > rows.get(rows.size() - 1).path("id").asLong(), "newest first");
        assertFalse(log.body().contains("987654321") || log.body().contains("912000001"), "no full phone numbers");
        assertTrue(log.body().contains("+8498****321"), log.body());
        assertTrue(log.body().contains("webhook:script"), log.body());
        assertTrue(log.body().contains("smpp:loopback"), log.body());

        assertEquals(403, app.get("/api/v1/sms/checks", "Authorization", producer).statusCode());
        assertEquals(400, app.get("/api/v1/sms/checks?limit=0", "Authorization", agency).statusCode());
        assertEquals(401, app.get("/api/v1/sms/checks").statusCode());
    }

    private String token(String user, String password) throws Exception {
        HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        return JSON.readTree(login.body()).path("accessToken").asText();
    }

    /** Creates a label batch for the lot and waits until the ledger holds its Merkle root. */
    private String committedBatch(long lotId, int count) throws Exception {
        HttpResponse<String> created = app.postJson("/api/v1/lots/" + lotId + "/label-batches", "{\"count\":" + count + "}",
                "Authorization", producer);
        assertEquals(201, created.statusCode(), created.body());
        String batchId = JSON.readTree(created.body()).path("batchId").asText();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String status;
        do {
            Thread.sleep(100);
            status = JSON.readTree(app.get("/api/v1/label-batches/" + batchId, "Authorization", producer).body())
                    .path("ledgerStatus").asText();
        } while ("PENDING".equals(status) && Instant.now().isBefore(deadline));
        assertEquals("COMMITTED", status);
        return batchId;
    }

    /** The batch's serials in printing order, as printed on its labels. */
    private List<String> serials(String batchId) {
        return app.context().getBean(DSLContext.class).select(LABEL_SERIAL.SERIAL).from(LABEL_SERIAL)
                .join(LABEL_BATCH).on(LABEL_BATCH.ID.eq(LABEL_SERIAL.BATCH_ID))
                .where(LABEL_BATCH.BATCH_ID.eq(batchId)).orderBy(LABEL_SERIAL.POSITION).fetch(LABEL_SERIAL.SERIAL);
    }
}

package vn.xuatxu.api.passport.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fresh install answers no SMS traffic: until a gateway token is configured, the webhook says it is off. */
class SmsWebhookClosedIT {

    @Test
    void withoutAGatewayTokenTheWebhookIsOff() throws Exception {
        try (RunningApplication app = RunningApplication.start(Map.of())) {
            HttpResponse<String> answer = app.postJson("/api/v1/sms/inbound", "{\"from\":\"0912000001\",\"text\":\"XX 2345ABCD\"}",
                    "X-Gateway-Token", "");
            assertEquals(503, answer.statusCode(), answer.body());
            assertTrue(new ObjectMapper().readTree(answer.body()).path("message").asText().contains("chưa được bật"),
                    answer.body());
        }
    }
}

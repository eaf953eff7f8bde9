package vn.xuatxu.api.problem;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A template that fails while rendering is answered at once with a clean error, never left hanging. */
class TemplateFailureIT {

    @Test
    void aBrokenTemplateIsAnsweredWithACleanServerError() throws Exception {
        try (RunningApplication app = RunningApplication.start(Map.of("xuatxu.test.broken-view", "true"))) {
            HttpResponse<String> page = app.get("/test-only/broken-view", "Accept", "text/html");
            assertEquals(500, page.statusCode());
            assertFalse(page.body().contains("Exception"), page.body());
            assertFalse(page.body().contains("missing.property"), page.body());
        }
    }
}

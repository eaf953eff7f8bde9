package vn.xuatxu.api.passport.sms.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.xuatxu.api.passport.sms.application.SmsChecks;
import vn.xuatxu.api.passport.sms.application.SmsSettings;
import vn.xuatxu.api.passport.sms.domain.InboundSms;
import vn.xuatxu.api.passport.sms.domain.OutboundSms;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The webhook SMS gateways call for each message a buyer sends to the check number. One address,
 * {@code /api/v1/sms/inbound}, speaks the formats the common gateways use (docs/sms.md has the setup):
 * <ul>
 *   <li>GET with a query string ({@code ?from=%p&text=%a&token=…}: Kannel's {@code get-url}, playSMS, many
 *       Android gateway apps' "forward to URL"): the reply is the {@code text/plain} body, which those gateways
 *       send back to the sender.</li>
 *   <li>POST {@code application/x-www-form-urlencoded}: the same fields, same plain-text reply; with
 *       {@code secret} and {@code message_id} (Ushahidi SMSSync and apps that copy it) or {@code ?format=smssync}
 *       the reply is SMSSync's JSON task ({@code payload.task = "send"}).</li>
 *   <li>POST {@code application/json} ({@code {"from": …, "text": …}}): a JSON reply with {@code to},
 *       {@code message} and {@code verdict}, for gateways that are scripted.</li>
 * </ul>
 * Field names are matched loosely (from/sender/phone/msisdn/number; text/message/body/content/sms) because
 * every gateway names them differently. A shared token (header {@code X-Gateway-Token}, or field
 * {@code token} or {@code secret}) must match {@code xuatxu.sms.gateway-token}; without a configured token
 * the webhook answers 503, so it is off until someone sets it up on purpose.
 */
@Controller("/api/v1/sms")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SmsWebhookController {

    private static final List<String> SENDER_FIELDS = List.of("from", "sender", "phone", "msisdn", "number", "phoneNumber");
    private static final List<String> TEXT_FIELDS = List.of("text", "message", "body", "content", "sms", "msg");
    private static final MediaType TEXT_PLAIN_UTF8 = MediaType.of("text/plain;charset=utf-8");

    private final SmsChecks checks;
    private final SmsSettings settings;

    SmsWebhookController(SmsChecks checks, SmsSettings settings) {
        this.checks = checks;
        this.settings = settings;
    }

    @Get(uri = "/inbound", produces = MediaType.ALL)
    HttpResponse<?> query(HttpRequest<?> request) {
        Map<String, String> fields = new HashMap<>();
        request.getParameters().forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
        return HttpResponse.ok(receive(request, fields).text()).contentType(TEXT_PLAIN_UTF8);
    }

    @Post(uri = "/inbound", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.ALL)
    HttpResponse<?> form(HttpRequest<?> request, @Nullable @Body Map<String, String> form) {
        Map<String, String> fields = new HashMap<>(form == null ? Map.of() : form);
        request.getParameters().forEach((name, values) -> fields.putIfAbsent(name, values.isEmpty() ? "" : values.get(0)));
        OutboundSms reply = receive(request, fields);
        boolean smsSync = "smssync".equalsIgnoreCase(fields.get("format"))
                || (fields.containsKey("secret") && fields.containsKey("message_id"));
        if (smsSync) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("success", true);
            payload.put("error", null);
            payload.put("task", "send");
            payload.put("messages", List.of(Map.of("to", reply.to(), "message", reply.text(),
                    "uuid", "reply-" + fields.getOrDefault("message_id", "0"))));
            return HttpResponse.ok(Map.of("payload", payload)).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return HttpResponse.ok(reply.text()).contentType(TEXT_PLAIN_UTF8);
    }

    @Post(uri = "/inbound", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> json(HttpRequest<?> request, @Nullable @Body Map<String, Object> body) {
        Map<String, String> fields = new HashMap<>();
        if (body != null) {
            body.forEach((name, value) -> {
                if (value instanceof String || value instanceof Number) {
                    fields.put(name, String.valueOf(value));
                }
            });
        }
        OutboundSms reply = receive(request, fields);
        return HttpResponse.ok(Map.of("to", reply.to(), "message", reply.text(), "verdict", reply.verdict().name()));
    }

    private OutboundSms receive(HttpRequest<?> request, Map<String, String> fields) {
        requireToken(request, fields);
        String from = first(fields, SENDER_FIELDS);
        String text = first(fields, TEXT_FIELDS);
        if (from == null || from.isBlank() || from.length() > 40) {
            throw new ProblemException.InvalidInput("from", PageText.of("sms.error.fromMissing"));
        }
        if (text == null || text.length() > 1600) {
            throw new ProblemException.InvalidInput("text", PageText.of("sms.error.textMissing"));
        }
        String gateway = fields.getOrDefault("gateway", "webhook");
        return checks.answer(new InboundSms("webhook:" + gateway.replaceAll("[^A-Za-z0-9._-]", "").toLowerCase(Locale.ROOT),
                from.strip(), text));
    }

    private void requireToken(HttpRequest<?> request, Map<String, String> fields) {
        String expected = settings.gatewayToken();
        if (expected.isEmpty()) {
            throw new ProblemException.Unavailable(PageText.of("sms.error.gatewayOff"));
        }
        String given = request.getHeaders().get("X-Gateway-Token");
        if (given == null) {
            given = fields.getOrDefault("token", fields.get("secret"));
        }
        if (given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException.Forbidden(PageText.of("sms.error.gatewayToken"));
        }
    }

    private static String first(Map<String, String> fields, List<String> names) {
        for (String name : names) {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                if (field.getKey().equalsIgnoreCase(name)) {
                    return field.getValue();
                }
            }
        }
        return null;
    }
}

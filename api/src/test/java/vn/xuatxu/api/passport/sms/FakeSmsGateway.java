package vn.xuatxu.api.passport.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Plays the SMS gateways that forward a buyer's message to our webhook over loopback, each the way the real
 * software does it: Kannel's get-url (GET with the query), an Android gateway app posting a form, Ushahidi
 * SMSSync (form with secret and message_id, JSON task back), and a scripted gateway posting JSON.
 */
final class FakeSmsGateway {

    private final URI webhook;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong messageIds = new AtomicLong();

    FakeSmsGateway(URI webhook, String token) {
        this.webhook = webhook;
        this.token = token;
    }

    /** Kannel {@code get-url = "http://…/api/v1/sms/inbound?from=%p&text=%a&token=…"}. */
    HttpResponse<String> kannel(String from, String text) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(webhook + "?" + form(Map.of("from", from, "text", text, "token", token))))
                .GET());
    }

    /** An Android gateway app's "forward incoming SMS to URL" as a form post. */
    HttpResponse<String> androidForm(String from, String text) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("phoneNumber", from);
        fields.put("message", text);
        fields.put("receivedAt", "2026-11-23T10:00:00+07:00");
        return send(HttpRequest.newBuilder(webhook).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Gateway-Token", token).POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** Ushahidi SMSSync: form fields from, message, secret, message_id, sent_to, sent_timestamp. */
    HttpResponse<String> smsSync(String from, String text) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("from", from);
        fields.put("message", text);
        fields.put("secret", token);
        fields.put("message_id", "m-" + messageIds.incrementAndGet());
        fields.put("sent_to", "8088");
        fields.put("sent_timestamp", "1795000000000");
        fields.put("device_id", "gw-phone-1");
        return send(HttpRequest.newBuilder(webhook).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** A scripted gateway posting JSON. */
    HttpResponse<String> json(String from, String text, String withToken) throws IOException, InterruptedException {
        String body = "{\"from\":\"" + from + "\",\"text\":\"" + text.replace("\"", "\\\"") + "\",\"gateway\":\"script\"}";
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (withToken != null) {
            request.header("X-Gateway-Token", withToken);
        }
        return send(request);
    }

    HttpResponse<String> json(String from, String text) throws IOException, InterruptedException {
        return json(from, text, token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}

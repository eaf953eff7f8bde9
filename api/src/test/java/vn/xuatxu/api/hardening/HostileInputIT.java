package vn.xuatxu.api.hardening;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.db.Tables.LOT;

/**
 * Ten thousand malformed, oversized, wrongly encoded and boundary-value requests from a seeded generator to
 * every endpoint, public and signed-in. Nothing may answer 5xx or show a stack trace, the server stays
 * healthy, and the only lots stored are those the application answered 201 for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REQUESTS = 10_000;
    private static final String[] NASTY = {
        "", " ", "null", "0", "-1", "9223372036854775808", "1e309", "NaN", "true", "[]", "{}", "\"\"",
        "Cà phê", "Ca\u0300 phe\u0302\u0301", "\u202Eevil\u202C", "a\u200Bb", "\uFEFF", "\u0000", "%00", "../../etc/passwd",
        "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x}", "08938600001016", "8938600001016",
        "08938600001017", "MA2026-001", "A".repeat(21), "Ⅻ", "١٢٣", "😀".repeat(10), "x".repeat(5000),
        "2026-02-30", "2026-13-01", "99999-01-01", "kg", "tấn", "-5", "0.0001", "1000000001", "1e3"
    };

    private RunningApplication app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(20261123L);
    private String token;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of());
        HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}");
        token = JSON.readTree(login.body()).path("accessToken").asText();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void tenThousandHostileRequestsGetNoServerErrorAndChangeNothingTheyShouldNot() throws Exception {
        DSLContext db = app.context().getBean(DSLContext.class);
        int lotsBefore = db.fetchCount(LOT);
        int created = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            HttpRequest request = hostileRequest(i);
            boolean oversized = request.bodyPublisher().map(HttpRequest.BodyPublisher::contentLength).orElse(0L) > 2_000_000;
            HttpResponse<String> response;
            try {
                // An oversized body may make the server close the connection: send it on a connection of its own.
                response = (oversized ? HttpClient.newHttpClient() : http)
                        .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (java.io.IOException first) {
                if (oversized) {
                    continue;
                }
                // A kept-alive connection the server had already closed after an earlier refusal: the request
                // never reached it. Sent again on a fresh connection it must be answered.
                try {
                    response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                } catch (java.io.IOException second) {
                    failures.add(request.method() + " " + request.uri() + " → connection failed: " + second);
                    continue;
                }
            }
            if (response.statusCode() == 201) {
                created++;
            }
            String body = response.body();
            if (response.statusCode() >= 500 || body.contains("Exception") || body.contains("\tat ")
                    || body.contains("at vn.xuatxu.") || body.contains("at io.micronaut.")) {
                failures.add(request.method() + " " + request.uri() + " → " + response.statusCode() + " "
                        + body.substring(0, Math.min(300, body.length())));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first: " + failures.stream().limit(5).toList());
        HttpResponse<String> health = app.get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("UP", JSON.readTree(health.body()).path("status").asText());
        assertEquals(lotsBefore + created, db.fetchCount(LOT), "only lots answered 201 were stored");
    }

    private String nasty() {
        return NASTY[random.nextInt(NASTY.length)];
    }

    private String jsonString(String value) throws Exception {
        return JSON.writeValueAsString(value);
    }

    private HttpRequest hostileRequest(int i) throws Exception {
        String auth = "Bearer " + (random.nextInt(10) == 0 ? "not.a.token" : token);
        int kind = random.nextInt(40);
        switch (kind < 10 ? 0 : kind == 10 ? 1 : kind % 7 + 2) {
            case 0 -> {
                String body = random.nextBoolean() ? lotJson() : garbageBody();
                return post("/api/v1/lots", body, contentType(), auth);
            }
            case 1 -> {
                return post("/api/v1/auth/login", random.nextBoolean()
                        ? "{\"username\":" + jsonString(nasty()) + ",\"password\":" + jsonString(nasty()) + "}"
                        : garbageBody(), contentType(), null);
            }
            case 2 -> {
                return get("/api/v1/lots/" + encodePath(nasty()) + (random.nextBoolean() ? "/label.png" : ""), auth);
            }
            case 3 -> {
                return get("/01/" + encodePath(nasty()) + "/10/" + encodePath(nasty())
                        + (random.nextBoolean() ? "?17=" + encodeQuery(nasty()) : ""), null);
            }
            case 4 -> {
                return post("/dang-nhap", "username=" + encodeQuery(nasty()) + "&password=" + encodeQuery(nasty()),
                        random.nextBoolean() ? "application/x-www-form-urlencoded" : contentType(), null);
            }
            case 5 -> {
                HttpRequest.Builder form = HttpRequest.newBuilder(app.uri("/trang-chu/lo-hang"))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "XUATXU_SESSION=" + token)
                        .header("Origin", "http://localhost:" + app.uri("/").getPort())
                        .POST(HttpRequest.BodyPublishers.ofString("gtin=" + encodeQuery(nasty()) + "&lotNumber="
                                + encodeQuery(nasty()) + "&productionDate=" + encodeQuery(nasty()) + "&quantity="
                                + encodeQuery(nasty()) + "&unit=" + encodeQuery(nasty())));
                return form.build();
            }
            case 6 -> {
                return get("/trang-chu?moi=" + encodeQuery(nasty()), auth);
            }
            case 7 -> {
                String[] paths = {"/", "/health", "/01/", "/01/08938600001016", "/api/v1/", "/static/app.css",
                    "/static/../application.yml", "/.well-known/gs1resolver", "/dang-xuat", "/api/v1/lots"};
                String path = paths[random.nextInt(paths.length)];
                return random.nextBoolean() ? get(path, auth) : post(path, garbageBody(), contentType(), auth);
            }
            default -> {
                return get("/" + encodePath(nasty()) + "/" + encodePath(nasty()), random.nextBoolean() ? auth : null);
            }
        }
    }

    private String lotJson() throws Exception {
        return "{\"gtin\":" + jsonString(random.nextInt(3) == 0 ? "08938600001016" : nasty())
                + ",\"lotNumber\":" + jsonString(random.nextInt(3) == 0 ? "FZ-" + random.nextInt(1_000_000) : nasty())
                + ",\"productionDate\":" + (random.nextBoolean() ? jsonString("2026-11-01") : jsonString(nasty()))
                + ",\"bestBeforeDate\":" + (random.nextBoolean() ? "null" : jsonString(nasty()))
                + ",\"quantity\":" + (random.nextBoolean() ? "1" : jsonString(nasty()))
                + ",\"unit\":" + jsonString(random.nextBoolean() ? "kg" : nasty()) + "}";
    }

    private String garbageBody() {
        return switch (random.nextInt(7)) {
            case 0 -> "[".repeat(5000) + "]".repeat(5000);
            case 1 -> "{\"a\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001);
            case 2 -> "{\"gtin\":\"" + "9".repeat(3_000_000) + "\"}";
            case 3 -> new String(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x7B}, StandardCharsets.ISO_8859_1);
            case 4 -> "{\"gtin\": \"0893\u202E8600001016\", \"lotNumber\": \"A\u200BB\"";
            case 5 -> nasty();
            default -> "{\"quantity\": 1e999999, \"productionDate\": [1,2,3]}";
        };
    }

    private String contentType() {
        String[] types = {"application/json", "application/json; charset=latin1", "text/plain", "application/xml",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "", "*/*", "application/json;;;"};
        return types[random.nextInt(types.length)];
    }

    private HttpRequest post(String path, String body, String contentType, String auth) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!contentType.isEmpty()) {
            builder.header("Content-Type", contentType);
        }
        if (auth != null) {
            builder.header("Authorization", auth);
        }
        return builder.build();
    }

    private HttpRequest get(String path, String auth) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(20)).GET();
        String[] accepts = {"text/html", "application/json", "*/*", "image/png", "application/ld+json", "x/y"};
        builder.header("Accept", accepts[random.nextInt(accepts.length)]);
        if (auth != null) {
            builder.header("Authorization", auth);
        }
        return builder.build();
    }

    private static String encodePath(String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        return encoded.isEmpty() ? "%20" : encoded;
    }

    private static String encodeQuery(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package vn.xuatxu.api.producers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Locking an account against real MariaDB: its tokens stop working on the next request, its sign-in is refused
 * with a message that says so (only to someone with the right password), unlocking lets it sign in again
 * without reviving old tokens; who may lock whom, over the API and from the administration page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountDeactivationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private RunningApplication app;
    private String coop;
    private long coopId;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of());
        coop = token("htx.muongang", "demo-coffee-2026");
        coopId = JSON.readTree(get("/api/v1/organisations", coop).body()).get(0).path("id").asLong();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aLockedAccountLosesItsSessionsAtOnceAndIsToldWhyItCannotSignIn() throws Exception {
        long staffId = addStaff("lock.me");
        String staff = token("lock.me", "staff-password-1");
        assertEquals(200, get("/api/v1/products", staff).statusCode());

        HttpResponse<String> locked = post("/api/v1/organisations/" + coopId + "/accounts/" + staffId + "/deactivate", coop);
        assertEquals(200, locked.statusCode(), locked.body());
        assertFalse(JSON.readTree(locked.body()).path("active").asBoolean());
        HttpResponse<String> ended = get("/api/v1/products", staff);
        assertEquals(401, ended.statusCode(), "the token stops working on the next request");
        assertTrue(JSON.readTree(ended.body()).path("message").asText().contains("tài khoản bị khóa"), ended.body());

        HttpResponse<String> refused = login("lock.me", "staff-password-1");
        assertEquals(403, refused.statusCode());
        assertEquals("ACCOUNT_DEACTIVATED", JSON.readTree(refused.body()).path("error").asText());
        assertTrue(JSON.readTree(refused.body()).path("message").asText().contains("Tài khoản này đã bị khóa"), refused.body());
        assertEquals(401, login("lock.me", "a wrong password").statusCode(), "a wrong password learns nothing");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(app.uri("/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", app.uri("").toString())
                .POST(HttpRequest.BodyPublishers.ofString("username=lock.me&password=" + URLEncoder.encode("staff-password-1",
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("Tài khoản này đã bị khóa"), "the sign-in page says so too");

        HttpResponse<String> unlocked = post("/api/v1/organisations/" + coopId + "/accounts/" + staffId + "/reactivate", coop);
        assertEquals(200, unlocked.statusCode(), unlocked.body());
        assertTrue(JSON.readTree(unlocked.body()).path("active").asBoolean());
        assertEquals(401, get("/api/v1/products", staff).statusCode(), "unlocking does not revive old tokens");
        assertEquals(200, get("/api/v1/products", token("lock.me", "staff-password-1")).statusCode());
    }

    @Test
    void onlyTheOrganisationsAdminOrTheAgencyLocksAndNobodyLocksThemselves() throws Exception {
        long staffId = addStaff("guard.one");
        addStaff("guard.two");
        String other = token("guard.two", "staff-password-1");
        String path = "/api/v1/organisations/" + coopId + "/accounts/" + staffId + "/deactivate";
        assertEquals(403, post(path, other).statusCode(), "staff lock nobody");
        assertEquals(404, post(path, token("bep.himlam", "demo-kitchen-2026")).statusCode(),
                "to another organisation's admin the account is not there");
        assertEquals(404, post("/api/v1/organisations/" + coopId + "/accounts/999999/deactivate", coop).statusCode());
        long selfId = -1;
        for (JsonNode account : JSON.readTree(get("/api/v1/organisations/" + coopId + "/accounts", coop).body())) {
            if (account.path("username").asText().equals("htx.muongang")) {
                selfId = account.path("id").asLong();
            }
        }
        assertEquals(409, post("/api/v1/organisations/" + coopId + "/accounts/" + selfId + "/deactivate", coop).statusCode());

        String agency = token("so.nongnghiep", "demo-agency-2026");
        assertEquals(200, post("/api/v1/organisations/" + coopId + "/accounts/" + selfId + "/deactivate", agency).statusCode(),
                "the agency locks an organisation's administrator");
        assertEquals(401, get("/api/v1/products", coop).statusCode());
        assertEquals(403, login("htx.muongang", "demo-coffee-2026").statusCode());
        assertEquals(200, post("/api/v1/organisations/" + coopId + "/accounts/" + selfId + "/reactivate", agency).statusCode());
        coop = token("htx.muongang", "demo-coffee-2026");
    }

    @Test
    void theAdministrationPageLocksAndUnlocks() throws Exception {
        long staffId = addStaff("page.lock");
        HttpResponse<String> locked = form("/quan-tri/nguoi-dung/" + staffId + "/khoa");
        assertEquals(303, locked.statusCode(), locked.body());
        assertEquals("/quan-tri?xong=khoa", locked.headers().firstValue("location").orElseThrow());
        String page = app.get("/quan-tri?xong=khoa", "Authorization", "Bearer " + coop, "Accept", "text/html").body();
        String item = page.substring(page.indexOf("id=\"nguoi-dung-" + staffId + "\""));
        item = item.substring(0, item.indexOf("</li>"));
        assertTrue(item.contains("Đã khóa") && item.contains("/mo-khoa"), item);
        assertEquals(403, login("page.lock", "staff-password-1").statusCode());
        assertEquals(303, form("/quan-tri/nguoi-dung/" + staffId + "/mo-khoa").statusCode());
        assertEquals(200, login("page.lock", "staff-password-1").statusCode());
    }

    private long addStaff(String username) throws Exception {
        HttpResponse<String> created = app.postJson("/api/v1/organisations/" + coopId + "/accounts",
                "{\"username\":\"" + username + "\",\"displayName\":\"Lò Thị Hoa\",\"password\":\"staff-password-1\","
                        + "\"roles\":[\"STAFF\"]}", "Authorization", "Bearer " + coop);
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).path("id").asLong();
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        return app.postJson("/api/v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private String token(String username, String password) throws Exception {
        HttpResponse<String> login = login(username, password);
        assertEquals(200, login.statusCode(), login.body());
        return JSON.readTree(login.body()).path("accessToken").asText();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return app.get(path, "Authorization", "Bearer " + token, "Accept", "application/json");
    }

    private HttpResponse<String> post(String path, String token) throws Exception {
        return app.postJson(path, "{}", "Authorization", "Bearer " + token);
    }

    private HttpResponse<String> form(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + coop).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
    }
}

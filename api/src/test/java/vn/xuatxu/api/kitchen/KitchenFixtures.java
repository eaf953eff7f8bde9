package vn.xuatxu.api.kitchen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.application.OrganisationRegistration;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.persistence.OrganisationStore;
import vn.xuatxu.api.testing.RunningApplication;

/** Shared steps of the kitchen tests: sign-in, a second school, times earlier today, PDF text. */
final class KitchenFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SCHOOL = "HimLamSchoolMSP";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private KitchenFixtures() {
    }

    static String token(RunningApplication app, String username, String password) throws Exception {
        HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        return JSON.readTree(login.body()).path("accessToken").asText();
    }

    /** Another school kitchen with a manager, and a kitchen staff member of the demo school. */
    static void addOtherPeople(RunningApplication app) {
        DSLContext db = app.context().getBean(DSLContext.class);
        OrganisationRegistration registration = app.context().getBean(OrganisationRegistration.class);
        OrganisationStore organisations = app.context().getBean(OrganisationStore.class);
        db.transaction(c -> {
            long other = registration.register(c.dsl(), new OrganisationStore.NewOrganisation("NoongBuaSchoolMSP",
                    "Trường Tiểu học Noong Bua", OrganisationKind.SCHOOL_KITCHEN, "Điện Biên", null, "Phường Noong Bua"));
            registration.addAccount(c.dsl(), other, "bep.noongbua", "Lò Thị Xuân", "other-kitchen-2026",
                    Set.of(Role.KITCHEN_MANAGER));
            long himLam = organisations.idByMspId(c.dsl(), SCHOOL).orElseThrow();
            registration.addAccount(c.dsl(), himLam, "cap.duong", "Cà Thị Dưỡng", "kitchen-staff-2026",
                    Set.of(Role.KITCHEN_STAFF));
        });
    }

    /** Starts the application at mid-morning of today in Vietnam (see KitchenHoursClockFactory), at any real hour. */
    static RunningApplication startAtKitchenHours() throws IOException {
        return RunningApplication.start(Map.of("xuatxu.test.kitchen-hours-clock", "true"));
    }

    /** A time of the application's today, {@code minutesAgo} before its now, as HH:mm. */
    static String minutesAgo(RunningApplication app, int minutesAgo) {
        LocalDateTime now = LocalDateTime.now(clock(app)).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime then = now.minusMinutes(minutesAgo);
        assertEquals(now.toLocalDate(), then.toLocalDate(), "started at kitchen hours, " + minutesAgo + " min ago is today");
        return then.toLocalTime().toString();
    }

    /** Today in Vietnam, as the application under test computes it. */
    static LocalDate today(RunningApplication app) {
        return LocalDate.now(clock(app));
    }

    private static Clock clock(RunningApplication app) {
        return app.context().getBean(Clock.class).withZone(VIETNAM);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Reads the day until its latest version has left the outbox (or 30 s have passed). */
    static JsonNode awaitAnchored(RunningApplication app, String token, LocalDate day) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            HttpResponse<String> read = app.get("/api/v1/kitchens/" + SCHOOL + "/days/" + day, "Authorization", "Bearer " + token);
            assertEquals(200, read.statusCode(), read.body());
            JsonNode view = JSON.readTree(read.body());
            JsonNode versions = view.path("versions");
            String status = versions.size() == 0 ? "" : versions.get(versions.size() - 1).path("ledgerStatus").asText();
            if (!"PENDING".equals(status) || Instant.now().isAfter(deadline)) {
                return view;
            }
            Thread.sleep(200);
        }
    }
}

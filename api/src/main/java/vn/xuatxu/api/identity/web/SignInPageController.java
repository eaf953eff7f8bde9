package vn.xuatxu.api.identity.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.security.authentication.Authentication;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.application.SignIn;
import vn.xuatxu.api.identity.application.SignInOutcome;
import vn.xuatxu.api.identity.persistence.SessionStore;
import vn.xuatxu.api.platform.i18n.PageText;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Sign-in for the pages: the same signed token as the API, carried in an HttpOnly, SameSite=Strict cookie
 * so page scripts never see it and other sites cannot send it.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SignInPageController {

    static final String HOME = "/trang-chu";
    /** Unknown name or wrong password, deliberately not told apart. */
    static final PageText WRONG = PageText.of("login.error.wrong");
    private final SignIn signIn;
    private final SessionTokens tokens;
    private final String cookieName;
    private final DSLContext db;
    private final SessionStore sessions;

    SignInPageController(SignIn signIn, SessionTokens tokens,
                         @Value("${micronaut.security.token.cookie.cookie-name:XUATXU_SESSION}") String cookieName,
                         DSLContext db, SessionStore sessions) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.cookieName = cookieName;
        this.db = db;
        this.sessions = sessions;
    }

    @Get("/dang-nhap")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page() {
        return new ModelAndView<>("login", new HashMap<>());
    }

    @Post(uri = "/dang-nhap", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, String> form) {
        String username = form.get("username");
        SignInOutcome outcome = signIn.attempt(username, form.get("password"), AuthController.addressOf(request));
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            return HttpResponse.seeOther(URI.create(HOME)).cookie(sessionCookie(request,
                    tokens.issue(signedIn.account().actor()), Duration.ofSeconds(tokens.lifetimeSeconds())));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("username", username == null ? "" : username);
        if (outcome instanceof SignInOutcome.Throttled throttled) {
            model.put("error", throttled.text());
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(throttled.retryAfterSeconds()))
                    .body(new ModelAndView<>("login", model));
        }
        if (outcome instanceof SignInOutcome.Deactivated) {
            model.put("error", SignInOutcome.Deactivated.TEXT);
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ModelAndView<>("login", model));
        }
        model.put("error", WRONG);
        return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(new ModelAndView<>("login", model));
    }

    @Post(uri = "/dang-xuat", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> signOut(HttpRequest<?> request, @Nullable Authentication authentication,
                            @Nullable @Body Map<String, String> ignored) {
        if (authentication != null && authentication.getAttributes().containsKey(Actors.USER_ID)) {
            Actors.Session session = Actors.sessionOf(authentication);
            if (session.sessionId() != null) {
                sessions.revoke(db, session.sessionId(), session.userId(), session.expiresAt());
            }
        }
        return HttpResponse.seeOther(URI.create("/dang-nhap")).cookie(sessionCookie(request, "", Duration.ZERO));
    }

    private Cookie sessionCookie(HttpRequest<?> request, String value, Duration lifetime) {
        return Cookie.of(cookieName, value)
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                .secure(request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto")))
                .path("/")
                .maxAge(lifetime);
    }
}

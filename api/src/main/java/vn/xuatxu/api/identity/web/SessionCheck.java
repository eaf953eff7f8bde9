package vn.xuatxu.api.identity.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.persistence.SessionStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.Problem;
import vn.xuatxu.api.problem.ProblemResponses;

import java.net.URI;
import java.util.Optional;

/**
 * Refuses a validly signed token whose session was ended: logged out, issued before a password change,
 * or belonging to a deactivated account. Runs after the security filter has verified the signature, so
 * only genuine tokens cost a database look-up.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SessionCheck implements Ordered {

    private final DSLContext db;
    private final SessionStore sessions;
    private final String cookieName;
    private final ProblemResponses responses;

    SessionCheck(DSLContext db, SessionStore sessions,
                 @io.micronaut.context.annotation.Value("${micronaut.security.token.cookie.cookie-name:XUATXU_SESSION}") String cookieName,
                 ProblemResponses responses) {
        this.responses = responses;
        this.db = db;
        this.sessions = sessions;
        this.cookieName = cookieName;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty() || !authentication.get().getAttributes().containsKey(Actors.USER_ID)) {
            return null;
        }
        Actors.Session session = Actors.sessionOf(authentication.get());
        if (sessions.isValid(db, session.userId(), session.sessionId(), session.issuedAt())) {
            return null;
        }
        if (request.getPath().startsWith("/api/")) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new Problem(401, "SESSION_ENDED", responses.text(request, PageText.of("login.error.sessionEnded")), null));
        }
        // A page: forget the cookie and ask again without it, so public pages still open and private ones lead
        // to sign-in; a form post cannot be replayed, so it goes to sign-in directly.
        URI target = request.getMethod() == io.micronaut.http.HttpMethod.GET
                ? URI.create(request.getUri().toString()) : URI.create("/dang-nhap");
        return HttpResponse.seeOther(target)
                .cookie(Cookie.of(cookieName, "").path("/").maxAge(0).httpOnly(true));
    }
}

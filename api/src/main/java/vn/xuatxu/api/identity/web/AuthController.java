package vn.xuatxu.api.identity.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.application.AccountAdministration;
import vn.xuatxu.api.identity.application.SignIn;
import vn.xuatxu.api.identity.application.SignInOutcome;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.persistence.AccountStore;
import vn.xuatxu.api.identity.persistence.SessionStore;
import vn.xuatxu.api.problem.Problem;
import vn.xuatxu.api.problem.ProblemResponses;

/**
 * Sign-in for programs and the offline app: a bearer token in exchange for a username and password
 * (throttled per account and per address), logout of that token, and password change.
 */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuthController {

    private final SignIn signIn;
    private final SessionTokens tokens;
    private final DSLContext db;
    private final SessionStore sessions;
    private final AccountAdministration administration;
    private final AccountStore accounts;
    private final ProblemResponses responses;

    AuthController(SignIn signIn, SessionTokens tokens, DSLContext db, SessionStore sessions,
                   AccountAdministration administration, AccountStore accounts, ProblemResponses responses) {
        this.responses = responses;
        this.signIn = signIn;
        this.tokens = tokens;
        this.db = db;
        this.sessions = sessions;
        this.administration = administration;
        this.accounts = accounts;
    }

    @Serdeable
    record Credentials(@Nullable String username, @Nullable String password) {
    }

    @Serdeable
    record Session(String accessToken, String tokenType, long expiresIn, String username, String displayName,
                   String organisation, String mspId) {
    }

    @Serdeable
    record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
    }

    @Post(uri = "/login", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<?> login(HttpRequest<?> request, @Body Credentials credentials) {
        SignInOutcome outcome = signIn.attempt(credentials.username(), credentials.password(), addressOf(request));
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            return HttpResponse.ok(session(signedIn.account()));
        }
        if (outcome instanceof SignInOutcome.Throttled throttled) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(throttled.retryAfterSeconds()))
                    .body(new Problem(429, "TOO_MANY_ATTEMPTS", responses.text(request, throttled.text()), null));
        }
        if (outcome instanceof SignInOutcome.Deactivated) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .body(new Problem(403, "ACCOUNT_DEACTIVATED", responses.text(request, SignInOutcome.Deactivated.TEXT), null));
        }
        return HttpResponse.unauthorized().body(new Problem(401, "BAD_CREDENTIALS",
                responses.text(request, SignInPageController.WRONG), null));
    }

    /** Ends the session of the bearer token that calls it; the token is refused from now on. */
    @Post(uri = "/logout", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> logout(Authentication authentication) {
        Actors.Session session = Actors.sessionOf(authentication);
        if (session.sessionId() != null) {
            sessions.revoke(db, session.sessionId(), session.userId(), session.expiresAt());
        }
        return HttpResponse.noContent();
    }

    /** Changes the caller's password, ends all their sessions, and returns a fresh token for this one. */
    @Post(uri = "/password", consumes = MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> changePassword(Authentication authentication, @Body PasswordChange body) {
        Actor actor = Actors.of(authentication);
        administration.changePassword(actor, body.currentPassword(), body.newPassword());
        return HttpResponse.ok(session(accounts.byUsername(db, actor.username()).orElseThrow()));
    }

    /** The peer's address; a proxy's X-Forwarded-For is not trusted, since anyone can send one. */
    static String addressOf(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress() == null ? request.getRemoteAddress().getHostString()
                : request.getRemoteAddress().getAddress().getHostAddress();
    }

    private Session session(AccountStore.Account account) {
        return new Session(tokens.issue(account.actor()), "Bearer", tokens.lifetimeSeconds(),
                account.actor().username(), account.displayName(), account.organisationName(), account.actor().mspId());
    }
}

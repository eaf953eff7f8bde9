package vn.xuatxu.api.identity.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.application.SignIn;
import vn.xuatxu.api.identity.persistence.AccountStore;
import vn.xuatxu.api.problem.Problem;

/** Sign-in for programs and the offline app: a bearer token in exchange for a username and password. */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuthController {

    private final SignIn signIn;
    private final SessionTokens tokens;

    AuthController(SignIn signIn, SessionTokens tokens) {
        this.signIn = signIn;
        this.tokens = tokens;
    }

    @Serdeable
    record Credentials(@Nullable String username, @Nullable String password) {
    }

    @Serdeable
    record Session(String accessToken, String tokenType, long expiresIn, String username, String displayName,
                   String organisation, String mspId) {
    }

    @Post(uri = "/login", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<?> login(@Body Credentials credentials) {
        return signIn.check(credentials.username(), credentials.password())
                .<HttpResponse<?>>map(account -> HttpResponse.ok(session(account)))
                .orElseGet(() -> HttpResponse.unauthorized().body(new Problem(401, "BAD_CREDENTIALS",
                        "Tên đăng nhập hoặc mật khẩu không đúng.", null)));
    }

    private Session session(AccountStore.Account account) {
        return new Session(tokens.issue(account.actor()), "Bearer", tokens.lifetimeSeconds(),
                account.actor().username(), account.displayName(), account.organisationName(), account.actor().mspId());
    }
}

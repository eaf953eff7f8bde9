package vn.xuatxu.api.identity.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.Role;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

/** Issues the signed session tokens used as bearer tokens by the API and as the cookie by the pages. */
@Singleton
final class SessionTokens {

    private final TokenGenerator generator;
    private final int lifetimeSeconds;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SessionTokens(TokenGenerator generator,
                  @Value("${micronaut.security.token.jwt.generator.access-token.expiration:43200}") int lifetimeSeconds,
                  Clock clock) {
        this.generator = generator;
        this.lifetimeSeconds = lifetimeSeconds;
        this.clock = clock;
    }

    /** A token with a fresh random session id and its issue instant in milliseconds (logout and password change end it). */
    String issue(Actor actor) {
        byte[] sessionId = new byte[16];
        random.nextBytes(sessionId);
        Map<String, Object> claims = new HashMap<>(Actors.claimsOf(actor));
        claims.put(Actors.SESSION_ID, HexFormat.of().formatHex(sessionId));
        claims.put(Actors.ISSUED_AT_MILLIS, clock.millis());
        Authentication authentication = Authentication.build(actor.username(),
                actor.roles().stream().map(Role::name).sorted().collect(Collectors.toList()), claims);
        return generator.generateToken(authentication, lifetimeSeconds)
                .orElseThrow(() -> new IllegalStateException("No session token could be signed"));
    }

    long lifetimeSeconds() {
        return lifetimeSeconds;
    }
}

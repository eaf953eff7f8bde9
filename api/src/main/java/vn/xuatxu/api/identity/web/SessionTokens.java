package vn.xuatxu.api.identity.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.Role;

import java.util.stream.Collectors;

/** Issues the signed session tokens used as bearer tokens by the API and as the cookie by the pages. */
@Singleton
final class SessionTokens {

    private final TokenGenerator generator;
    private final int lifetimeSeconds;

    SessionTokens(TokenGenerator generator,
                  @Value("${micronaut.security.token.jwt.generator.access-token.expiration:43200}") int lifetimeSeconds) {
        this.generator = generator;
        this.lifetimeSeconds = lifetimeSeconds;
    }

    String issue(Actor actor) {
        Authentication authentication = Authentication.build(actor.username(),
                actor.roles().stream().map(Role::name).sorted().collect(Collectors.toList()), Actors.claimsOf(actor));
        return generator.generateToken(authentication, lifetimeSeconds)
                .orElseThrow(() -> new IllegalStateException("No session token could be signed"));
    }

    long lifetimeSeconds() {
        return lifetimeSeconds;
    }
}

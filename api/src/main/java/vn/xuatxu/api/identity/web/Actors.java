package vn.xuatxu.api.identity.web;

import io.micronaut.security.authentication.Authentication;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the actor from a verified session token. The token was signed by us at sign-in, so its claims
 * (user, organisation, ledger identity, roles) are trusted without a database round trip per request.
 */
public final class Actors {

    static final String USER_ID = "uid";
    static final String ORGANISATION_ID = "oid";
    static final String MSP_ID = "msp";
    static final String ORGANISATION_KIND = "okind";

    private Actors() {
    }

    public static Actor of(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : authentication.getRoles()) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException ignored) {
                // A role this version does not know grants nothing.
            }
        }
        return new Actor(number(claims.get(USER_ID)), authentication.getName(), number(claims.get(ORGANISATION_ID)),
                String.valueOf(claims.get(MSP_ID)), OrganisationKind.valueOf(String.valueOf(claims.get(ORGANISATION_KIND))),
                roles);
    }

    static Map<String, Object> claimsOf(Actor actor) {
        return Map.of(USER_ID, actor.userId(), ORGANISATION_ID, actor.organisationId(), MSP_ID, actor.mspId(),
                ORGANISATION_KIND, actor.organisationKind().name());
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
    }
}

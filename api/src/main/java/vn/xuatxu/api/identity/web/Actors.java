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
    static final String SESSION_ID = "sid";
    static final String ISSUED_AT_MILLIS = "ims";

    /** Which session a token belongs to and when it was issued, so it can be ended before it expires. */
    public record Session(long userId, String sessionId, java.time.Instant issuedAt, java.time.Instant expiresAt) {
    }

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

    /** The session of a verified token; ids and instants are absent on tokens issued before sessions could end. */
    public static Session sessionOf(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        Object sid = claims.get(SESSION_ID);
        Object issued = claims.get(ISSUED_AT_MILLIS);
        Object expiry = claims.get("exp");
        java.time.Instant expiresAt = expiry instanceof java.util.Date date ? date.toInstant()
                : expiry instanceof Number seconds ? java.time.Instant.ofEpochSecond(seconds.longValue())
                : java.time.Instant.now().plus(java.time.Duration.ofDays(1));
        return new Session(number(claims.get(USER_ID)), sid == null ? null : String.valueOf(sid),
                issued == null ? null : java.time.Instant.ofEpochMilli(number(issued)), expiresAt);
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
    }
}

package vn.xuatxu.api.identity.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record2;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static vn.xuatxu.api.db.Tables.APP_USER;
import static vn.xuatxu.api.db.Tables.REVOKED_SESSION;

/**
 * Which signed session tokens still count. Tokens are stateless, so ending one needs a record: a single
 * session is ended by its id (logout), all of a person's sessions by a "valid after" instant (password
 * change), and a deactivated account ends them all.
 */
@Singleton
public final class SessionStore {

    private final Clock clock;

    SessionStore(Clock clock) {
        this.clock = clock;
    }

    /** True when the account is active and this token was neither revoked nor issued before a cut-off. */
    public boolean isValid(DSLContext db, long userId, String sessionId, Instant issuedAt) {
        Record2<Boolean, LocalDateTime> user = db.select(APP_USER.ACTIVE, APP_USER.SESSIONS_VALID_AFTER)
                .from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOne();
        if (user == null || !Boolean.TRUE.equals(user.value1())) {
            return false;
        }
        if (user.value2() != null && (issuedAt == null || issuedAt.isBefore(user.value2().toInstant(ZoneOffset.UTC)))) {
            return false;
        }
        return sessionId == null || !db.fetchExists(REVOKED_SESSION, REVOKED_SESSION.SESSION_ID.eq(sessionId));
    }

    public void revoke(DSLContext db, String sessionId, long userId, Instant expiresAt) {
        db.insertInto(REVOKED_SESSION)
                .set(REVOKED_SESSION.SESSION_ID, sessionId)
                .set(REVOKED_SESSION.USER_ID, userId)
                .set(REVOKED_SESSION.EXPIRES_AT, LocalDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .set(REVOKED_SESSION.REVOKED_AT, now())
                .onDuplicateKeyIgnore()
                .execute();
    }

    /** Ends every session issued before now; returns the cut-off, so a new token can be issued at or after it. */
    public Instant endAllSessions(DSLContext transaction, long userId) {
        LocalDateTime now = now();
        transaction.update(APP_USER).set(APP_USER.SESSIONS_VALID_AFTER, now).where(APP_USER.ID.eq(userId)).execute();
        return now.toInstant(ZoneOffset.UTC);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

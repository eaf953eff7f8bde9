package vn.xuatxu.api.kitchen.persistence;

import static vn.xuatxu.api.db.Tables.APP_USER;
import static vn.xuatxu.api.db.Tables.KITCHEN_PIN;
import static vn.xuatxu.api.db.Tables.KITCHEN_TABLET_PERSON;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Kitchen people's PIN hashes and, per signed-in tablet session, the person currently working on it.
 */
@Singleton
public final class TabletPersonStore {

    /** A person of the kitchen, for the "who is working" control; {@code hasPin} when they can switch in. */
    public record KitchenPerson(long userId, String username, String displayName, String roles, boolean hasPin) {
    }

    /** The active people of a kitchen, by name. */
    public List<KitchenPerson> people(DSLContext db, long kitchenId) {
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLES, KITCHEN_PIN.USER_ID)
                .from(APP_USER).leftJoin(KITCHEN_PIN).on(KITCHEN_PIN.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ORGANISATION_ID.eq(kitchenId).and(APP_USER.ACTIVE.isTrue()))
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(r -> new KitchenPerson(r.value1(), r.value2(), r.value3(), r.value4(), r.value5() != null));
    }

    public Optional<String> pinHash(DSLContext db, long userId) {
        return db.select(KITCHEN_PIN.PIN_HASH).from(KITCHEN_PIN).where(KITCHEN_PIN.USER_ID.eq(userId))
                .fetchOptional(KITCHEN_PIN.PIN_HASH);
    }

    public void savePin(DSLContext db, long userId, String pinHash, long setBy, Instant at) {
        db.insertInto(KITCHEN_PIN)
                .set(KITCHEN_PIN.USER_ID, userId)
                .set(KITCHEN_PIN.PIN_HASH, pinHash)
                .set(KITCHEN_PIN.SET_BY, setBy)
                .set(KITCHEN_PIN.SET_AT, UtcColumns.of(at))
                .onDuplicateKeyUpdate()
                .set(KITCHEN_PIN.PIN_HASH, pinHash)
                .set(KITCHEN_PIN.SET_BY, setBy)
                .set(KITCHEN_PIN.SET_AT, UtcColumns.of(at))
                .execute();
    }

    /** The person working on the tablet of this session, if someone switched in. */
    public Optional<Long> personOf(DSLContext db, String sessionId) {
        return db.select(KITCHEN_TABLET_PERSON.USER_ID).from(KITCHEN_TABLET_PERSON)
                .where(KITCHEN_TABLET_PERSON.SESSION_ID.eq(sessionId))
                .fetchOptional(KITCHEN_TABLET_PERSON.USER_ID);
    }

    public void switchTo(DSLContext db, String sessionId, long userId, Instant at) {
        db.insertInto(KITCHEN_TABLET_PERSON)
                .set(KITCHEN_TABLET_PERSON.SESSION_ID, sessionId)
                .set(KITCHEN_TABLET_PERSON.USER_ID, userId)
                .set(KITCHEN_TABLET_PERSON.SINCE, UtcColumns.of(at))
                .onDuplicateKeyUpdate()
                .set(KITCHEN_TABLET_PERSON.USER_ID, userId)
                .set(KITCHEN_TABLET_PERSON.SINCE, UtcColumns.of(at))
                .execute();
    }
}

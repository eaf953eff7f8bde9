package vn.xuatxu.api.kitchen.persistence;

import static vn.xuatxu.api.db.Tables.KITCHEN_SAMPLE_HOLD;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Legal holds on a kitchen's samples. A hold row is written when placed and its release written into it once;
 * the domain's sample register decides what a hold covers when the day is rebuilt.
 */
@Singleton
public final class HoldStore {

    /** A hold over the samples taken from {@code from} to {@code to}; the release fields are null while it is on. */
    public record StoredHold(long id, LocalDate from, LocalDate to, String reason, Instant placedAt, long placedBy,
                             String placedByName, Instant releasedAt, String releaseReference, Long releasedBy,
                             String releasedByName) {

        /** The hold's id in the domain register and on the forms. */
        public String holdId() {
            return "PT-" + id;
        }
    }

    public long place(DSLContext db, long kitchenId, LocalDate from, LocalDate to, String reason, Instant at,
                      long userId, String userName) {
        return db.insertInto(KITCHEN_SAMPLE_HOLD)
                .set(KITCHEN_SAMPLE_HOLD.ORGANISATION_ID, kitchenId)
                .set(KITCHEN_SAMPLE_HOLD.DAY_FROM, from)
                .set(KITCHEN_SAMPLE_HOLD.DAY_TO, to)
                .set(KITCHEN_SAMPLE_HOLD.REASON, reason)
                .set(KITCHEN_SAMPLE_HOLD.PLACED_AT, UtcColumns.of(at))
                .set(KITCHEN_SAMPLE_HOLD.PLACED_BY, userId)
                .set(KITCHEN_SAMPLE_HOLD.PLACED_BY_NAME, userName)
                .returning(KITCHEN_SAMPLE_HOLD.ID)
                .fetchOne(KITCHEN_SAMPLE_HOLD.ID);
    }

    /** Writes the release once; false when the hold was already lifted. */
    public boolean release(DSLContext db, long kitchenId, long holdId, String reference, Instant at, long userId,
                           String userName) {
        return db.update(KITCHEN_SAMPLE_HOLD)
                .set(KITCHEN_SAMPLE_HOLD.RELEASED_AT, UtcColumns.of(at))
                .set(KITCHEN_SAMPLE_HOLD.RELEASE_REFERENCE, reference)
                .set(KITCHEN_SAMPLE_HOLD.RELEASED_BY, userId)
                .set(KITCHEN_SAMPLE_HOLD.RELEASED_BY_NAME, userName)
                .where(KITCHEN_SAMPLE_HOLD.ID.eq(holdId).and(KITCHEN_SAMPLE_HOLD.ORGANISATION_ID.eq(kitchenId))
                        .and(KITCHEN_SAMPLE_HOLD.RELEASED_AT.isNull()))
                .execute() == 1;
    }

    public Optional<StoredHold> hold(DSLContext db, long kitchenId, long holdId) {
        return db.selectFrom(KITCHEN_SAMPLE_HOLD)
                .where(KITCHEN_SAMPLE_HOLD.ID.eq(holdId).and(KITCHEN_SAMPLE_HOLD.ORGANISATION_ID.eq(kitchenId)))
                .fetchOptional(HoldStore::hold);
    }

    /** Every hold whose date range covers the day, oldest first. */
    public List<StoredHold> covering(DSLContext db, long kitchenId, LocalDate day) {
        return select(db, KITCHEN_SAMPLE_HOLD.ORGANISATION_ID.eq(kitchenId)
                .and(KITCHEN_SAMPLE_HOLD.DAY_FROM.le(day)).and(KITCHEN_SAMPLE_HOLD.DAY_TO.ge(day)));
    }

    /** The holds still on in a kitchen, oldest first. */
    public List<StoredHold> active(DSLContext db, long kitchenId) {
        return select(db, KITCHEN_SAMPLE_HOLD.ORGANISATION_ID.eq(kitchenId).and(KITCHEN_SAMPLE_HOLD.RELEASED_AT.isNull()));
    }

    private static List<StoredHold> select(DSLContext db, Condition where) {
        return db.selectFrom(KITCHEN_SAMPLE_HOLD).where(where).orderBy(KITCHEN_SAMPLE_HOLD.ID).fetch(HoldStore::hold);
    }

    private static StoredHold hold(Record r) {
        return new StoredHold(r.get(KITCHEN_SAMPLE_HOLD.ID), r.get(KITCHEN_SAMPLE_HOLD.DAY_FROM),
                r.get(KITCHEN_SAMPLE_HOLD.DAY_TO), r.get(KITCHEN_SAMPLE_HOLD.REASON),
                UtcColumns.instant(r.get(KITCHEN_SAMPLE_HOLD.PLACED_AT)), r.get(KITCHEN_SAMPLE_HOLD.PLACED_BY),
                r.get(KITCHEN_SAMPLE_HOLD.PLACED_BY_NAME), UtcColumns.instant(r.get(KITCHEN_SAMPLE_HOLD.RELEASED_AT)),
                r.get(KITCHEN_SAMPLE_HOLD.RELEASE_REFERENCE), r.get(KITCHEN_SAMPLE_HOLD.RELEASED_BY),
                r.get(KITCHEN_SAMPLE_HOLD.RELEASED_BY_NAME));
    }
}

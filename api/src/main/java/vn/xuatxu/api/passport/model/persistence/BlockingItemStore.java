package vn.xuatxu.api.passport.model.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.passport.model.PassportItem;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static vn.xuatxu.api.db.Tables.PASSPORT_BLOCKING_ITEM;

/** The passport items the agency made blocking for label printing. Names no longer in the enum are ignored. */
@Singleton
public final class BlockingItemStore {

    private final Clock clock;

    BlockingItemStore(Clock clock) {
        this.clock = clock;
    }

    public Set<PassportItem> items(DSLContext db) {
        Set<String> names = Set.copyOf(db.select(PASSPORT_BLOCKING_ITEM.ITEM).from(PASSPORT_BLOCKING_ITEM)
                .fetch(PASSPORT_BLOCKING_ITEM.ITEM));
        Set<PassportItem> items = EnumSet.noneOf(PassportItem.class);
        Arrays.stream(PassportItem.values()).filter(item -> names.contains(item.name())).forEach(items::add);
        return items;
    }

    /** Replaces the whole setting. */
    public void replace(DSLContext transaction, Set<PassportItem> items, long userId) {
        transaction.deleteFrom(PASSPORT_BLOCKING_ITEM).execute();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (PassportItem item : items) {
            transaction.insertInto(PASSPORT_BLOCKING_ITEM)
                    .set(PASSPORT_BLOCKING_ITEM.ITEM, item.name())
                    .set(PASSPORT_BLOCKING_ITEM.SET_BY, userId)
                    .set(PASSPORT_BLOCKING_ITEM.SET_AT, now)
                    .execute();
        }
    }
}

package vn.xuatxu.api.kitchen.persistence;

import static vn.xuatxu.api.db.Tables.KITCHEN_MENU_DEVIATION;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import vn.xuatxu.kitchen.Meal;

/** Notes on how a day's dishes differed from its menu (Form 3 column 10), written once each. */
@Singleton
public final class DeviationStore {

    /** A note; {@code dishName} is the menu dish it explains, or null for the meal as a whole. */
    public record StoredDeviation(long id, LocalDate day, Meal meal, String dishName, String note, long enteredBy,
                                  String enteredByName, Instant enteredAt) {
    }

    public long insert(DSLContext db, long kitchenId, StoredDeviation d) {
        return db.insertInto(KITCHEN_MENU_DEVIATION)
                .set(KITCHEN_MENU_DEVIATION.ORGANISATION_ID, kitchenId)
                .set(KITCHEN_MENU_DEVIATION.DAY, d.day())
                .set(KITCHEN_MENU_DEVIATION.MEAL, d.meal().name())
                .set(KITCHEN_MENU_DEVIATION.DISH_NAME, d.dishName())
                .set(KITCHEN_MENU_DEVIATION.NOTE, d.note())
                .set(KITCHEN_MENU_DEVIATION.ENTERED_BY, d.enteredBy())
                .set(KITCHEN_MENU_DEVIATION.ENTERED_BY_NAME, d.enteredByName())
                .set(KITCHEN_MENU_DEVIATION.ENTERED_AT, UtcColumns.of(d.enteredAt()))
                .returning(KITCHEN_MENU_DEVIATION.ID)
                .fetchOne(KITCHEN_MENU_DEVIATION.ID);
    }

    public List<StoredDeviation> ofDay(DSLContext db, long kitchenId, LocalDate day) {
        return db.selectFrom(KITCHEN_MENU_DEVIATION)
                .where(KITCHEN_MENU_DEVIATION.ORGANISATION_ID.eq(kitchenId).and(KITCHEN_MENU_DEVIATION.DAY.eq(day)))
                .orderBy(KITCHEN_MENU_DEVIATION.ID)
                .fetch(r -> new StoredDeviation(r.getId(), r.getDay(), Meal.valueOf(r.getMeal()), r.getDishName(),
                        r.getNote(), r.getEnteredBy(), r.getEnteredByName(), UtcColumns.instant(r.getEnteredAt())));
    }
}

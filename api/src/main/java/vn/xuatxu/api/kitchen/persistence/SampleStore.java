package vn.xuatxu.api.kitchen.persistence;

import static vn.xuatxu.api.db.Tables.KITCHEN_DISH;
import static vn.xuatxu.api.db.Tables.KITCHEN_SAMPLE;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore.StoredDish;
import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.MealService;
import vn.xuatxu.kitchen.menu.DishKind;
import vn.xuatxu.kitchen.sample.SampleAmount;
import vn.xuatxu.kitchen.sample.SampleContainer;
import vn.xuatxu.kitchen.sample.SampleUnit;

/**
 * Retained food samples (Forms 4 and 5). A sample row is written once when the sample is taken; its
 * destruction is written into the same row once, after the domain register accepted it.
 */
@Singleton
public final class SampleStore {

    /** Form 5 columns 9–12 once a sample was destroyed. */
    public record DestructionRow(Instant at, long destroyerId, String destroyerName, long storerConfirmedId,
                                 String storerConfirmedName, BigDecimal finalCelsius, String note) {
    }

    /** One sample as taken and, if so, destroyed. */
    public record SampleRow(long id, LocalDate day, String code, MealService meal, StoredDish dish, int servings,
                            SampleAmount amount, SampleContainer container, BigDecimal storageCelsius,
                            LocalDateTime takenAt, String storagePlace, String note, long samplerId, String samplerName,
                            long storerId, String storerName, Instant enteredAt, DestructionRow destruction) {
    }

    public long insert(DSLContext db, long kitchenId, SampleRow s) {
        return db.insertInto(KITCHEN_SAMPLE)
                .set(KITCHEN_SAMPLE.ORGANISATION_ID, kitchenId)
                .set(KITCHEN_SAMPLE.DAY, s.day())
                .set(KITCHEN_SAMPLE.SAMPLE_CODE, s.code())
                .set(KITCHEN_SAMPLE.MEAL, s.meal().meal().name())
                .set(KITCHEN_SAMPLE.MEAL_TIME, s.meal().mealTime())
                .set(KITCHEN_SAMPLE.DISH_ID, s.dish().id())
                .set(KITCHEN_SAMPLE.SERVINGS, s.servings())
                .set(KITCHEN_SAMPLE.AMOUNT, s.amount().value())
                .set(KITCHEN_SAMPLE.AMOUNT_UNIT, s.amount().unit().name())
                .set(KITCHEN_SAMPLE.CONTAINER_TYPE, s.container().type())
                .set(KITCHEN_SAMPLE.LIDDED, s.container().lidded())
                .set(KITCHEN_SAMPLE.SEALED, s.container().sealed())
                .set(KITCHEN_SAMPLE.SEAL_ID, s.container().sealId())
                .set(KITCHEN_SAMPLE.STORAGE_CELSIUS, s.storageCelsius())
                .set(KITCHEN_SAMPLE.TAKEN_AT, UtcColumns.ofLocal(s.takenAt()))
                .set(KITCHEN_SAMPLE.STORAGE_PLACE, s.storagePlace())
                .set(KITCHEN_SAMPLE.NOTE, s.note())
                .set(KITCHEN_SAMPLE.SAMPLER_ID, s.samplerId())
                .set(KITCHEN_SAMPLE.SAMPLER_NAME, s.samplerName())
                .set(KITCHEN_SAMPLE.STORER_ID, s.storerId())
                .set(KITCHEN_SAMPLE.STORER_NAME, s.storerName())
                .set(KITCHEN_SAMPLE.ENTERED_AT, UtcColumns.of(s.enteredAt()))
                .returningResult(KITCHEN_SAMPLE.ID)
                .fetchOne()
                .value1();
    }

    /** Records a destruction; false when the sample was destroyed meanwhile. */
    public boolean recordDestruction(DSLContext db, long kitchenId, long sampleId, DestructionRow d) {
        return db.update(KITCHEN_SAMPLE)
                .set(KITCHEN_SAMPLE.DESTROYED_AT, UtcColumns.of(d.at()))
                .set(KITCHEN_SAMPLE.DESTROYER_ID, d.destroyerId())
                .set(KITCHEN_SAMPLE.DESTROYER_NAME, d.destroyerName())
                .set(KITCHEN_SAMPLE.STORER_CONFIRMED_ID, d.storerConfirmedId())
                .set(KITCHEN_SAMPLE.STORER_CONFIRMED_NAME, d.storerConfirmedName())
                .set(KITCHEN_SAMPLE.FINAL_CELSIUS, d.finalCelsius())
                .set(KITCHEN_SAMPLE.DESTRUCTION_NOTE, d.note())
                .where(KITCHEN_SAMPLE.ID.eq(sampleId).and(KITCHEN_SAMPLE.ORGANISATION_ID.eq(kitchenId))
                        .and(KITCHEN_SAMPLE.DESTROYED_AT.isNull()))
                .execute() == 1;
    }

    /** The samples taken on a day, in the order they were taken into the register. */
    public List<SampleRow> ofDay(DSLContext db, long kitchenId, LocalDate day) {
        return select(db, KITCHEN_SAMPLE.ORGANISATION_ID.eq(kitchenId).and(KITCHEN_SAMPLE.DAY.eq(day)));
    }

    /** Samples not destroyed yet, oldest first: what the fridge should hold. */
    public List<SampleRow> kept(DSLContext db, long kitchenId) {
        return select(db, KITCHEN_SAMPLE.ORGANISATION_ID.eq(kitchenId).and(KITCHEN_SAMPLE.DESTROYED_AT.isNull()));
    }

    public Optional<SampleRow> byCode(DSLContext db, long kitchenId, String code) {
        return select(db, KITCHEN_SAMPLE.ORGANISATION_ID.eq(kitchenId).and(KITCHEN_SAMPLE.SAMPLE_CODE.eq(code)))
                .stream().findFirst();
    }

    private static List<SampleRow> select(DSLContext db, Condition where) {
        return db.select().from(KITCHEN_SAMPLE).join(KITCHEN_DISH).on(KITCHEN_DISH.ID.eq(KITCHEN_SAMPLE.DISH_ID))
                .where(where)
                .orderBy(KITCHEN_SAMPLE.ID)
                .fetch(SampleStore::sample);
    }

    private static SampleRow sample(Record row) {
        DestructionRow destruction = row.get(KITCHEN_SAMPLE.DESTROYED_AT) == null ? null : new DestructionRow(
                UtcColumns.instant(row.get(KITCHEN_SAMPLE.DESTROYED_AT)), row.get(KITCHEN_SAMPLE.DESTROYER_ID),
                row.get(KITCHEN_SAMPLE.DESTROYER_NAME), row.get(KITCHEN_SAMPLE.STORER_CONFIRMED_ID),
                row.get(KITCHEN_SAMPLE.STORER_CONFIRMED_NAME), row.get(KITCHEN_SAMPLE.FINAL_CELSIUS),
                row.get(KITCHEN_SAMPLE.DESTRUCTION_NOTE));
        return new SampleRow(row.get(KITCHEN_SAMPLE.ID), row.get(KITCHEN_SAMPLE.DAY), row.get(KITCHEN_SAMPLE.SAMPLE_CODE),
                new MealService(Meal.valueOf(row.get(KITCHEN_SAMPLE.MEAL)), row.get(KITCHEN_SAMPLE.MEAL_TIME)),
                new StoredDish(row.get(KITCHEN_DISH.ID), row.get(KITCHEN_DISH.NAME), DishKind.valueOf(row.get(KITCHEN_DISH.KIND))),
                row.get(KITCHEN_SAMPLE.SERVINGS),
                new SampleAmount(row.get(KITCHEN_SAMPLE.AMOUNT).stripTrailingZeros(), SampleUnit.valueOf(row.get(KITCHEN_SAMPLE.AMOUNT_UNIT))),
                new SampleContainer(row.get(KITCHEN_SAMPLE.CONTAINER_TYPE), Boolean.TRUE.equals(row.get(KITCHEN_SAMPLE.LIDDED)),
                        Boolean.TRUE.equals(row.get(KITCHEN_SAMPLE.SEALED)), row.get(KITCHEN_SAMPLE.SEAL_ID)),
                row.get(KITCHEN_SAMPLE.STORAGE_CELSIUS).stripTrailingZeros(), UtcColumns.local(row.get(KITCHEN_SAMPLE.TAKEN_AT)),
                row.get(KITCHEN_SAMPLE.STORAGE_PLACE), row.get(KITCHEN_SAMPLE.NOTE), row.get(KITCHEN_SAMPLE.SAMPLER_ID),
                row.get(KITCHEN_SAMPLE.SAMPLER_NAME), row.get(KITCHEN_SAMPLE.STORER_ID), row.get(KITCHEN_SAMPLE.STORER_NAME),
                UtcColumns.instant(row.get(KITCHEN_SAMPLE.ENTERED_AT)), destruction);
    }
}

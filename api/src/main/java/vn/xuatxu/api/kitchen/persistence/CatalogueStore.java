package vn.xuatxu.api.kitchen.persistence;

import static vn.xuatxu.api.db.Tables.KITCHEN_DISH;
import static vn.xuatxu.api.db.Tables.KITCHEN_MENU_ITEM;
import static vn.xuatxu.api.db.Tables.KITCHEN_SUPPLIER;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;
import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.MealService;
import vn.xuatxu.kitchen.menu.Dish;
import vn.xuatxu.kitchen.menu.DishKind;

/**
 * What a kitchen prepares once and reuses every day: its suppliers with their food-safety certificates,
 * its dishes, and the menu of each day. Entry pages pick from these instead of typing.
 */
@Singleton
public final class CatalogueStore {

    /** A supplier as the kitchen registered it. The phone is for Form 1 only and never published. */
    public record StoredSupplier(long id, String businessName, String address, String phone, String certificateType,
                                 String certificateNumber, String certificateIssuer, LocalDate certificateValidUntil,
                                 String veterinaryRef) {

        /** Form 1 column 6, "Địa chỉ, điện thoại". */
        public String addressAndPhone() {
            return phone == null || phone.isBlank() ? address : address + "; " + phone;
        }
    }

    /** The fields a supplier is registered with. */
    public record NewSupplier(String businessName, String address, String phone, String certificateType,
                              String certificateNumber, String certificateIssuer, LocalDate certificateValidUntil,
                              String veterinaryRef) {
    }

    /** A dish of the kitchen's catalogue. */
    public record StoredDish(long id, String name, DishKind kind) {

        public Dish dish() {
            return new Dish(name, kind);
        }
    }

    /** One dish at one meal of one day's menu. */
    public record StoredMenuItem(long id, LocalDate day, Meal meal, LocalTime mealTime, StoredDish dish, int servings,
                                 Instant createdAt) {

        public MealService service() {
            return new MealService(meal, mealTime);
        }
    }

    /** Thrown when a name is already used in this kitchen. */
    public static final class DuplicateNameException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DuplicateNameException(Throwable cause) {
            super(cause);
        }
    }

    public long insertSupplier(DSLContext db, long kitchenId, long userId, NewSupplier s, Instant now) {
        try {
            return db.insertInto(KITCHEN_SUPPLIER)
                    .set(KITCHEN_SUPPLIER.ORGANISATION_ID, kitchenId)
                    .set(KITCHEN_SUPPLIER.BUSINESS_NAME, s.businessName())
                    .set(KITCHEN_SUPPLIER.ADDRESS, s.address())
                    .set(KITCHEN_SUPPLIER.PHONE, s.phone())
                    .set(KITCHEN_SUPPLIER.CERTIFICATE_TYPE, s.certificateType())
                    .set(KITCHEN_SUPPLIER.CERTIFICATE_NUMBER, s.certificateNumber())
                    .set(KITCHEN_SUPPLIER.CERTIFICATE_ISSUER, s.certificateIssuer())
                    .set(KITCHEN_SUPPLIER.CERTIFICATE_VALID_UNTIL, s.certificateValidUntil())
                    .set(KITCHEN_SUPPLIER.VETERINARY_REF, s.veterinaryRef())
                    .set(KITCHEN_SUPPLIER.CREATED_BY, userId)
                    .set(KITCHEN_SUPPLIER.CREATED_AT, UtcColumns.of(now))
                    .returningResult(KITCHEN_SUPPLIER.ID)
                    .fetchOne()
                    .value1();
        } catch (IntegrityConstraintViolationException e) {
            throw new DuplicateNameException(e);
        }
    }

    public List<StoredSupplier> suppliers(DSLContext db, long kitchenId) {
        return db.selectFrom(KITCHEN_SUPPLIER).where(KITCHEN_SUPPLIER.ORGANISATION_ID.eq(kitchenId))
                .orderBy(KITCHEN_SUPPLIER.BUSINESS_NAME)
                .fetch(CatalogueStore::supplier);
    }

    public Optional<StoredSupplier> supplier(DSLContext db, long kitchenId, long supplierId) {
        return db.selectFrom(KITCHEN_SUPPLIER)
                .where(KITCHEN_SUPPLIER.ORGANISATION_ID.eq(kitchenId).and(KITCHEN_SUPPLIER.ID.eq(supplierId)))
                .fetchOptional(CatalogueStore::supplier);
    }

    public long insertDish(DSLContext db, long kitchenId, Dish dish, Instant now) {
        try {
            return db.insertInto(KITCHEN_DISH)
                    .set(KITCHEN_DISH.ORGANISATION_ID, kitchenId)
                    .set(KITCHEN_DISH.NAME, dish.name())
                    .set(KITCHEN_DISH.KIND, dish.kind().name())
                    .set(KITCHEN_DISH.CREATED_AT, UtcColumns.of(now))
                    .returningResult(KITCHEN_DISH.ID)
                    .fetchOne()
                    .value1();
        } catch (IntegrityConstraintViolationException e) {
            throw new DuplicateNameException(e);
        }
    }

    public List<StoredDish> dishes(DSLContext db, long kitchenId) {
        return db.selectFrom(KITCHEN_DISH).where(KITCHEN_DISH.ORGANISATION_ID.eq(kitchenId))
                .orderBy(KITCHEN_DISH.NAME)
                .fetch(row -> new StoredDish(row.getId(), row.getName(), DishKind.valueOf(row.getKind())));
    }

    public Optional<StoredDish> dish(DSLContext db, long kitchenId, long dishId) {
        return db.selectFrom(KITCHEN_DISH)
                .where(KITCHEN_DISH.ORGANISATION_ID.eq(kitchenId).and(KITCHEN_DISH.ID.eq(dishId)))
                .fetchOptional(row -> new StoredDish(row.getId(), row.getName(), DishKind.valueOf(row.getKind())));
    }

    public long insertMenuItem(DSLContext db, long kitchenId, long userId, LocalDate day, Meal meal, LocalTime mealTime,
                               long dishId, int servings, Instant now) {
        try {
            return db.insertInto(KITCHEN_MENU_ITEM)
                    .set(KITCHEN_MENU_ITEM.ORGANISATION_ID, kitchenId)
                    .set(KITCHEN_MENU_ITEM.DAY, day)
                    .set(KITCHEN_MENU_ITEM.MEAL, meal.name())
                    .set(KITCHEN_MENU_ITEM.MEAL_TIME, mealTime)
                    .set(KITCHEN_MENU_ITEM.DISH_ID, dishId)
                    .set(KITCHEN_MENU_ITEM.SERVINGS, servings)
                    .set(KITCHEN_MENU_ITEM.CREATED_BY, userId)
                    .set(KITCHEN_MENU_ITEM.CREATED_AT, UtcColumns.of(now))
                    .returningResult(KITCHEN_MENU_ITEM.ID)
                    .fetchOne()
                    .value1();
        } catch (IntegrityConstraintViolationException e) {
            throw new DuplicateNameException(e);
        }
    }

    /** The day's menu, in meal order then in the order the dishes were added. */
    public List<StoredMenuItem> menu(DSLContext db, long kitchenId, LocalDate day) {
        return db.select().from(KITCHEN_MENU_ITEM).join(KITCHEN_DISH).on(KITCHEN_DISH.ID.eq(KITCHEN_MENU_ITEM.DISH_ID))
                .where(KITCHEN_MENU_ITEM.ORGANISATION_ID.eq(kitchenId).and(KITCHEN_MENU_ITEM.DAY.eq(day)))
                .orderBy(KITCHEN_MENU_ITEM.ID)
                .fetch(row -> new StoredMenuItem(row.get(KITCHEN_MENU_ITEM.ID), row.get(KITCHEN_MENU_ITEM.DAY),
                        Meal.valueOf(row.get(KITCHEN_MENU_ITEM.MEAL)), row.get(KITCHEN_MENU_ITEM.MEAL_TIME),
                        new StoredDish(row.get(KITCHEN_DISH.ID), row.get(KITCHEN_DISH.NAME),
                                DishKind.valueOf(row.get(KITCHEN_DISH.KIND))),
                        row.get(KITCHEN_MENU_ITEM.SERVINGS), UtcColumns.instant(row.get(KITCHEN_MENU_ITEM.CREATED_AT))))
                .stream().sorted(java.util.Comparator.comparing((StoredMenuItem i) -> i.meal().ordinal())).toList();
    }

    private static StoredSupplier supplier(Record row) {
        return new StoredSupplier(row.get(KITCHEN_SUPPLIER.ID), row.get(KITCHEN_SUPPLIER.BUSINESS_NAME),
                row.get(KITCHEN_SUPPLIER.ADDRESS), row.get(KITCHEN_SUPPLIER.PHONE), row.get(KITCHEN_SUPPLIER.CERTIFICATE_TYPE),
                row.get(KITCHEN_SUPPLIER.CERTIFICATE_NUMBER), row.get(KITCHEN_SUPPLIER.CERTIFICATE_ISSUER),
                row.get(KITCHEN_SUPPLIER.CERTIFICATE_VALID_UNTIL), row.get(KITCHEN_SUPPLIER.VETERINARY_REF));
    }
}

package vn.xuatxu.api.kitchen.persistence;

import static vn.xuatxu.api.db.Tables.KITCHEN_COOKING;
import static vn.xuatxu.api.db.Tables.KITCHEN_COOKING_INGREDIENT;
import static vn.xuatxu.api.db.Tables.KITCHEN_DISH;
import static vn.xuatxu.api.db.Tables.KITCHEN_RECEIPT;
import static vn.xuatxu.api.db.Tables.KITCHEN_SERVING;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore.StoredDish;
import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.MealService;
import vn.xuatxu.kitchen.PassFail;
import vn.xuatxu.kitchen.Quantity;
import vn.xuatxu.kitchen.QuantityUnit;
import vn.xuatxu.kitchen.RapidTest;
import vn.xuatxu.kitchen.inspection.HygieneCheck;
import vn.xuatxu.kitchen.inspection.ReceivingDecision;
import vn.xuatxu.kitchen.inspection.ReceivingTable;
import vn.xuatxu.kitchen.inspection.StorageCondition;
import vn.xuatxu.kitchen.menu.DishKind;

/**
 * The rows of the three-step check: Form 1 deliveries, Form 2 cooked dishes (with their ingredients) and
 * Form 3 dishes before eating. Rows are only ever inserted or struck out; form row numbers are not stored
 * but follow from the order of the rows still standing.
 */
@Singleton
public final class CheckRowStore {

    /** Who entered a row and when (server time); the form header's checker comes from the first row. */
    public record Entered(long userId, String userName, Instant at) {
    }

    /** A struck-out row: it stays for inspectors but leaves the forms from this instant. */
    public record Voided(Instant at, long userId, String reason) {
    }

    /** A Form 1 row; table II fields are null on table I rows and the other way round. */
    public record ReceiptRow(long id, LocalDate day, ReceivingTable table, String foodName, boolean animalOrigin,
                             LocalDateTime receivedAt, Quantity quantity, long supplierId, String deliveredBy,
                             String invoiceRef, String veterinaryRef, String veterinaryNotApplicable,
                             String quarantineRef, String quarantineNotApplicable, PassFail sensory, RapidTest rapidTest,
                             String manufacturer, String manufacturerAddress, LocalDate expiryDate,
                             StorageCondition storage, String lotNumber, PassFail labelCheck,
                             ReceivingDecision decision, String actionNote, Entered entered, Voided voided) {
    }

    /** An ingredient of a cooked dish: from a Form 1 row ({@code receiptId}) or from the store. */
    public record IngredientRow(String name, Quantity quantity, Long receiptId, String storeNote) {
    }

    /** A Form 2 row. */
    public record CookingRow(long id, LocalDate day, MealService meal, StoredDish dish, int servings,
                             LocalDateTime prepFinishedAt, LocalDateTime cookingFinishedAt, HygieneCheck handlers,
                             HygieneCheck equipment, HygieneCheck area, PassFail sensory, String actionNote,
                             List<IngredientRow> ingredients, Entered entered, Voided voided) {
    }

    /** A Form 3 row. */
    public record ServingRow(long id, LocalDate day, MealService meal, StoredDish dish, int servings,
                             LocalDateTime portioningFinishedAt, LocalDateTime eatingStartsAt, String utensils,
                             PassFail utensilCheck, PassFail sensory, String actionNote, Entered entered, Voided voided) {
    }

    /** Which form a struck-out row belongs to. */
    public enum RowKind {
        RECEIPT, COOKING, SERVING
    }

    public long insertReceipt(DSLContext db, long kitchenId, ReceiptRow r) {
        return db.insertInto(KITCHEN_RECEIPT)
                .set(KITCHEN_RECEIPT.ORGANISATION_ID, kitchenId)
                .set(KITCHEN_RECEIPT.DAY, r.day())
                .set(KITCHEN_RECEIPT.RECEIVING_TABLE, r.table().name())
                .set(KITCHEN_RECEIPT.FOOD_NAME, r.foodName())
                .set(KITCHEN_RECEIPT.ANIMAL_ORIGIN, r.animalOrigin())
                .set(KITCHEN_RECEIPT.RECEIVED_AT, UtcColumns.ofLocal(r.receivedAt()))
                .set(KITCHEN_RECEIPT.QUANTITY, r.quantity().amount())
                .set(KITCHEN_RECEIPT.UNIT, r.quantity().unit().name())
                .set(KITCHEN_RECEIPT.SUPPLIER_ID, r.supplierId())
                .set(KITCHEN_RECEIPT.DELIVERED_BY, r.deliveredBy())
                .set(KITCHEN_RECEIPT.INVOICE_REF, r.invoiceRef())
                .set(KITCHEN_RECEIPT.VETERINARY_REF, r.veterinaryRef())
                .set(KITCHEN_RECEIPT.VETERINARY_NA, r.veterinaryNotApplicable())
                .set(KITCHEN_RECEIPT.QUARANTINE_REF, r.quarantineRef())
                .set(KITCHEN_RECEIPT.QUARANTINE_NA, r.quarantineNotApplicable())
                .set(KITCHEN_RECEIPT.SENSORY, name(r.sensory()))
                .set(KITCHEN_RECEIPT.RAPID_TEST, name(r.rapidTest()))
                .set(KITCHEN_RECEIPT.MANUFACTURER, r.manufacturer())
                .set(KITCHEN_RECEIPT.MANUFACTURER_ADDRESS, r.manufacturerAddress())
                .set(KITCHEN_RECEIPT.EXPIRY_DATE, r.expiryDate())
                .set(KITCHEN_RECEIPT.STORAGE, name(r.storage()))
                .set(KITCHEN_RECEIPT.LOT_NUMBER, r.lotNumber())
                .set(KITCHEN_RECEIPT.LABEL_CHECK, name(r.labelCheck()))
                .set(KITCHEN_RECEIPT.DECISION, r.decision().name())
                .set(KITCHEN_RECEIPT.ACTION_NOTE, r.actionNote())
                .set(KITCHEN_RECEIPT.ENTERED_BY, r.entered().userId())
                .set(KITCHEN_RECEIPT.ENTERED_BY_NAME, r.entered().userName())
                .set(KITCHEN_RECEIPT.ENTERED_AT, UtcColumns.of(r.entered().at()))
                .returningResult(KITCHEN_RECEIPT.ID)
                .fetchOne()
                .value1();
    }

    public long insertCooking(DSLContext db, long kitchenId, CookingRow c) {
        long id = db.insertInto(KITCHEN_COOKING)
                .set(KITCHEN_COOKING.ORGANISATION_ID, kitchenId)
                .set(KITCHEN_COOKING.DAY, c.day())
                .set(KITCHEN_COOKING.MEAL, c.meal().meal().name())
                .set(KITCHEN_COOKING.MEAL_TIME, c.meal().mealTime())
                .set(KITCHEN_COOKING.DISH_ID, c.dish().id())
                .set(KITCHEN_COOKING.SERVINGS, c.servings())
                .set(KITCHEN_COOKING.PREP_FINISHED_AT, UtcColumns.ofLocal(c.prepFinishedAt()))
                .set(KITCHEN_COOKING.COOKING_FINISHED_AT, UtcColumns.ofLocal(c.cookingFinishedAt()))
                .set(KITCHEN_COOKING.HANDLERS, c.handlers().result().name())
                .set(KITCHEN_COOKING.HANDLERS_NOTE, c.handlers().note())
                .set(KITCHEN_COOKING.EQUIPMENT, c.equipment().result().name())
                .set(KITCHEN_COOKING.EQUIPMENT_NOTE, c.equipment().note())
                .set(KITCHEN_COOKING.AREA, c.area().result().name())
                .set(KITCHEN_COOKING.AREA_NOTE, c.area().note())
                .set(KITCHEN_COOKING.SENSORY, c.sensory().name())
                .set(KITCHEN_COOKING.ACTION_NOTE, c.actionNote())
                .set(KITCHEN_COOKING.ENTERED_BY, c.entered().userId())
                .set(KITCHEN_COOKING.ENTERED_BY_NAME, c.entered().userName())
                .set(KITCHEN_COOKING.ENTERED_AT, UtcColumns.of(c.entered().at()))
                .returningResult(KITCHEN_COOKING.ID)
                .fetchOne()
                .value1();
        int position = 1;
        for (IngredientRow ingredient : c.ingredients()) {
            db.insertInto(KITCHEN_COOKING_INGREDIENT)
                    .set(KITCHEN_COOKING_INGREDIENT.COOKING_ID, id)
                    .set(KITCHEN_COOKING_INGREDIENT.POSITION, position++)
                    .set(KITCHEN_COOKING_INGREDIENT.NAME, ingredient.name())
                    .set(KITCHEN_COOKING_INGREDIENT.QUANTITY, ingredient.quantity().amount())
                    .set(KITCHEN_COOKING_INGREDIENT.UNIT, ingredient.quantity().unit().name())
                    .set(KITCHEN_COOKING_INGREDIENT.RECEIPT_ID, ingredient.receiptId())
                    .set(KITCHEN_COOKING_INGREDIENT.STORE_NOTE, ingredient.storeNote())
                    .execute();
        }
        return id;
    }

    public long insertServing(DSLContext db, long kitchenId, ServingRow s) {
        return db.insertInto(KITCHEN_SERVING)
                .set(KITCHEN_SERVING.ORGANISATION_ID, kitchenId)
                .set(KITCHEN_SERVING.DAY, s.day())
                .set(KITCHEN_SERVING.MEAL, s.meal().meal().name())
                .set(KITCHEN_SERVING.MEAL_TIME, s.meal().mealTime())
                .set(KITCHEN_SERVING.DISH_ID, s.dish().id())
                .set(KITCHEN_SERVING.SERVINGS, s.servings())
                .set(KITCHEN_SERVING.PORTIONING_FINISHED_AT, UtcColumns.ofLocal(s.portioningFinishedAt()))
                .set(KITCHEN_SERVING.EATING_STARTS_AT, UtcColumns.ofLocal(s.eatingStartsAt()))
                .set(KITCHEN_SERVING.UTENSILS, s.utensils())
                .set(KITCHEN_SERVING.UTENSIL_CHECK, s.utensilCheck().name())
                .set(KITCHEN_SERVING.SENSORY, s.sensory().name())
                .set(KITCHEN_SERVING.ACTION_NOTE, s.actionNote())
                .set(KITCHEN_SERVING.ENTERED_BY, s.entered().userId())
                .set(KITCHEN_SERVING.ENTERED_BY_NAME, s.entered().userName())
                .set(KITCHEN_SERVING.ENTERED_AT, UtcColumns.of(s.entered().at()))
                .returningResult(KITCHEN_SERVING.ID)
                .fetchOne()
                .value1();
    }

    /** Strikes out a standing row of the kitchen; false when there is no such standing row. */
    public boolean strikeOut(DSLContext db, long kitchenId, RowKind kind, long rowId, Voided voided) {
        return switch (kind) {
            case RECEIPT -> db.update(KITCHEN_RECEIPT)
                    .set(KITCHEN_RECEIPT.VOIDED_AT, UtcColumns.of(voided.at()))
                    .set(KITCHEN_RECEIPT.VOIDED_BY, voided.userId())
                    .set(KITCHEN_RECEIPT.VOID_REASON, voided.reason())
                    .where(KITCHEN_RECEIPT.ID.eq(rowId).and(KITCHEN_RECEIPT.ORGANISATION_ID.eq(kitchenId))
                            .and(KITCHEN_RECEIPT.VOIDED_AT.isNull()))
                    .execute() == 1;
            case COOKING -> db.update(KITCHEN_COOKING)
                    .set(KITCHEN_COOKING.VOIDED_AT, UtcColumns.of(voided.at()))
                    .set(KITCHEN_COOKING.VOIDED_BY, voided.userId())
                    .set(KITCHEN_COOKING.VOID_REASON, voided.reason())
                    .where(KITCHEN_COOKING.ID.eq(rowId).and(KITCHEN_COOKING.ORGANISATION_ID.eq(kitchenId))
                            .and(KITCHEN_COOKING.VOIDED_AT.isNull()))
                    .execute() == 1;
            case SERVING -> db.update(KITCHEN_SERVING)
                    .set(KITCHEN_SERVING.VOIDED_AT, UtcColumns.of(voided.at()))
                    .set(KITCHEN_SERVING.VOIDED_BY, voided.userId())
                    .set(KITCHEN_SERVING.VOID_REASON, voided.reason())
                    .where(KITCHEN_SERVING.ID.eq(rowId).and(KITCHEN_SERVING.ORGANISATION_ID.eq(kitchenId))
                            .and(KITCHEN_SERVING.VOIDED_AT.isNull()))
                    .execute() == 1;
        };
    }

    /** Every Form 1 row of the day, struck out or not, in entry order. */
    public List<ReceiptRow> receipts(DSLContext db, long kitchenId, LocalDate day) {
        return db.selectFrom(KITCHEN_RECEIPT)
                .where(KITCHEN_RECEIPT.ORGANISATION_ID.eq(kitchenId).and(KITCHEN_RECEIPT.DAY.eq(day)))
                .orderBy(KITCHEN_RECEIPT.ID)
                .fetch(row -> new ReceiptRow(row.getId(), row.getDay(), ReceivingTable.valueOf(row.getReceivingTable()),
                        row.getFoodName(), Boolean.TRUE.equals(row.getAnimalOrigin()), UtcColumns.local(row.getReceivedAt()),
                        new Quantity(row.getQuantity().stripTrailingZeros(), QuantityUnit.valueOf(row.getUnit())),
                        row.getSupplierId(), row.getDeliveredBy(), row.getInvoiceRef(), row.getVeterinaryRef(),
                        row.getVeterinaryNa(), row.getQuarantineRef(), row.getQuarantineNa(),
                        row.getSensory() == null ? null : PassFail.valueOf(row.getSensory()),
                        row.getRapidTest() == null ? null : RapidTest.valueOf(row.getRapidTest()),
                        row.getManufacturer(), row.getManufacturerAddress(), row.getExpiryDate(),
                        row.getStorage() == null ? null : StorageCondition.valueOf(row.getStorage()),
                        row.getLotNumber(), row.getLabelCheck() == null ? null : PassFail.valueOf(row.getLabelCheck()),
                        ReceivingDecision.valueOf(row.getDecision()), row.getActionNote(),
                        new Entered(row.getEnteredBy(), row.getEnteredByName(), UtcColumns.instant(row.getEnteredAt())),
                        row.getVoidedAt() == null ? null : new Voided(UtcColumns.instant(row.getVoidedAt()),
                                row.getVoidedBy(), row.getVoidReason())));
    }

    /** Every Form 2 row of the day with its ingredients, in entry order. */
    public List<CookingRow> cooking(DSLContext db, long kitchenId, LocalDate day) {
        List<? extends Record> rows = db.select().from(KITCHEN_COOKING).join(KITCHEN_DISH).on(KITCHEN_DISH.ID.eq(KITCHEN_COOKING.DISH_ID))
                .where(KITCHEN_COOKING.ORGANISATION_ID.eq(kitchenId).and(KITCHEN_COOKING.DAY.eq(day)))
                .orderBy(KITCHEN_COOKING.ID)
                .fetch();
        List<Long> ids = rows.stream().map(r -> r.get(KITCHEN_COOKING.ID)).toList();
        Map<Long, List<IngredientRow>> ingredients = db.selectFrom(KITCHEN_COOKING_INGREDIENT)
                .where(KITCHEN_COOKING_INGREDIENT.COOKING_ID.in(ids))
                .orderBy(KITCHEN_COOKING_INGREDIENT.COOKING_ID, KITCHEN_COOKING_INGREDIENT.POSITION)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getCookingId(), Collectors.mapping(r -> new IngredientRow(r.getName(),
                        new Quantity(r.getQuantity().stripTrailingZeros(), QuantityUnit.valueOf(r.getUnit())),
                        r.getReceiptId(), r.getStoreNote()), Collectors.toList())));
        return rows.stream().map(row -> new CookingRow(row.get(KITCHEN_COOKING.ID), row.get(KITCHEN_COOKING.DAY),
                new MealService(Meal.valueOf(row.get(KITCHEN_COOKING.MEAL)), row.get(KITCHEN_COOKING.MEAL_TIME)),
                dish(row), row.get(KITCHEN_COOKING.SERVINGS),
                UtcColumns.local(row.get(KITCHEN_COOKING.PREP_FINISHED_AT)),
                UtcColumns.local(row.get(KITCHEN_COOKING.COOKING_FINISHED_AT)),
                new HygieneCheck(PassFail.valueOf(row.get(KITCHEN_COOKING.HANDLERS)), row.get(KITCHEN_COOKING.HANDLERS_NOTE)),
                new HygieneCheck(PassFail.valueOf(row.get(KITCHEN_COOKING.EQUIPMENT)), row.get(KITCHEN_COOKING.EQUIPMENT_NOTE)),
                new HygieneCheck(PassFail.valueOf(row.get(KITCHEN_COOKING.AREA)), row.get(KITCHEN_COOKING.AREA_NOTE)),
                PassFail.valueOf(row.get(KITCHEN_COOKING.SENSORY)), row.get(KITCHEN_COOKING.ACTION_NOTE),
                ingredients.getOrDefault(row.get(KITCHEN_COOKING.ID), List.of()),
                new Entered(row.get(KITCHEN_COOKING.ENTERED_BY), row.get(KITCHEN_COOKING.ENTERED_BY_NAME),
                        UtcColumns.instant(row.get(KITCHEN_COOKING.ENTERED_AT))),
                row.get(KITCHEN_COOKING.VOIDED_AT) == null ? null : new Voided(
                        UtcColumns.instant(row.get(KITCHEN_COOKING.VOIDED_AT)), row.get(KITCHEN_COOKING.VOIDED_BY),
                        row.get(KITCHEN_COOKING.VOID_REASON)))).toList();
    }

    /** Every Form 3 row of the day, in entry order. */
    public List<ServingRow> serving(DSLContext db, long kitchenId, LocalDate day) {
        return db.select().from(KITCHEN_SERVING).join(KITCHEN_DISH).on(KITCHEN_DISH.ID.eq(KITCHEN_SERVING.DISH_ID))
                .where(KITCHEN_SERVING.ORGANISATION_ID.eq(kitchenId).and(KITCHEN_SERVING.DAY.eq(day)))
                .orderBy(KITCHEN_SERVING.ID)
                .fetch(row -> new ServingRow(row.get(KITCHEN_SERVING.ID), row.get(KITCHEN_SERVING.DAY),
                        new MealService(Meal.valueOf(row.get(KITCHEN_SERVING.MEAL)), row.get(KITCHEN_SERVING.MEAL_TIME)),
                        dish(row), row.get(KITCHEN_SERVING.SERVINGS),
                        UtcColumns.local(row.get(KITCHEN_SERVING.PORTIONING_FINISHED_AT)),
                        UtcColumns.local(row.get(KITCHEN_SERVING.EATING_STARTS_AT)), row.get(KITCHEN_SERVING.UTENSILS),
                        PassFail.valueOf(row.get(KITCHEN_SERVING.UTENSIL_CHECK)),
                        PassFail.valueOf(row.get(KITCHEN_SERVING.SENSORY)), row.get(KITCHEN_SERVING.ACTION_NOTE),
                        new Entered(row.get(KITCHEN_SERVING.ENTERED_BY), row.get(KITCHEN_SERVING.ENTERED_BY_NAME),
                                UtcColumns.instant(row.get(KITCHEN_SERVING.ENTERED_AT))),
                        row.get(KITCHEN_SERVING.VOIDED_AT) == null ? null : new Voided(
                                UtcColumns.instant(row.get(KITCHEN_SERVING.VOIDED_AT)), row.get(KITCHEN_SERVING.VOIDED_BY),
                                row.get(KITCHEN_SERVING.VOID_REASON))));
    }

    private static StoredDish dish(Record row) {
        return new StoredDish(row.get(KITCHEN_DISH.ID), row.get(KITCHEN_DISH.NAME), DishKind.valueOf(row.get(KITCHEN_DISH.KIND)));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

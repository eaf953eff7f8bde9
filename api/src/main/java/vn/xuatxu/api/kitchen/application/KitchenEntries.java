package vn.xuatxu.api.kitchen.application;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import vn.xuatxu.api.identity.application.SignIn;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.persistence.AccountStore;
import vn.xuatxu.api.kitchen.application.DayReconstruction.Assembled;
import vn.xuatxu.api.kitchen.application.DayReconstruction.Provisional;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore.NewSupplier;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore.StoredDish;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore.StoredMenuItem;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.CookingRow;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.Entered;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.IngredientRow;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.ReceiptRow;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.ServingRow;
import vn.xuatxu.api.kitchen.persistence.DeviationStore;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;
import vn.xuatxu.api.kitchen.persistence.SampleStore;
import vn.xuatxu.api.kitchen.persistence.SampleStore.SampleRow;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.PassFail;
import vn.xuatxu.kitchen.Quantity;
import vn.xuatxu.kitchen.QuantityUnit;
import vn.xuatxu.kitchen.RapidTest;
import vn.xuatxu.kitchen.Violation;
import vn.xuatxu.kitchen.inspection.HygieneCheck;
import vn.xuatxu.kitchen.inspection.ReceivingDecision;
import vn.xuatxu.kitchen.inspection.ReceivingTable;
import vn.xuatxu.kitchen.inspection.StorageCondition;
import vn.xuatxu.kitchen.menu.Dish;
import vn.xuatxu.kitchen.menu.DishKind;
import vn.xuatxu.kitchen.sample.FoodSample;
import vn.xuatxu.kitchen.sample.SampleAmount;
import vn.xuatxu.kitchen.sample.SampleContainer;
import vn.xuatxu.kitchen.sample.SampleId;
import vn.xuatxu.kitchen.sample.SampleRetentionPolicy;
import vn.xuatxu.kitchen.sample.SampleUnit;

/**
 * What kitchen staff enter during the day: suppliers, dishes and the menu once, then deliveries (Form 1),
 * cooking (Form 2), serving (Form 3), samples (Form 4) and their destruction (Form 5).
 *
 * <p>Every row is checked by the school-kitchen domain before it is stored: the day's form is rebuilt with
 * the new row appended and only the problems the new row brings are reported, in Vietnamese. Times of day
 * come from the person (when the truck arrived, when cooking finished); the entry time is the server's.
 * Checks left out count as passed, so staff tap only what failed and type only then.
 */
@Singleton
public final class KitchenEntries {

    /** How far back a day may still be written, for entries made late on paper and typed in (amendments). */
    static final int DAYS_BACK = 7;

    /** Form 3 is filled when portioning ends, before the planned eating time. */
    static final Duration EATING_AHEAD = Duration.ofHours(2);

    /** A Form 1 delivery as entered; null checks mean "Đạt". */
    public record Delivery(String table, Long supplierId, String foodName, Boolean animalOrigin, LocalTime receivedAt,
                           BigDecimal quantity, String unit, String deliveredBy, String invoiceRef, String veterinaryRef,
                           String quarantineRef, String papersNotApplicable, String sensory, String rapidTest,
                           String manufacturer, String manufacturerAddress, LocalDate expiryDate, String storage,
                           String lotNumber, String actionNote) {
    }

    /** A Form 2 dish: its menu item, the deliveries it used and/or one ingredient from the store. */
    public record Cooking(Long menuItemId, List<Long> receiptIds, String storeIngredient, BigDecimal storeQuantity,
                          String storeUnit, LocalTime prepFinishedAt, LocalTime cookingFinishedAt, String handlers,
                          String equipment, String area, String sensory, String actionNote) {
    }

    /** A Form 3 dish. */
    public record Serving(Long menuItemId, LocalTime portioningFinishedAt, LocalTime eatingStartsAt, String utensils,
                          String utensilCheck, String sensory, String actionNote) {
    }

    /** A Form 4 sample; the unit follows the dish kind unless given. */
    public record Sample(Long menuItemId, BigDecimal amount, String unit, String containerType, Boolean sealed,
                         String sealId, BigDecimal storageCelsius, LocalTime takenAt, String storagePlace, String note) {
    }

    /** A Form 5 destruction with both confirmations; the storer's password when the storer is someone else. */
    public record Destruction(BigDecimal finalCelsius, String note, Boolean destroyerConfirmed, Boolean storerConfirmed,
                              String storerPassword) {
    }

    private final DSLContext db;
    private final KitchenAccess access;
    private final CatalogueStore catalogue;
    private final CheckRowStore rows;
    private final SampleStore samples;
    private final DayReconstruction reconstruction;
    private final AccountStore accounts;
    private final vn.xuatxu.api.kitchen.persistence.KitchenDirectory kitchens;
    private final SignIn signIn;
    private final DeviationStore deviations;
    private final DayChanged changed;
    private final Clock clock;

    public KitchenEntries(DSLContext db, KitchenAccess access, CatalogueStore catalogue, CheckRowStore rows,
                          SampleStore samples, DayReconstruction reconstruction, AccountStore accounts,
                          vn.xuatxu.api.kitchen.persistence.KitchenDirectory kitchens, SignIn signIn,
                          DeviationStore deviations, DayChanged changed, Clock clock) {
        this.deviations = deviations;
        this.changed = changed;
        this.db = db;
        this.access = access;
        this.catalogue = catalogue;
        this.rows = rows;
        this.samples = samples;
        this.reconstruction = reconstruction;
        this.accounts = accounts;
        this.kitchens = kitchens;
        this.signIn = signIn;
        this.clock = clock;
    }

    public long addSupplier(Actor actor, String kitchenId, NewSupplier s) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        NewSupplier clean = new NewSupplier(required(s.businessName(), "businessName", label("supplierName"), 200),
                required(s.address(), "address", label("supplierAddress"), 300), optional(s.phone(), 50),
                optional(s.certificateType(), 200), optional(s.certificateNumber(), 100),
                optional(s.certificateIssuer(), 200), s.certificateValidUntil(), optional(s.veterinaryRef(), 100));
        try {
            return db.transactionResult(c -> catalogue.insertSupplier(c.dsl(), kitchen.id(), actor.userId(), clean,
                    clock.instant()));
        } catch (CatalogueStore.DuplicateNameException e) {
            throw new ProblemException.Conflict(PageText.of("kitchen.error.supplierExists", clean.businessName()));
        }
    }

    public long addDish(Actor actor, String kitchenId, String name, String kind) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        Dish dish = new Dish(required(name, "dishName", label("dishName"), 200), parse(DishKind.class, kind, "dishKind",
                label("dishKind"), DishKind.SOLID));
        try {
            return db.transactionResult(c -> catalogue.insertDish(c.dsl(), kitchen.id(), dish, clock.instant()));
        } catch (CatalogueStore.DuplicateNameException e) {
            throw new ProblemException.Conflict(PageText.of("kitchen.error.dishExists", dish.name()));
        }
    }

    /** Puts a dish (existing, or new by name) on the day's menu. */
    public long addMenuItem(Actor actor, String kitchenId, LocalDate day, String meal, LocalTime mealTime, Long dishId,
                            String newDishName, String newDishKind, Integer servings) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        LocalDate date = writableDay(day);
        Meal parsedMeal = parse(Meal.class, meal, "meal", label("meal"), Meal.LUNCH);
        if (mealTime == null) {
            throw new ProblemException.InvalidInput("mealTime", PageText.of("kitchen.error.mealTimeMissing"));
        }
        if (servings == null || servings < 1 || servings > 10_000) {
            throw new ProblemException.InvalidInput("servings", PageText.of("kitchen.error.servingsRange"));
        }
        try {
            return db.transactionResult(c -> {
                DSLContext tx = c.dsl();
                long id;
                if (dishId != null) {
                    id = catalogue.dish(tx, kitchen.id(), dishId).map(StoredDish::id)
                            .orElseThrow(() -> new ProblemException.NotFound(PageText.of("kitchen.error.dishNotFound")));
                } else {
                    Dish dish = new Dish(required(newDishName, "dishName", label("dishName"), 200),
                            parse(DishKind.class, newDishKind, "dishKind", label("dishKind"), DishKind.SOLID));
                    id = catalogue.dishes(tx, kitchen.id()).stream().filter(d -> dish.isNamed(d.name())).findFirst()
                            .map(StoredDish::id)
                            .orElseGet(() -> catalogue.insertDish(tx, kitchen.id(), dish, clock.instant()));
                }
                return catalogue.insertMenuItem(tx, kitchen.id(), actor.userId(), date, parsedMeal, mealTime, id,
                        servings, clock.instant());
            });
        } catch (CatalogueStore.DuplicateNameException e) {
            throw new ProblemException.Conflict(PageText.of("kitchen.error.dishOnMenu"));
        }
    }

    /** Form 1: one delivered food. Failing food is returned (not accepted) and needs an action. */
    public long recordDelivery(Actor actor, String kitchenId, LocalDate day, Delivery d) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        LocalDate date = writableDay(day);
        ReceivingTable table = parse(ReceivingTable.class, d.table(), "table", label("foodTable"), ReceivingTable.FRESH);
        if (d.supplierId() == null) {
            throw new ProblemException.InvalidInput("supplierId", PageText.of("kitchen.error.chooseSupplier"));
        }
        catalogue.supplier(db, kitchen.id(), d.supplierId())
                .orElseThrow(() -> new ProblemException.InvalidInput("supplierId", PageText.of("kitchen.error.supplierNotListed")));
        Quantity quantity = quantity(d.quantity(), d.unit());
        PassFail check = parse(PassFail.class, d.sensory(), "sensory", label("checkResult"), PassFail.PASS);
        RapidTest rapid = parse(RapidTest.class, d.rapidTest(), "rapidTest", label("rapidTest"), RapidTest.NOT_DONE);
        boolean fresh = table == ReceivingTable.FRESH;
        boolean animal = fresh && Boolean.TRUE.equals(d.animalOrigin());
        boolean expired = !fresh && d.expiryDate() != null && d.expiryDate().isBefore(date);
        boolean failed = check.failed() || (fresh && rapid.failed()) || expired;
        String na = optional(d.papersNotApplicable(), 300);
        ReceiptRow row = new ReceiptRow(0, date, table, required(d.foodName(), "foodName", label("foodName"), 200), animal,
                time(date, d.receivedAt(), "receivedAt", label("receivedAt")), quantity, d.supplierId(),
                required(d.deliveredBy(), "deliveredBy", label("deliveredBy"), 200),
                required(d.invoiceRef(), "invoiceRef", label("invoiceRef"), 100),
                animal ? optional(d.veterinaryRef(), 100) : null, animal ? na : null,
                animal ? optional(d.quarantineRef(), 100) : null, animal ? na : null,
                fresh ? check : null, fresh ? rapid : null,
                fresh ? null : optional(d.manufacturer(), 200), fresh ? null : optional(d.manufacturerAddress(), 300),
                fresh ? null : d.expiryDate(),
                fresh ? null : parse(StorageCondition.class, d.storage(), "storage", label("storage"), StorageCondition.AMBIENT),
                fresh ? null : optional(d.lotNumber(), 50), fresh ? null : (expired ? PassFail.FAIL : check),
                failed ? ReceivingDecision.REJECTED : ReceivingDecision.ACCEPTED, optional(d.actionNote(), 500),
                entered(actor), null);
        long id = db.transactionResult(c -> {
            DSLContext tx = c.dsl();
            DayRecords before = standingNow(tx, kitchen, date);
            List<CheckRowStore.ReceiptRow> after = new ArrayList<>(before.receipts());
            after.add(row);
            refuseNew("foodName", before, before.with(after, before.cooking(), before.serving()), a -> a.receiving().violations(), actor);
            return rows.insertReceipt(tx, kitchen.id(), row);
        });
        changed.dayChanged(kitchen, date);
        return id;
    }

    /** Form 2: one cooked dish from the menu. */
    public long recordCooking(Actor actor, String kitchenId, LocalDate day, Cooking c) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        LocalDate date = writableDay(day);
        return db.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            DayRecords before = standingNow(tx, kitchen, date);
            StoredMenuItem item = menuItem(before, c.menuItemId());
            List<IngredientRow> ingredients = new ArrayList<>();
            for (Long receiptId : c.receiptIds() == null ? List.<Long>of() : c.receiptIds()) {
                ReceiptRow receipt = before.receipts().stream().filter(r -> r.id() == receiptId).findFirst()
                        .orElseThrow(() -> new ProblemException.InvalidInput("receiptIds",
                                PageText.of("kitchen.error.ingredientNotReceived")));
                ingredients.add(new IngredientRow(receipt.foodName(), receipt.quantity(), receipt.id(), null));
            }
            String store = optional(c.storeIngredient(), 200);
            if (store != null) {
                ingredients.add(new IngredientRow(store, quantity(c.storeQuantity(), c.storeUnit()), null, "Lấy từ kho của bếp"));
            }
            if (ingredients.isEmpty()) {
                throw new ProblemException.InvalidInput("receiptIds", PageText.of("kitchen.error.chooseIngredients"));
            }
            CookingRow row = new CookingRow(0, date, item.service(), item.dish(), item.servings(),
                    time(date, c.prepFinishedAt(), "prepFinishedAt", label("prepFinishedAt")),
                    time(date, c.cookingFinishedAt(), "cookingFinishedAt", label("cookingFinishedAt")),
                    new HygieneCheck(parse(PassFail.class, c.handlers(), "handlers", label("handlers"), PassFail.PASS), null),
                    new HygieneCheck(parse(PassFail.class, c.equipment(), "equipment", label("equipment"), PassFail.PASS), null),
                    new HygieneCheck(parse(PassFail.class, c.area(), "area", label("area"), PassFail.PASS), null),
                    parse(PassFail.class, c.sensory(), "sensory", label("dishSensory"), PassFail.PASS),
                    optional(c.actionNote(), 500), ingredients, entered(actor), null);
            List<CookingRow> after = new ArrayList<>(before.cooking());
            after.add(row);
            DayRecords candidate = before.with(before.receipts(), after, before.serving());
            refuseNew("menuItemId", before, candidate, a -> a.cooking().violations(), actor);
            return rows.insertCooking(tx, kitchen.id(), row);
        });
    }

    /** Form 3: one dish checked before eating. */
    public long recordServing(Actor actor, String kitchenId, LocalDate day, Serving s) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        LocalDate date = writableDay(day);
        long id = db.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            DayRecords before = standingNow(tx, kitchen, date);
            StoredMenuItem item = menuItem(before, s.menuItemId());
            ServingRow row = new ServingRow(0, date, item.service(), item.dish(), item.servings(),
                    time(date, s.portioningFinishedAt(), "portioningFinishedAt", label("portioningFinishedAt")),
                    time(date, s.eatingStartsAt(), "eatingStartsAt", label("eatingStartsAt"), EATING_AHEAD),
                    required(s.utensils(), "utensils", label("utensils"), 300),
                    parse(PassFail.class, s.utensilCheck(), "utensilCheck", label("utensilCheck"), PassFail.PASS),
                    parse(PassFail.class, s.sensory(), "sensory", label("dishSensory"), PassFail.PASS),
                    optional(s.actionNote(), 500), entered(actor), null);
            List<ServingRow> after = new ArrayList<>(before.serving());
            after.add(row);
            DayRecords candidate = before.with(before.receipts(), before.cooking(), after);
            refuseNew("menuItemId", before, candidate, a -> a.serving().violations(), actor);
            return rows.insertServing(tx, kitchen.id(), row);
        });
        changed.dayChanged(kitchen, date);
        return id;
    }

    /** Form 4: a retained sample of a menu dish; the person entering it is sampler and storer. Returns its code. */
    public String takeSample(Actor actor, String kitchenId, LocalDate day, Sample s) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        LocalDate date = writableDay(day);
        String name = displayName(actor);
        String code;
        try {
            code = db.transactionResult(configuration -> {
                DSLContext tx = configuration.dsl();
                Instant now = clock.instant();
                DayRecords before = standingNow(tx, kitchen, date);
                StoredMenuItem item = menuItem(before, s.menuItemId());
                if (s.amount() == null) {
                    throw new ProblemException.InvalidInput("amount", PageText.of("kitchen.error.sampleAmountMissing"));
                }
                if (s.storageCelsius() == null) {
                    throw new ProblemException.InvalidInput("storageCelsius", PageText.of("kitchen.error.storageCelsiusMissing"));
                }
                SampleUnit unit = s.unit() == null || s.unit().isBlank()
                        ? SampleRetentionPolicy.decision1246().unitFor(item.dish().kind())
                        : sampleUnit(s.unit());
                boolean sealed = Boolean.TRUE.equals(s.sealed());
                SampleRow row = new SampleRow(0, date, "", item.service(), item.dish(), item.servings(),
                        new SampleAmount(s.amount().stripTrailingZeros(), unit),
                        new SampleContainer(required(s.containerType(), "containerType", label("containerType"), 200), sealed,
                                sealed, optional(s.sealId(), 50)),
                        s.storageCelsius(), time(date, s.takenAt(), "takenAt", label("takenAt")),
                        required(s.storagePlace(), "storagePlace", label("storagePlace"), 200), optional(s.note(), 500),
                        actor.userId(), name, actor.userId(), name, now, null);
                ReplayClock replay = new ReplayClock(now);
                Assembled assembled = reconstruction.assemble(before, Optional.empty(), replay);
                replay.set(now);
                Outcome<FoodSample> taken = assembled.register().take(DayReconstruction.entry(row));
                if (taken instanceof Outcome.Rejected<FoodSample> rejected) {
                    throw ViolationMessages.refusal("amount", rejected.violations());
                }
                FoodSample sample = taken.orElseThrow();
                SampleRow stored = new SampleRow(0, date, sample.id().value(), row.meal(), row.dish(), row.servings(),
                        row.amount(), row.container(), row.storageCelsius(), row.takenAt(), row.storagePlace(), row.note(),
                        row.samplerId(), row.samplerName(), row.storerId(), row.storerName(), now, null);
                samples.insert(tx, kitchen.id(), stored);
                return sample.id().value();
            });
        } catch (IntegrityConstraintViolationException e) {
            throw new ProblemException.Conflict(PageText.of("kitchen.error.sampleRace"));
        }
        changed.dayChanged(kitchen, date);
        return code;
    }

    /** Form 5: destroys a kept sample, with the destroyer's and the storer's confirmation. */
    public void destroySample(Actor actor, String kitchenId, String code, Destruction d) {
        Kitchen kitchen = access.destroyable(actor, kitchenId);
        SampleRow sample = samples.byCode(db, kitchen.id(), code == null ? "" : code)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("kitchen.error.sampleNotFound", code)));
        if (!Boolean.TRUE.equals(d.destroyerConfirmed())) {
            throw new ProblemException.InvalidInput("destroyerConfirmed", PageText.of("kitchen.error.destroyerNotConfirmed"));
        }
        if (!Boolean.TRUE.equals(d.storerConfirmed())) {
            throw new ProblemException.InvalidInput("storerConfirmed", PageText.of("kitchen.error.storerNotConfirmed", sample.storerName()));
        }
        if (sample.storerId() != actor.userId() && !storerPasswordMatches(sample.storerId(), d.storerPassword())) {
            throw new ProblemException.InvalidInput("storerPassword", PageText.of("kitchen.error.storerPasswordWrong", sample.storerName()));
        }
        if (d.finalCelsius() == null) {
            throw new ProblemException.InvalidInput("finalCelsius", PageText.of("kitchen.error.finalCelsiusMissing"));
        }
        String name = displayName(actor);
        db.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Instant now = clock.instant();
            DayRecords day = reconstruction.load(tx, kitchen, sample.day());
            ReplayClock replay = new ReplayClock(now);
            Assembled assembled = reconstruction.assemble(day, Optional.empty(), replay);
            SampleStore.DestructionRow row = new SampleStore.DestructionRow(now, actor.userId(), name, sample.storerId(),
                    sample.storerName(), d.finalCelsius(), optional(d.note(), 500));
            replay.set(now);
            Outcome<FoodSample> destroyed = assembled.register().destroy(new SampleId(sample.code()),
                    DayReconstruction.destruction(new SampleRow(sample.id(), sample.day(), sample.code(), sample.meal(),
                            sample.dish(), sample.servings(), sample.amount(), sample.container(), sample.storageCelsius(),
                            sample.takenAt(), sample.storagePlace(), sample.note(), sample.samplerId(), sample.samplerName(),
                            sample.storerId(), sample.storerName(), sample.enteredAt(), row)));
            if (destroyed instanceof Outcome.Rejected<FoodSample> rejected) {
                throw ViolationMessages.refusal("finalCelsius", rejected.violations());
            }
            if (!samples.recordDestruction(tx, kitchen.id(), sample.id(), row)) {
                throw new ProblemException.Conflict(PageText.of("kitchen.error.sampleAlreadyDestroyed", code));
            }
        });
        changed.dayChanged(kitchen, sample.day());
    }

    /**
     * A note on how the day's dishes differed from its menu (a dish replaced, added or not served) and why; it
     * goes into Form 3 column 10, the day overview and the parents' page.
     */
    public long noteDeviation(Actor actor, String kitchenId, LocalDate day, String meal, String dishName, String note) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        LocalDate date = writableDay(day);
        DeviationStore.StoredDeviation deviation = new DeviationStore.StoredDeviation(0, date,
                parse(Meal.class, meal, "meal", label("meal"), Meal.LUNCH),
                required(dishName, "deviationDish", label("deviationDish"), 200),
                required(note, "deviationNote", label("deviationNote"), 500), actor.userId(), displayName(actor),
                clock.instant());
        return db.transactionResult(c -> deviations.insert(c.dsl(), kitchen.id(), deviation));
    }

    /** Strikes out a wrong row with a reason; it stays visible to inspectors and leaves the forms. */
    public void strikeOut(Actor actor, String kitchenId, CheckRowStore.RowKind kind, long rowId, String reason) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        String why = required(reason, "reason", label("strikeReason"), 500);
        boolean done = db.transactionResult(c -> rows.strikeOut(c.dsl(), kitchen.id(), kind, rowId,
                new CheckRowStore.Voided(clock.instant(), actor.userId(), why)));
        if (!done) {
            throw new ProblemException.NotFound(PageText.of("kitchen.error.rowNotFound"));
        }
    }

    private boolean storerPasswordMatches(long storerId, String password) {
        if (password == null || password.isBlank()) {
            return false;
        }
        Optional<String> username = kitchens.username(db, storerId);
        return username.flatMap(u -> signIn.check(u, password)).isPresent();
    }

    private String displayName(Actor actor) {
        return accounts.byUsername(db, actor.username()).map(AccountStore.Account::displayName).orElse(actor.username());
    }

    private Entered entered(Actor actor) {
        return new Entered(actor.userId(), displayName(actor), clock.instant());
    }

    private DayRecords standingNow(DSLContext tx, Kitchen kitchen, LocalDate date) {
        return reconstruction.load(tx, kitchen, date).standingAt(clock.instant());
    }

    /** Refuses the entry when the form with it has problems the form without it did not have. */
    private void refuseNew(String field, DayRecords before, DayRecords after,
                           java.util.function.Function<Assembled, List<Violation>> violations, Actor actor) {
        Optional<Provisional> provisional = Optional.of(new Provisional(displayName(actor), KitchenTime.now(clock)));
        List<Violation> old = violations.apply(reconstruction.assemble(before, provisional));
        List<Violation> now = new ArrayList<>(violations.apply(reconstruction.assemble(after, provisional)));
        now.removeAll(old);
        if (!now.isEmpty()) {
            throw ViolationMessages.refusal(field, now);
        }
    }

    private static StoredMenuItem menuItem(DayRecords day, Long menuItemId) {
        if (menuItemId == null) {
            throw new ProblemException.InvalidInput("menuItemId", PageText.of("kitchen.error.chooseMenuItem"));
        }
        return day.menu().stream().filter(m -> m.id() == menuItemId).findFirst()
                .orElseThrow(() -> new ProblemException.InvalidInput("menuItemId", PageText.of("kitchen.error.notOnMenu")));
    }

    private LocalDate writableDay(LocalDate day) {
        LocalDate today = LocalDate.now(clock.withZone(KitchenTime.ZONE));
        if (day == null) {
            return today;
        }
        if (day.isAfter(today)) {
            throw new ProblemException.InvalidInput("day", PageText.of("kitchen.error.dayAhead", day, today));
        }
        if (day.isBefore(today.minusDays(DAYS_BACK))) {
            throw new ProblemException.InvalidInput("day", PageText.of("kitchen.error.dayTooOld", DAYS_BACK));
        }
        return day;
    }

    private LocalDateTime time(LocalDate date, LocalTime time, String field, PageText label) {
        return time(date, time, field, label, Duration.ofMinutes(5));
    }

    /** A time of the day as entered; it may lie at most {@code ahead} in the future (clocks drift, meals are planned). */
    private LocalDateTime time(LocalDate date, LocalTime time, String field, PageText label, Duration ahead) {
        if (time == null) {
            throw new ProblemException.InvalidInput(field, PageText.of("kitchen.error.enter", label));
        }
        LocalDateTime at = date.atTime(time.withNano(0));
        if (at.isAfter(KitchenTime.now(clock).plus(ahead))) {
            throw new ProblemException.InvalidInput(field, PageText.of("kitchen.error.timeInFuture", time, label));
        }
        return at;
    }

    private static Quantity quantity(BigDecimal amount, String unit) {
        if (amount == null || amount.signum() <= 0) {
            throw new ProblemException.InvalidInput("quantity", PageText.of("kitchen.error.quantityNotPositive"));
        }
        if (amount.compareTo(new BigDecimal("1000000")) > 0 || amount.stripTrailingZeros().scale() > 3) {
            throw new ProblemException.InvalidInput("quantity", PageText.of("kitchen.error.quantityInvalid"));
        }
        return new Quantity(amount.stripTrailingZeros(), parse(QuantityUnit.class, unit, "unit", label("unit"), QuantityUnit.KILOGRAM));
    }

    private static SampleUnit sampleUnit(String unit) {
        String u = unit.strip().toLowerCase(java.util.Locale.ROOT);
        for (SampleUnit candidate : SampleUnit.values()) {
            if (candidate.symbol().equals(u) || candidate.name().equalsIgnoreCase(u)) {
                return candidate;
            }
        }
        throw new ProblemException.InvalidInput("unit", PageText.of("kitchen.error.sampleUnit"));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, PageText label, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidInput(field, PageText.of("kitchen.error.badValue", value.strip(), label));
        }
    }

    /** The name of a field as a refusal says it, {@code kitchen.label.<name>} in the page words. */
    static PageText label(String name) {
        return PageText.of("kitchen.label." + name);
    }

    static String required(String value, String field, PageText label, int max) {
        String text = optional(value, max);
        if (text == null) {
            throw new ProblemException.InvalidInput(field, PageText.of("kitchen.error.enter", label));
        }
        if (text.length() > max) {
            throw new ProblemException.InvalidInput(field, PageText.of("kitchen.error.tooLong", label, max));
        }
        return text;
    }

    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        return text.length() > max ? text.substring(0, max) : text;
    }
}

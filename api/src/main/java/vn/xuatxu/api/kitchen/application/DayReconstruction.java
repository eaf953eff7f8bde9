package vn.xuatxu.api.kitchen.application;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore.StoredSupplier;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.CookingRow;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.Entered;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.IngredientRow;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.ReceiptRow;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.ServingRow;
import vn.xuatxu.api.kitchen.persistence.DeviationStore;
import vn.xuatxu.api.kitchen.persistence.DeviationStore.StoredDeviation;
import vn.xuatxu.api.kitchen.persistence.HoldStore;
import vn.xuatxu.api.kitchen.persistence.HoldStore.StoredHold;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;
import vn.xuatxu.api.kitchen.persistence.SampleStore;
import vn.xuatxu.api.kitchen.persistence.SampleStore.SampleRow;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.kitchen.CheckHeader;
import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.Signature;
import vn.xuatxu.kitchen.SignatureMethod;
import vn.xuatxu.kitchen.Violation;
import vn.xuatxu.kitchen.day.KitchenDay;
import vn.xuatxu.kitchen.inspection.AnimalHealthPaper;
import vn.xuatxu.kitchen.inspection.CookingCheck;
import vn.xuatxu.kitchen.inspection.DishCooking;
import vn.xuatxu.kitchen.inspection.DishServing;
import vn.xuatxu.kitchen.inspection.DocumentRef;
import vn.xuatxu.kitchen.inspection.FreshFoodReceipt;
import vn.xuatxu.kitchen.inspection.IngredientSource;
import vn.xuatxu.kitchen.inspection.IngredientUse;
import vn.xuatxu.kitchen.inspection.MenuDeviation;
import vn.xuatxu.kitchen.inspection.PackagedFoodReceipt;
import vn.xuatxu.kitchen.inspection.ReceiptRef;
import vn.xuatxu.kitchen.inspection.ReceivingCheck;
import vn.xuatxu.kitchen.inspection.ReceivingTable;
import vn.xuatxu.kitchen.inspection.ServingCheck;
import vn.xuatxu.kitchen.inspection.Supplier;
import vn.xuatxu.kitchen.menu.Menu;
import vn.xuatxu.kitchen.menu.MenuItem;
import vn.xuatxu.kitchen.sample.DestructionRequest;
import vn.xuatxu.kitchen.sample.FoodSample;
import vn.xuatxu.kitchen.sample.RetentionPolicyHistory;
import vn.xuatxu.kitchen.sample.SampleEntry;
import vn.xuatxu.kitchen.sample.SampleId;
import vn.xuatxu.kitchen.sample.SampleRegister;
import vn.xuatxu.kitchen.sample.TemperatureReading;

/**
 * Rebuilds the domain's view of a kitchen day (menu, Forms 1–3, the sample register) from stored rows.
 *
 * <p>Why rebuild instead of storing domain objects: the domain's checks and its canonical hash are the only
 * authority on what a day contains, so every entry is validated, every close is hashed, and every public
 * proof is recomputed from the same rows through the same code. Form row numbers follow the order of the
 * standing rows; samples are replayed into a fresh register at the instants they were entered, so their ids
 * and destruction times come out exactly as the first time.
 */
@Singleton
public final class DayReconstruction {

    /** Places printed in the form headers. */
    static final String RECEIVING_PLACE = "Khu tiếp nhận thực phẩm";
    static final String COOKING_PLACE = "Khu sơ chế, chế biến";
    static final String SERVING_PLACE = "Khu chia thức ăn, nhà ăn";

    /** Who would head a form that has no rows yet, for checking its first row. */
    public record Provisional(String checkerName, LocalDateTime at) {
    }

    /** The domain objects of one day, each as the domain judged it. */
    public record Assembled(LocalDate date, Menu menu, Outcome<ReceivingCheck> receiving, Outcome<CookingCheck> cooking,
                            Outcome<ServingCheck> serving, SampleRegister register, List<FoodSample> samples,
                            Map<Long, ReceiptRef> receiptRefs) {

        /** The day as the domain would close it; empty forms and rejected forms are reported too. */
        public Outcome<KitchenDay> close() {
            List<Violation> violations = new ArrayList<>();
            violations.addAll(receiving.violations());
            violations.addAll(cooking.violations());
            violations.addAll(serving.violations());
            if (!violations.isEmpty()) {
                return new Outcome.Rejected<>(violations);
            }
            return KitchenDay.close(date, menu, receiving.orElseThrow(), cooking.orElseThrow(), serving.orElseThrow(),
                    samples);
        }
    }

    private final CatalogueStore catalogue;
    private final CheckRowStore rows;
    private final SampleStore samples;
    private final HoldStore holds;
    private final DeviationStore deviations;

    DayReconstruction(CatalogueStore catalogue, CheckRowStore rows, SampleStore samples, HoldStore holds,
                      DeviationStore deviations) {
        this.catalogue = catalogue;
        this.rows = rows;
        this.samples = samples;
        this.holds = holds;
        this.deviations = deviations;
    }

    /** Everything stored about the day. */
    public DayRecords load(DSLContext db, Kitchen kitchen, LocalDate day) {
        Map<Long, StoredSupplier> suppliers = catalogue.suppliers(db, kitchen.id()).stream()
                .collect(Collectors.toMap(StoredSupplier::id, Function.identity()));
        return new DayRecords(kitchen, day, catalogue.menu(db, kitchen.id(), day), suppliers,
                rows.receipts(db, kitchen.id(), day), rows.cooking(db, kitchen.id(), day),
                rows.serving(db, kitchen.id(), day), samples.ofDay(db, kitchen.id(), day),
                holds.covering(db, kitchen.id(), day), deviations.ofDay(db, kitchen.id(), day));
    }

    /** The day built from the given (already filtered) rows; empty forms get the provisional header, if any. */
    public Assembled assemble(DayRecords r, Optional<Provisional> provisional) {
        return assemble(r, provisional, new ReplayClock(Instant.EPOCH));
    }

    /** As above, replaying samples on the given clock, which the caller may then set to "now" for a new entry. */
    Assembled assemble(DayRecords r, Optional<Provisional> provisional, ReplayClock clock) {
        Menu menu = new Menu(r.day(), r.menu().stream().map(m -> new MenuItem(m.meal(), m.dish().dish())).toList());
        String establishment = "Bếp ăn bán trú " + r.kitchen().name();

        Map<Long, ReceiptRef> refs = new HashMap<>();
        List<FreshFoodReceipt> fresh = new ArrayList<>();
        List<PackagedFoodReceipt> packaged = new ArrayList<>();
        for (ReceiptRow receipt : r.receipts()) {
            StoredSupplier s = r.suppliers().get(receipt.supplierId());
            Supplier supplier = new Supplier(s.businessName(), s.addressAndPhone(), receipt.deliveredBy());
            if (receipt.table() == ReceivingTable.FRESH) {
                int row = fresh.size() + 1;
                refs.put(receipt.id(), new ReceiptRef(ReceivingTable.FRESH, row));
                fresh.add(new FreshFoodReceipt(row, receipt.foodName(), receipt.animalOrigin(), receipt.receivedAt(),
                        receipt.quantity(), supplier, new DocumentRef(receipt.invoiceRef()),
                        paper(receipt.veterinaryRef(), receipt.veterinaryNotApplicable()),
                        paper(receipt.quarantineRef(), receipt.quarantineNotApplicable()), receipt.sensory(),
                        receipt.rapidTest(), receipt.decision(), receipt.actionNote()));
            } else {
                int row = packaged.size() + 1;
                refs.put(receipt.id(), new ReceiptRef(ReceivingTable.PACKAGED, row));
                packaged.add(new PackagedFoodReceipt(row, receipt.foodName(), receipt.manufacturer(),
                        receipt.manufacturerAddress(), receipt.receivedAt(), receipt.quantity(), supplier,
                        receipt.expiryDate(), receipt.storage(), new DocumentRef(receipt.invoiceRef()),
                        receipt.lotNumber(), receipt.labelCheck(), receipt.decision(), receipt.actionNote()));
            }
        }
        Outcome<ReceivingCheck> receiving = ReceivingCheck.of(
                header(establishment, RECEIVING_PLACE, r.receipts().stream().map(ReceiptRow::entered).toList(), provisional),
                fresh, packaged);

        List<DishCooking> cookingRows = new ArrayList<>();
        for (CookingRow c : r.cooking()) {
            List<IngredientUse> ingredients = c.ingredients().stream().map(i -> ingredient(i, refs)).toList();
            cookingRows.add(new DishCooking(cookingRows.size() + 1, c.meal(), c.dish().name(), ingredients, c.servings(),
                    c.prepFinishedAt(), c.cookingFinishedAt(), c.handlers(), c.equipment(), c.area(), c.sensory(),
                    c.actionNote()));
        }
        CheckHeader cookingHeader = header(establishment, COOKING_PLACE,
                r.cooking().stream().map(CookingRow::entered).toList(), provisional);
        Outcome<CookingCheck> cooking = receiving instanceof Outcome.Accepted<ReceivingCheck> accepted
                ? CookingCheck.of(cookingHeader, cookingRows, accepted.value())
                : new Outcome.Rejected<>(receiving.violations());

        List<DishServing> servingRows = new ArrayList<>();
        for (ServingRow s : r.serving()) {
            servingRows.add(new DishServing(servingRows.size() + 1, s.meal(), s.dish().name(), s.servings(),
                    s.portioningFinishedAt(), s.eatingStartsAt(), s.utensils(), s.utensilCheck(), s.sensory(),
                    actionOrDeviation(s, r.deviations())));
        }
        List<MenuDeviation> notes = r.deviations().stream()
                .map(d -> new MenuDeviation(d.meal(), d.dishName(), d.note())).toList();
        Outcome<ServingCheck> serving = ServingCheck.of(header(establishment, SERVING_PLACE,
                r.serving().stream().map(ServingRow::entered).toList(), provisional), servingRows, menu, notes);

        SampleRegister register = SampleRegister.create(clock, RetentionPolicyHistory.decision1246Only());
        for (SampleRow s : r.samples()) {
            clock.set(s.enteredAt());
            FoodSample taken = register.take(entry(s)).orElseThrow();
            if (!taken.id().value().equals(s.code())) {
                throw new IllegalStateException("Sample " + s.code() + " replays as " + taken.id());
            }
        }
        // Destructions, holds and their releases, replayed in time order after the day's samples: a sample destroyed
        // before a hold stays destroyed, a hold covers every kept sample of its days (also one taken after the hold
        // was placed), and a held sample refuses destruction. A release was checked when it was stored; on a day
        // whose samples the hold did not cover it finds nothing to release, which is fine.
        List<Map.Entry<Instant, Runnable>> events = new ArrayList<>();
        r.samples().stream().filter(s -> s.destruction() != null).forEach(s -> events.add(Map.entry(s.destruction().at(),
                () -> register.destroy(new SampleId(s.code()), destruction(s)).orElseThrow())));
        for (StoredHold h : r.holds()) {
            events.add(Map.entry(h.placedAt(), () -> register.placeHold(h.holdId(), h.reason(),
                    signature(h.placedBy(), h.placedByName(), local(h.placedAt())), h.from(), h.to())));
            if (h.releasedAt() != null) {
                events.add(Map.entry(h.releasedAt(), () -> register.releaseHold(h.holdId(), h.releaseReference(),
                        signature(h.releasedBy(), h.releasedByName(), local(h.releasedAt())))));
            }
        }
        events.stream().sorted(Map.Entry.comparingByKey()).forEach(event -> {
            clock.set(event.getKey());
            event.getValue().run();
        });
        return new Assembled(r.day(), menu, receiving, cooking, serving, register, register.takenOn(r.day()), refs);
    }

    /** The day as the domain closes it from these rows, or a refusal listing what is missing. */
    public KitchenDay closedDay(DayRecords standing) {
        List<PageText> empty = new ArrayList<>();
        if (standing.receipts().isEmpty()) {
            empty.add(PageText.of("kitchen.error.noReceipts"));
        }
        if (standing.cooking().isEmpty()) {
            empty.add(PageText.of("kitchen.error.noCooking"));
        }
        if (standing.serving().isEmpty()) {
            empty.add(PageText.of("kitchen.error.noServing"));
        }
        if (!empty.isEmpty()) {
            throw new ProblemException.InvalidInput("day", PageText.of("kitchen.error.dayIncomplete", empty));
        }
        Outcome<KitchenDay> day = assemble(standing, Optional.empty()).close();
        if (day instanceof Outcome.Rejected<KitchenDay> rejected) {
            throw ViolationMessages.refusal("day", rejected.violations());
        }
        return day.orElseThrow();
    }

    /** The domain entry of a stored sample: sampler and storer signed when it was entered. */
    static SampleEntry entry(SampleRow s) {
        LocalDateTime signedAt = local(s.enteredAt());
        return new SampleEntry(s.dish().dish(), s.meal(), s.servings(), s.amount(), s.container(),
                new TemperatureReading(s.storageCelsius(), signedAt), s.takenAt(),
                signature(s.samplerId(), s.samplerName(), signedAt), signature(s.storerId(), s.storerName(), signedAt),
                s.storagePlace(), s.note());
    }

    static DestructionRequest destruction(SampleRow s) {
        SampleStore.DestructionRow d = s.destruction();
        LocalDateTime at = local(d.at());
        return new DestructionRequest(signature(d.destroyerId(), d.destroyerName(), at),
                signature(d.storerConfirmedId(), d.storerConfirmedName(), at),
                new TemperatureReading(d.finalCelsius(), at), d.note());
    }

    /** A person's signature on the tablet: their own login; the id links to the account. */
    static Signature signature(long userId, String name, LocalDateTime at) {
        return new Signature("u" + userId, name, at, SignatureMethod.PERSONAL_LOGIN);
    }

    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, KitchenTime.ZONE).truncatedTo(ChronoUnit.SECONDS);
    }

    private static CheckHeader header(String establishment, String place, List<Entered> entries,
                                      Optional<Provisional> provisional) {
        if (!entries.isEmpty()) {
            Entered first = entries.stream().min(java.util.Comparator.comparing(Entered::at)).orElseThrow();
            return new CheckHeader(establishment, first.userName(), local(first.at()), place);
        }
        return provisional.map(p -> new CheckHeader(establishment, p.checkerName(), p.at(), place))
                .orElse(new CheckHeader(establishment, null, null, place));
    }

    /** A served dish off the menu is explained by the row's own note or by a deviation note naming it. */
    private static String actionOrDeviation(ServingRow s, List<StoredDeviation> deviations) {
        if (s.actionNote() != null && !s.actionNote().isBlank()) {
            return s.actionNote();
        }
        return deviations.stream().filter(d -> d.meal() == s.meal().meal() && s.dish().dish().isNamed(d.dishName()))
                .map(StoredDeviation::note).findFirst().orElse(null);
    }

    private static AnimalHealthPaper paper(String reference, String notApplicable) {
        if (reference != null && !reference.isBlank()) {
            return AnimalHealthPaper.provided(reference);
        }
        return AnimalHealthPaper.notApplicable(notApplicable == null ? "" : notApplicable);
    }

    private static IngredientUse ingredient(IngredientRow i, Map<Long, ReceiptRef> refs) {
        if (i.receiptId() == null) {
            return new IngredientUse(i.name(), i.quantity(), new IngredientSource.FromStore(i.storeNote()));
        }
        ReceiptRef ref = refs.get(i.receiptId());
        // A struck-out delivery is no longer on Form 1: point past its end so the domain reports it as unknown.
        return new IngredientUse(i.name(), i.quantity(), new IngredientSource.Delivered(
                ref != null ? ref : new ReceiptRef(ReceivingTable.FRESH, 10_000)));
    }
}

package vn.xuatxu.kitchen.sample;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.xuatxu.kitchen.MealService;
import vn.xuatxu.kitchen.Signature;
import vn.xuatxu.kitchen.menu.Dish;

/**
 * One retained food sample: a row of Form 5 and the sealed container its Form 4 label is fixed
 * to.
 *
 * <p>Why it is immutable and has no public constructor: a sample is evidence. It is created only
 * by {@link SampleRegister#take} after the rules of Decision 1246/QĐ-BYT are checked, and every
 * change (hold, release, destruction) is a new version kept by the register, so the register can
 * show what the row said at any time.
 */
public final class FoodSample {

    private final SampleId id;
    private final int registerRow;
    private final int version;
    private final Dish dish;
    private final MealService meal;
    private final int servings;
    private final SampleAmount amount;
    private final SampleContainer container;
    private final TemperatureReading storageReading;
    private final LocalDateTime takenAt;
    private final Signature sampler;
    private final Signature storer;
    private final String storagePlace;
    private final String note;
    private final SampleRetentionPolicy policy;
    private final List<LegalHold> holds;
    private final List<HoldRelease> releases;
    private final Destruction destruction;

    FoodSample(SampleId id, int registerRow, SampleEntry entry, SampleRetentionPolicy policy) {
        this(id, registerRow, 1, entry.dish(), entry.meal(), entry.servings(), entry.amount(), entry.container(),
                entry.storageReading(), entry.takenAt().truncatedTo(ChronoUnit.MINUTES), entry.sampler(),
                entry.storer(), entry.storagePlace(), entry.note(), policy, List.of(), List.of(), null);
    }

    private FoodSample(SampleId id, int registerRow, int version, Dish dish, MealService meal, int servings,
                       SampleAmount amount, SampleContainer container, TemperatureReading storageReading,
                       LocalDateTime takenAt, Signature sampler, Signature storer, String storagePlace,
                       String note, SampleRetentionPolicy policy, List<LegalHold> holds,
                       List<HoldRelease> releases, Destruction destruction) {
        this.id = id;
        this.registerRow = registerRow;
        this.version = version;
        this.dish = dish;
        this.meal = meal;
        this.servings = servings;
        this.amount = amount;
        this.container = container;
        this.storageReading = storageReading;
        this.takenAt = takenAt;
        this.sampler = sampler;
        this.storer = storer;
        this.storagePlace = storagePlace;
        this.note = note;
        this.policy = policy;
        this.holds = List.copyOf(holds);
        this.releases = List.copyOf(releases);
        this.destruction = destruction;
    }

    FoodSample withHold(LegalHold hold) {
        List<LegalHold> more = new ArrayList<>(holds);
        more.add(hold);
        return new FoodSample(id, registerRow, version + 1, dish, meal, servings, amount, container, storageReading,
                takenAt, sampler, storer, storagePlace, note, policy, more, releases, destruction);
    }

    FoodSample withRelease(HoldRelease release) {
        List<HoldRelease> more = new ArrayList<>(releases);
        more.add(release);
        return new FoodSample(id, registerRow, version + 1, dish, meal, servings, amount, container, storageReading,
                takenAt, sampler, storer, storagePlace, note, policy, holds, more, destruction);
    }

    FoodSample withDestruction(Destruction done) {
        return new FoodSample(id, registerRow, version + 1, dish, meal, servings, amount, container, storageReading,
                takenAt, sampler, storer, storagePlace, note, policy, holds, releases, done);
    }

    /** The id printed on the label. */
    public SampleId id() {
        return id;
    }

    /** Form 5 column 1 (TT): the row number in the register. */
    public int registerRow() {
        return registerRow;
    }

    /** The version of this row, 1 when taken, +1 for every hold, release or destruction. */
    public int version() {
        return version;
    }

    /** Col 2: the sampled dish. */
    public Dish dish() {
        return dish;
    }

    /** Col 3: meal and meal time. */
    public MealService meal() {
        return meal;
    }

    /** Col 4: servings of the dish. */
    public int servings() {
        return servings;
    }

    /** Col 5: mass or volume. */
    public SampleAmount amount() {
        return amount;
    }

    /** Col 6: container, lid and seal. */
    public SampleContainer container() {
        return container;
    }

    /** Col 7: fridge temperature when stored. */
    public TemperatureReading storageReading() {
        return storageReading;
    }

    /** Col 8: time taken, to the minute. */
    public LocalDateTime takenAt() {
        return takenAt;
    }

    /** Form 4: who took it. */
    public Signature sampler() {
        return sampler;
    }

    /** Col 11: who stored it. */
    public Signature storer() {
        return storer;
    }

    /** Where it is kept. */
    public String storagePlace() {
        return storagePlace;
    }

    /** Col 10 at storing, if any. */
    public Optional<String> note() {
        return Optional.ofNullable(note).filter(n -> !n.isBlank());
    }

    /** The version of the rules the sample was judged by. */
    public SampleRetentionPolicy policy() {
        return policy;
    }

    /** Every hold ever placed on the sample, in order. */
    public List<LegalHold> holds() {
        return holds;
    }

    /** Every release of a hold, in order. */
    public List<HoldRelease> releases() {
        return releases;
    }

    /** Holds placed and not released. */
    public List<LegalHold> activeHolds() {
        return holds.stream()
                .filter(h -> releases.stream().noneMatch(r -> r.holdId().equals(h.holdId())))
                .toList();
    }

    /** The destruction (cols 9, 10, 12), once destroyed. */
    public Optional<Destruction> destruction() {
        return Optional.ofNullable(destruction);
    }

    /** Kept, on hold, or destroyed. */
    public SampleStatus status() {
        if (destruction != null) {
            return new SampleStatus.Destroyed(destruction);
        }
        List<LegalHold> active = activeHolds();
        return active.isEmpty() ? new SampleStatus.Kept() : new SampleStatus.OnHold(active);
    }

    /** True until the sample is destroyed. */
    public boolean kept() {
        return destruction == null;
    }

    /** The first moment the sample may be destroyed, by the rules it was judged by. */
    public LocalDateTime earliestDestruction() {
        return policy.earliestDestruction(takenAt);
    }

    /** The Form 4 label to print and fix to the container. */
    public SampleLabel label() {
        return new SampleLabel(meal.meal(), dish.name(), takenAt, sampler, id, container.sealId());
    }
}

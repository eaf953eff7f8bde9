package vn.xuatxu.kitchen.day;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.xuatxu.kitchen.CheckHeader;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.inspection.CookingCheck;
import vn.xuatxu.kitchen.inspection.DishCooking;
import vn.xuatxu.kitchen.inspection.DishServing;
import vn.xuatxu.kitchen.inspection.ReceivingCheck;
import vn.xuatxu.kitchen.inspection.ServingCheck;
import vn.xuatxu.kitchen.menu.Dish;
import vn.xuatxu.kitchen.menu.Menu;
import vn.xuatxu.kitchen.sample.FoodSample;
import vn.xuatxu.kitchen.sample.SampleId;

/**
 * One closed school-kitchen day: the published menu, Forms 1, 2 and 3 and the samples of Form 5
 * taken that day.
 *
 * <p>Why it exists: an inspector checks the day as a whole (reference §3.3): the three steps
 * exist and match the menu, and every dish served has its sample. {@link #close} applies the
 * rules that span the forms:
 * <ul>
 *   <li>everything is dated on the day (derived);</li>
 *   <li>every Form 3 dish has a Form 2 row, and was not portioned before it was cooked (§5.18);</li>
 *   <li>every Form 3 dish has exactly one sample of the same meal and meal time (one per serving
 *       shift), and every sample is of a served dish (§5.6);</li>
 *   <li>each sample was taken after its dish finished cooking (§5.8) and not after eating
 *       started (§5.7).</li>
 * </ul>
 * The forms themselves were already checked when they were built.
 *
 * <p>The canonical text ({@link #canonicalText()}) is JSON with these rules, chosen so any
 * implementation can reproduce it byte for byte: UTF-8; object keys sorted by UTF-16 code units;
 * no insignificant whitespace; every string, including keys, normalised to Unicode NFC; only
 * {@code "}, {@code \}, and control characters escaped (short forms where JSON has them, else
 * <code>&#92;u00xx</code> in lower-case hex); integers as JSON numbers; decimal quantities as strings in plain notation with
 * no trailing zeros; times as {@code yyyy-MM-ddTHH:mm:ss} local to Asia/Ho_Chi_Minh, meal times as
 * {@code HH:mm}, dates as {@code yyyy-MM-dd}; enums by their Java constant name; absent values
 * as {@code null}; rows ordered by their form row number, menu items by meal then dish name,
 * samples by id. The top-level object carries {@code "schema":"vn.xuatxu.kitchen.day/1"};
 * changing any rule above, or the fields written, means a new schema version. For text without
 * characters outside the Basic Multilingual Plane the result equals Python's
 * {@code json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)} of the NFC
 * data, which gives verifiers a second implementation to check against.
 */
public final class KitchenDay {

    private final LocalDate date;
    private final Menu menu;
    private final ReceivingCheck receiving;
    private final CookingCheck cooking;
    private final ServingCheck serving;
    private final List<FoodSample> samples;
    private final String canonicalText;
    private final ContentHash contentHash;

    private KitchenDay(LocalDate date, Menu menu, ReceivingCheck receiving, CookingCheck cooking,
                       ServingCheck serving, List<FoodSample> samples) {
        this.date = date;
        this.menu = menu;
        this.receiving = receiving;
        this.cooking = cooking;
        this.serving = serving;
        this.samples = samples;
        this.canonicalText = CanonicalJson.write(DayCanonicalForm.of(this));
        this.contentHash = ContentHash.sha256(canonicalText);
    }

    /**
     * Closes a kitchen day from its checked parts.
     *
     * @param date      the school day
     * @param menu      its published menu
     * @param receiving its Form 1
     * @param cooking   its Form 2
     * @param serving   its Form 3
     * @param samples   the samples taken that day, as recorded in the register
     * @return the day, or every violation found
     */
    public static Outcome<KitchenDay> close(LocalDate date, Menu menu, ReceivingCheck receiving,
                                            CookingCheck cooking, ServingCheck serving, List<FoodSample> samples) {
        List<FoodSample> daySamples = List.copyOf(samples);
        List<DayViolation> violations = new ArrayList<>();
        sameDay(date, "Menu", menu.date(), violations);
        sameDay(date, "Mẫu số 1", headerDate(receiving.header()), violations);
        sameDay(date, "Mẫu số 2", headerDate(cooking.header()), violations);
        sameDay(date, "Mẫu số 3", headerDate(serving.header()), violations);
        for (FoodSample s : daySamples) {
            sameDay(date, "Sample " + s.id(), s.takenAt().toLocalDate(), violations);
        }
        for (DishServing served : serving.dishes()) {
            checkServedDish(served, cooking, daySamples, violations);
        }
        for (FoodSample s : daySamples) {
            boolean served = serving.dishes().stream()
                    .anyMatch(d -> d.meal().equals(s.meal()) && s.dish().isNamed(d.dishName()));
            if (!served) {
                violations.add(new DayViolation.SampleWithoutDish(s.id(), s.dish().name()));
            }
        }
        return Outcome.of(violations, () -> new KitchenDay(date, menu, receiving, cooking, serving, daySamples));
    }

    private static void checkServedDish(DishServing served, CookingCheck cooking, List<FoodSample> samples,
                                        List<DayViolation> violations) {
        Optional<DishCooking> cooked = cooking.find(served.meal().meal(), served.dishName());
        if (cooked.isEmpty()) {
            violations.add(new DayViolation.DishNotCooked(served.meal().meal(), served.dishName()));
        } else if (cooked.get().cookingFinishedAt().isAfter(served.portioningFinishedAt())) {
            violations.add(new DayViolation.PortionedBeforeCooked(served.meal().meal(), served.dishName(),
                    cooked.get().cookingFinishedAt(), served.portioningFinishedAt()));
        }
        List<FoodSample> ofDish = samples.stream()
                .filter(s -> s.meal().equals(served.meal()))
                .filter(s -> Dish.key(s.dish().name()).equals(Dish.key(served.dishName())))
                .toList();
        if (ofDish.isEmpty()) {
            violations.add(new DayViolation.SampleMissing(served.meal().meal(), served.dishName()));
            return;
        }
        if (ofDish.size() > 1) {
            violations.add(new DayViolation.SampleDuplicated(served.meal().meal(), served.dishName(),
                    ofDish.stream().map(FoodSample::id).toList()));
        }
        for (FoodSample s : ofDish) {
            if (s.takenAt().isAfter(served.eatingStartsAt())) {
                violations.add(new DayViolation.SampledAfterEatingStarted(s.id(), s.takenAt(), served.eatingStartsAt()));
            }
            LocalDateTime cookedAt = cooked.map(DishCooking::cookingFinishedAt).orElse(null);
            // Sampling times are kept to the minute, so compare with cooking time at minute precision.
            if (cookedAt != null && s.takenAt().isBefore(cookedAt.withSecond(0).withNano(0))) {
                violations.add(new DayViolation.SampledBeforeCooked(s.id(), s.takenAt(), cookedAt));
            }
        }
    }

    private static LocalDate headerDate(CheckHeader header) {
        return header.checkedAt() == null ? null : header.checkedAt().toLocalDate();
    }

    private static void sameDay(LocalDate day, String part, LocalDate found, List<DayViolation> violations) {
        if (found != null && !found.equals(day)) {
            violations.add(new DayViolation.WrongDay(part, day, found));
        }
    }

    /** The school day. */
    public LocalDate date() {
        return date;
    }

    /** The published menu. */
    public Menu menu() {
        return menu;
    }

    /** Form 1. */
    public ReceivingCheck receiving() {
        return receiving;
    }

    /** Form 2. */
    public CookingCheck cooking() {
        return cooking;
    }

    /** Form 3. */
    public ServingCheck serving() {
        return serving;
    }

    /** The samples taken that day (Form 5 rows), as recorded when the day was closed. */
    public List<FoodSample> samples() {
        return samples;
    }

    /** The canonical JSON text of the day, as defined in the class description. */
    public String canonicalText() {
        return canonicalText;
    }

    /** SHA-256 of {@link #canonicalText()}: what is anchored on the ledger. */
    public ContentHash contentHash() {
        return contentHash;
    }
}

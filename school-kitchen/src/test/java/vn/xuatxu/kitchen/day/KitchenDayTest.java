package vn.xuatxu.kitchen.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.kitchen.ExampleLunch.DATE;
import static vn.xuatxu.kitchen.ExampleLunch.DISHES;
import static vn.xuatxu.kitchen.ExampleLunch.PORK;
import static vn.xuatxu.kitchen.ExampleLunch.RICE;
import static vn.xuatxu.kitchen.ExampleLunch.SOUP;
import static vn.xuatxu.kitchen.ExampleLunch.at;
import static vn.xuatxu.kitchen.ExampleLunch.clockAt;
import static vn.xuatxu.kitchen.ExampleLunch.header;
import static vn.xuatxu.kitchen.ExampleLunch.menu;
import static vn.xuatxu.kitchen.ExampleLunch.sample;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xuatxu.kitchen.ExampleLunch;
import vn.xuatxu.kitchen.KitchenRule;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.Violation;
import vn.xuatxu.kitchen.inspection.CookingCheck;
import vn.xuatxu.kitchen.inspection.DishCooking;
import vn.xuatxu.kitchen.inspection.DishServing;
import vn.xuatxu.kitchen.inspection.ReceivingCheck;
import vn.xuatxu.kitchen.inspection.ServingCheck;
import vn.xuatxu.kitchen.menu.Dish;
import vn.xuatxu.kitchen.sample.FoodSample;
import vn.xuatxu.kitchen.sample.RetentionPolicyHistory;
import vn.xuatxu.kitchen.sample.SampleAmount;
import vn.xuatxu.kitchen.sample.SampleEntry;
import vn.xuatxu.kitchen.sample.SampleRegister;

class KitchenDayTest {

    /**
     * The SHA-256 of the example lunch's canonical text. It changes only if the example or the
     * canonical form changes; a change of the canonical form needs a new schema version.
     */
    private static final String EXAMPLE_LUNCH_HASH = "a0a961fb3cd7e7347f475458cb830d7dd2c6c665fc640bb41a30b8ecb7f1cc0d";

    private final ReceivingCheck receiving = ExampleLunch.receiving();
    private final CookingCheck cooking = ExampleLunch.cooking(receiving);
    private final ServingCheck serving = ExampleLunch.serving();

    private static List<FoodSample> samplesAt(LocalDateTime clockTime, List<SampleEntry> entries) {
        SampleRegister register = SampleRegister.create(clockAt(clockTime), RetentionPolicyHistory.decision1246Only());
        return entries.stream().map(e -> register.take(e).orElseThrow()).toList();
    }

    private static List<FoodSample> lunchSamples() {
        return samplesAt(at(10, 50), DISHES.stream().map(ExampleLunch::sample).toList());
    }

    private static List<SampleEntry> lunchEntriesWith(Dish dish, SampleEntry replacement) {
        return DISHES.stream().map(d -> d.equals(dish) ? replacement : sample(d)).toList();
    }

    private Outcome<KitchenDay> close(CookingCheck cookingForm, ServingCheck servingForm, List<FoodSample> samples) {
        return KitchenDay.close(DATE, menu(), receiving, cookingForm, servingForm, samples);
    }

    private static Violation only(Outcome<?> outcome) {
        assertFalse(outcome.accepted(), "expected a rejection");
        assertEquals(1, outcome.violations().size(), () -> "violations: " + outcome.violations());
        return outcome.violations().get(0);
    }

    @Test
    void completeLunchClosesWithAStableHash() {
        KitchenDay day = close(cooking, serving, lunchSamples()).orElseThrow();
        assertEquals(5, day.samples().size());
        assertEquals(ContentHash.sha256(day.canonicalText()), day.contentHash());
        assertTrue(day.canonicalText().contains("\"schema\":\"vn.xuatxu.kitchen.day/1\""));
        assertEquals(EXAMPLE_LUNCH_HASH, day.contentHash().hex());
    }

    @Test
    void hashDoesNotDependOnTheOrderSamplesAreHandedOver() {
        List<FoodSample> samples = lunchSamples();
        List<FoodSample> reversed = new ArrayList<>(samples);
        Collections.reverse(reversed);
        assertEquals(close(cooking, serving, samples).orElseThrow().canonicalText(),
                close(cooking, serving, reversed).orElseThrow().canonicalText());
    }

    @Test
    void hashDoesNotDependOnTheUnicodeFormTheNamesWereTypedIn() {
        List<DishServing> decomposed = ExampleLunch.servingRows().stream()
                .map(r -> new DishServing(r.row(), r.meal(), Normalizer.normalize(r.dishName(), Normalizer.Form.NFD),
                        r.servings(), r.portioningFinishedAt(), r.eatingStartsAt(),
                        Normalizer.normalize(r.utensils(), Normalizer.Form.NFD), r.utensilCheck(), r.sensory(), r.action()))
                .toList();
        assertNotEquals(ExampleLunch.servingRows().get(3).dishName(), decomposed.get(3).dishName());
        ServingCheck nfd = ServingCheck.of(header("Khu chia, nhà ăn", at(10, 45)), decomposed, menu(), List.of())
                .orElseThrow();
        List<FoodSample> samples = lunchSamples();
        assertEquals(close(cooking, serving, samples).orElseThrow().contentHash(),
                close(cooking, nfd, samples).orElseThrow().contentHash());
    }

    @Test
    void anyChangedFactChangesTheHash() {
        List<FoodSample> samples = lunchSamples();
        List<FoodSample> heavierRice = samplesAt(at(10, 50),
                lunchEntriesWith(RICE, sample(RICE, SampleAmount.grams("121"), at(10, 40))));
        assertNotEquals(close(cooking, serving, samples).orElseThrow().contentHash(),
                close(cooking, serving, heavierRice).orElseThrow().contentHash());
    }

    @Test
    void servedDishWithoutASampleBlocksClosing() {
        List<FoodSample> withoutSoup = lunchSamples().stream().filter(s -> !s.dish().equals(SOUP)).toList();
        DayViolation.SampleMissing missing = assertInstanceOf(DayViolation.SampleMissing.class,
                only(close(cooking, serving, withoutSoup)));
        assertEquals(SOUP.name(), missing.dishName());
        assertEquals(KitchenRule.SAMPLE_PER_DISH, missing.rule());
    }

    @Test
    void dishWithTwoSamplesBlocksClosing() {
        List<FoodSample> samples = new ArrayList<>(lunchSamples());
        samples.add(samplesAt(at(10, 50), List.of(sample(PORK), sample(RICE))).get(1));
        assertInstanceOf(DayViolation.SampleDuplicated.class, only(close(cooking, serving, samples)));
    }

    @Test
    void sampleTakenAfterEatingStartedBlocksClosing() {
        List<FoodSample> late = samplesAt(at(11, 10),
                lunchEntriesWith(PORK, sample(PORK, SampleAmount.grams("120"), at(11, 5))));
        Violation v = only(close(cooking, serving, late));
        assertInstanceOf(DayViolation.SampledAfterEatingStarted.class, v);
        assertEquals(KitchenRule.SAMPLE_BEFORE_EATING, v.rule());
    }

    @Test
    void sampleTakenAtTheMomentEatingStartsIsAccepted() {
        List<FoodSample> onTime = samplesAt(at(11, 10),
                lunchEntriesWith(PORK, sample(PORK, SampleAmount.grams("120"), at(11, 0))));
        assertTrue(close(cooking, serving, onTime).accepted());
    }

    @Test
    void sampleTakenBeforeTheDishFinishedCookingBlocksClosing() {
        List<FoodSample> early = samplesAt(at(10, 50),
                lunchEntriesWith(PORK, sample(PORK, SampleAmount.grams("120"), at(10, 10))));
        Violation v = only(close(cooking, serving, early));
        assertInstanceOf(DayViolation.SampledBeforeCooked.class, v);
        assertEquals(KitchenRule.SAMPLE_AFTER_COOKING, v.rule());
    }

    @Test
    void dishPortionedBeforeItFinishedCookingBlocksClosing() {
        List<DishCooking> rows = new ArrayList<>(ExampleLunch.cookingRows());
        DishCooking pork = rows.get(1);
        rows.set(1, new DishCooking(pork.row(), pork.meal(), pork.dishName(), pork.ingredients(), pork.servings(),
                pork.prepFinishedAt(), at(10, 38), pork.foodHandlers(), pork.equipment(), pork.area(), pork.sensory(),
                pork.action()));
        CookingCheck lateCooking = CookingCheck.of(header("Khu chế biến", at(10, 40)), rows, receiving).orElseThrow();
        Violation v = only(close(lateCooking, serving, lunchSamples()));
        assertInstanceOf(DayViolation.PortionedBeforeCooked.class, v);
        assertEquals(KitchenRule.STEP_TIME_ORDER, v.rule());
    }

    @Test
    void servedDishMissingFromForm2BlocksClosing() {
        List<DishCooking> rows = new ArrayList<>(ExampleLunch.cookingRows().subList(0, 4));
        CookingCheck noBanana = CookingCheck.of(header("Khu chế biến", at(10, 15)), rows, receiving).orElseThrow();
        assertInstanceOf(DayViolation.DishNotCooked.class, only(close(noBanana, serving, lunchSamples())));
    }

    @Test
    void partsOfAnotherDayBlockClosing() {
        Outcome<KitchenDay> outcome = KitchenDay.close(DATE.plusDays(1), menu(), receiving, cooking, serving,
                lunchSamples());
        assertFalse(outcome.accepted());
        assertTrue(outcome.violations().stream().allMatch(v -> v instanceof DayViolation.WrongDay));
    }
}

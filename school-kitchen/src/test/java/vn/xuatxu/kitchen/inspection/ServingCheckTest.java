package vn.xuatxu.kitchen.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.kitchen.ExampleLunch.at;
import static vn.xuatxu.kitchen.ExampleLunch.header;
import static vn.xuatxu.kitchen.ExampleLunch.menu;
import static vn.xuatxu.kitchen.ExampleLunch.servingRows;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xuatxu.kitchen.CheckHeader;
import vn.xuatxu.kitchen.ExampleLunch;
import vn.xuatxu.kitchen.KitchenRule;
import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.PassFail;
import vn.xuatxu.kitchen.Violation;

class ServingCheckTest {

    private static final CheckHeader HEADER = header("Khu chia, nhà ăn", at(10, 45));

    private static Violation only(Outcome<?> outcome) {
        assertFalse(outcome.accepted(), "expected a rejection");
        assertEquals(1, outcome.violations().size(), () -> "violations: " + outcome.violations());
        return outcome.violations().get(0);
    }

    private static List<DishServing> replacingLast(DishServing row) {
        List<DishServing> rows = new ArrayList<>(servingRows());
        rows.set(rows.size() - 1, row);
        return rows;
    }

    private static DishServing lastRow(String dish, LocalDateTime portioned, LocalDateTime eating, PassFail sensory,
                                       String action) {
        return new DishServing(5, ExampleLunch.LUNCH, dish, 900, portioned, eating, "Khay inox có nắp",
                PassFail.PASS, sensory, action);
    }

    @Test
    void lunchServedAsOnTheMenuIsAccepted() {
        assertTrue(ServingCheck.of(HEADER, servingRows(), menu(), List.of()).accepted());
    }

    @Test
    void portioningMustFinishBeforeEatingStarts() {
        Violation v = only(ServingCheck.of(HEADER, replacingLast(lastRow(ExampleLunch.BANANA.name(), at(11, 5),
                at(11, 0), PassFail.PASS, null)), menu(), List.of()));
        assertInstanceOf(InspectionViolation.TimesOutOfOrder.class, v);
    }

    @Test
    void failedSensoryCheckBeforeEatingNeedsAnAction() {
        Violation v = only(ServingCheck.of(HEADER, replacingLast(lastRow(ExampleLunch.BANANA.name(), at(10, 35),
                at(11, 0), PassFail.FAIL, null)), menu(), List.of()));
        assertEquals(KitchenRule.ACTION_REQUIRED_ON_FAIL, v.rule());
    }

    @Test
    void substitutedDishNeedsNotesForBothTheNewAndTheMissingDish() {
        Outcome<ServingCheck> silent = ServingCheck.of(HEADER, replacingLast(lastRow("Dưa hấu", at(10, 35),
                at(11, 0), PassFail.PASS, null)), menu(), List.of());
        assertEquals(2, silent.violations().size());
        assertTrue(silent.violations().stream().allMatch(v -> v instanceof InspectionViolation.MenuDeviationNotNoted));

        Outcome<ServingCheck> explained = ServingCheck.of(HEADER, replacingLast(lastRow("Dưa hấu", at(10, 35),
                at(11, 0), PassFail.PASS, "Thay chuối do nhà cung cấp giao thiếu")), menu(),
                List.of(new MenuDeviation(Meal.LUNCH, "Chuối tráng miệng", "Nhà cung cấp giao thiếu; thay dưa hấu")));
        assertTrue(explained.accepted(), () -> explained.violations().toString());
    }

    @Test
    void dishNamesMatchTheMenuWhateverTheUnicodeForm() {
        String decomposed = java.text.Normalizer.normalize("  CHUỐI tráng miệng", java.text.Normalizer.Form.NFD);
        assertTrue(ServingCheck.of(HEADER, replacingLast(lastRow(decomposed, at(10, 35), at(11, 0),
                PassFail.PASS, null)), menu(), List.of()).accepted());
    }
}

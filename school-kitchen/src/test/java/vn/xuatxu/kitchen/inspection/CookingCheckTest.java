package vn.xuatxu.kitchen.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.kitchen.ExampleLunch.PORK;
import static vn.xuatxu.kitchen.ExampleLunch.at;
import static vn.xuatxu.kitchen.ExampleLunch.cooking;
import static vn.xuatxu.kitchen.ExampleLunch.cookingRows;
import static vn.xuatxu.kitchen.ExampleLunch.header;
import static vn.xuatxu.kitchen.ExampleLunch.receiving;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xuatxu.kitchen.CheckHeader;
import vn.xuatxu.kitchen.ExampleLunch;
import vn.xuatxu.kitchen.KitchenRule;
import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.PassFail;
import vn.xuatxu.kitchen.Quantity;
import vn.xuatxu.kitchen.QuantityUnit;
import vn.xuatxu.kitchen.RapidTest;
import vn.xuatxu.kitchen.Violation;

class CookingCheckTest {

    private static final CheckHeader HEADER = header("Khu chế biến", at(10, 15));

    private static Violation only(Outcome<?> outcome) {
        assertFalse(outcome.accepted(), "expected a rejection");
        assertEquals(1, outcome.violations().size(), () -> "violations: " + outcome.violations());
        return outcome.violations().get(0);
    }

    private static IngredientUse porkFrom(int row) {
        return new IngredientUse("Thịt lợn", Quantity.of("45", QuantityUnit.KILOGRAM),
                new IngredientSource.Delivered(new ReceiptRef(ReceivingTable.FRESH, row)));
    }

    private static DishCooking porkDish(LocalDateTime prep, LocalDateTime cooked, HygieneCheck handlers,
                                        PassFail sensory, String action) {
        return new DishCooking(1, ExampleLunch.LUNCH, PORK.name(), List.of(porkFrom(1)), 900, prep, cooked,
                handlers, HygieneCheck.pass("Sạch"), HygieneCheck.pass("Sạch"), sensory, action);
    }

    @Test
    void lunchCookedFromAcceptedDeliveriesIsAccepted() {
        CookingCheck form = CookingCheck.of(HEADER, cookingRows(), receiving()).orElseThrow();
        assertEquals(5, form.dishes().size());
        assertTrue(form.find(Meal.LUNCH, "thịt kho TRỨNG ").isPresent(), "dish names match loosely");
    }

    @Test
    void ingredientRejectedAtReceivingCannotBeCooked() {
        FreshFoodReceipt p = ExampleLunch.pork(1);
        FreshFoodReceipt rejected = new FreshFoodReceipt(1, p.foodName(), true, p.receivedAt(), p.quantity(),
                p.supplier(), p.invoice(), p.veterinaryRegistration(), p.quarantineCertificate(), PassFail.FAIL,
                RapidTest.NOT_DONE, ReceivingDecision.REJECTED, "Thịt nhớt, trả lại");
        ReceivingCheck form1 = ReceivingCheck.of(header("Khu tiếp nhận", at(6, 30)), List.of(rejected), List.of())
                .orElseThrow();
        Violation v = only(CookingCheck.of(HEADER, List.of(cooking(1, PORK, List.of(porkFrom(1)))), form1));
        assertInstanceOf(InspectionViolation.FailedIngredientUsed.class, v);
        assertEquals(KitchenRule.NO_FAILED_INGREDIENT, v.rule());
    }

    @Test
    void ingredientNotOnForm1IsRejected() {
        assertInstanceOf(InspectionViolation.UnknownIngredient.class,
                only(CookingCheck.of(HEADER, List.of(cooking(1, PORK, List.of(porkFrom(9)))), receiving())));
    }

    @Test
    void cookingCannotFinishBeforePrepFinishes() {
        Violation v = only(CookingCheck.of(HEADER, List.of(porkDish(at(9, 0), at(8, 45),
                HygieneCheck.pass("Đủ bảo hộ"), PassFail.PASS, null)), receiving()));
        assertInstanceOf(InspectionViolation.TimesOutOfOrder.class, v);
        assertEquals(KitchenRule.STEP_TIME_ORDER, v.rule());
    }

    @Test
    void prepCannotFinishBeforeTheFoodWasDelivered() {
        Violation v = only(CookingCheck.of(HEADER, List.of(porkDish(at(5, 30), at(10, 0),
                HygieneCheck.pass("Đủ bảo hộ"), PassFail.PASS, null)), receiving()));
        InspectionViolation.TimesOutOfOrder t = assertInstanceOf(InspectionViolation.TimesOutOfOrder.class, v);
        assertEquals(at(6, 0), t.earlierAt());
    }

    @Test
    void failedHygieneCheckNeedsAnAction() {
        Violation v = only(CookingCheck.of(HEADER, List.of(porkDish(at(8, 30), at(10, 15),
                HygieneCheck.fail("Một người không đội mũ"), PassFail.PASS, null)), receiving()));
        assertInstanceOf(InspectionViolation.ActionMissing.class, v);

        assertTrue(CookingCheck.of(HEADER, List.of(porkDish(at(8, 30), at(10, 15),
                HygieneCheck.fail("Một người không đội mũ"), PassFail.PASS, "Nhắc nhở, bổ sung mũ trước khi chế biến")),
                receiving()).accepted());
    }

    @Test
    void failedSensoryCheckOfTheDishNeedsAnAction() {
        assertInstanceOf(InspectionViolation.ActionMissing.class, only(CookingCheck.of(HEADER,
                List.of(porkDish(at(8, 30), at(10, 15), HygieneCheck.pass("Sạch"), PassFail.FAIL, " ")), receiving())));
    }

    @Test
    void dishWithoutIngredientsIsIncomplete() {
        assertInstanceOf(InspectionViolation.MissingField.class,
                only(CookingCheck.of(HEADER, List.of(cooking(1, PORK, List.of())), receiving())));
    }
}

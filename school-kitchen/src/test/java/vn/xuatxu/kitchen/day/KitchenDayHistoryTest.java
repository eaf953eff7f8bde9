package vn.xuatxu.kitchen.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.kitchen.ExampleLunch.DATE;
import static vn.xuatxu.kitchen.ExampleLunch.DISHES;
import static vn.xuatxu.kitchen.ExampleLunch.RICE;
import static vn.xuatxu.kitchen.ExampleLunch.at;
import static vn.xuatxu.kitchen.ExampleLunch.clockAt;
import static vn.xuatxu.kitchen.ExampleLunch.menu;
import static vn.xuatxu.kitchen.ExampleLunch.sample;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.xuatxu.kitchen.ExampleLunch;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.Signature;
import vn.xuatxu.kitchen.inspection.ReceivingCheck;
import vn.xuatxu.kitchen.sample.FoodSample;
import vn.xuatxu.kitchen.sample.RetentionPolicyHistory;
import vn.xuatxu.kitchen.sample.SampleAmount;
import vn.xuatxu.kitchen.sample.SampleRegister;

class KitchenDayHistoryTest {

    private final ReceivingCheck receiving = ExampleLunch.receiving();
    private final Signature principal = ExampleLunch.signature("bgh-01", "Phạm Thu Hà", at(14, 0));

    private KitchenDay dayWithRice(String grams) {
        SampleRegister register = SampleRegister.create(clockAt(at(10, 50)), RetentionPolicyHistory.decision1246Only());
        List<FoodSample> samples = DISHES.stream()
                .map(d -> d.equals(RICE) ? sample(RICE, SampleAmount.grams(grams), at(10, 40)) : sample(d))
                .map(e -> register.take(e).orElseThrow())
                .toList();
        return KitchenDay.close(DATE, menu(), receiving, ExampleLunch.cooking(receiving), ExampleLunch.serving(),
                samples).orElseThrow();
    }

    @Test
    void amendmentAddsAVersionChainedToTheOriginal() {
        KitchenDayHistory history = KitchenDayHistory.record(dayWithRice("120"), principal, clockAt(at(14, 0)));
        DayVersion first = history.current();

        DayVersion second = history.amend(dayWithRice("125"), "Cân lại mẫu cơm: ghi nhầm 120 g", principal).orElseThrow();

        assertEquals(2, second.number());
        assertEquals(Optional.of(first.versionHash()), second.previous());
        assertEquals(at(14, 0), second.recordedAt());
        assertEquals(List.of(first, second), history.versions());
        assertTrue(first.day().canonicalText().contains("\"value\":\"120\""), "the original stays readable");
    }

    @Test
    void amendmentWithoutAReasonIsRejected() {
        KitchenDayHistory history = KitchenDayHistory.record(dayWithRice("120"), principal, clockAt(at(14, 0)));
        Outcome<DayVersion> outcome = history.amend(dayWithRice("125"), " ", principal);
        assertInstanceOf(DayViolation.AmendmentReasonMissing.class, outcome.violations().get(0));
        assertEquals(1, outcome.violations().size());
        assertEquals(1, history.versions().size());
    }

    @Test
    void amendmentThatChangesNothingIsRejected() {
        KitchenDayHistory history = KitchenDayHistory.record(dayWithRice("120"), principal, clockAt(at(14, 0)));
        Outcome<DayVersion> outcome = history.amend(dayWithRice("120"), "Không đổi gì", principal);
        assertInstanceOf(DayViolation.AmendmentChangesNothing.class, outcome.violations().get(0));
    }

    @Test
    void unsignedAmendmentIsRejected() {
        KitchenDayHistory history = KitchenDayHistory.record(dayWithRice("120"), principal, clockAt(at(14, 0)));
        assertInstanceOf(DayViolation.AmendmentUnsigned.class,
                history.amend(dayWithRice("125"), "Cân lại", null).violations().get(0));
    }
}

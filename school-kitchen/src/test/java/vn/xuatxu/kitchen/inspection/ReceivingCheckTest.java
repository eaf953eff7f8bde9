package vn.xuatxu.kitchen.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.kitchen.ExampleLunch.at;
import static vn.xuatxu.kitchen.ExampleLunch.fishSauce;
import static vn.xuatxu.kitchen.ExampleLunch.freshRows;
import static vn.xuatxu.kitchen.ExampleLunch.header;
import static vn.xuatxu.kitchen.ExampleLunch.pork;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xuatxu.kitchen.CheckHeader;
import vn.xuatxu.kitchen.KitchenRule;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.PassFail;
import vn.xuatxu.kitchen.RapidTest;
import vn.xuatxu.kitchen.Violation;

class ReceivingCheckTest {

    private static final CheckHeader HEADER = header("Khu tiếp nhận", at(6, 30));

    private static Violation only(Outcome<?> outcome) {
        assertFalse(outcome.accepted(), "expected a rejection");
        assertEquals(1, outcome.violations().size(), () -> "violations: " + outcome.violations());
        return outcome.violations().get(0);
    }

    private static Outcome<ReceivingCheck> freshOnly(FreshFoodReceipt row) {
        return ReceivingCheck.of(HEADER, List.of(row), List.of());
    }

    private static Outcome<ReceivingCheck> packagedOnly(PackagedFoodReceipt row) {
        return ReceivingCheck.of(HEADER, List.of(), List.of(row));
    }

    private static FreshFoodReceipt porkWith(PassFail sensory, RapidTest rapid, ReceivingDecision decision, String action) {
        FreshFoodReceipt p = pork(1);
        return new FreshFoodReceipt(1, p.foodName(), true, p.receivedAt(), p.quantity(), p.supplier(), p.invoice(),
                p.veterinaryRegistration(), p.quarantineCertificate(), sensory, rapid, decision, action);
    }

    private static FreshFoodReceipt porkWithPapers(AnimalHealthPaper vet, AnimalHealthPaper quarantine, String action) {
        FreshFoodReceipt p = pork(1);
        return new FreshFoodReceipt(1, p.foodName(), true, p.receivedAt(), p.quantity(), p.supplier(), p.invoice(),
                vet, quarantine, PassFail.PASS, RapidTest.NOT_DONE, ReceivingDecision.ACCEPTED, action);
    }

    private static PackagedFoodReceipt sauceExpiring(LocalDate expiry, PassFail ticked, ReceivingDecision decision,
                                                     String action) {
        PackagedFoodReceipt s = fishSauce(1);
        return new PackagedFoodReceipt(1, s.foodName(), s.manufacturer(), s.manufacturerAddress(), s.receivedAt(),
                s.quantity(), s.supplier(), expiry, s.storage(), s.invoice(), s.lotNumber(), ticked, decision, action);
    }

    @Test
    void completeMorningDeliveryIsAccepted() {
        ReceivingCheck form = ReceivingCheck.of(HEADER, freshRows(), List.of(fishSauce(1))).orElseThrow();
        assertEquals(5, form.all().size());
        assertTrue(form.find(new ReceiptRef(ReceivingTable.PACKAGED, 1)).orElseThrow().usable());
    }

    @Test
    void headerWithoutCheckerOrPlaceIsRejected() {
        CheckHeader incomplete = new CheckHeader("Bếp ăn bán trú", " ", at(6, 30), null);
        Outcome<ReceivingCheck> outcome = ReceivingCheck.of(incomplete, freshRows(), List.of());
        assertEquals(2, outcome.violations().size());
        assertTrue(outcome.violations().stream().allMatch(v -> v.rule() == KitchenRule.HEADER_COMPLETE));
    }

    @Test
    void failedSensoryCheckWithActionAndRejectionIsRecorded() {
        assertTrue(freshOnly(porkWith(PassFail.FAIL, RapidTest.NOT_DONE, ReceivingDecision.REJECTED,
                "Thịt có mùi lạ; trả lại nhà cung cấp")).accepted());
    }

    @Test
    void failedSensoryCheckWithoutActionIsRejected() {
        Violation v = only(freshOnly(porkWith(PassFail.FAIL, RapidTest.NOT_DONE, ReceivingDecision.REJECTED, "")));
        assertInstanceOf(InspectionViolation.ActionMissing.class, v);
        assertEquals(KitchenRule.ACTION_REQUIRED_ON_FAIL, v.rule());
    }

    @Test
    void failedRapidTestCannotBeAccepted() {
        Violation v = only(freshOnly(porkWith(PassFail.PASS, RapidTest.FAIL, ReceivingDecision.ACCEPTED,
                "Test nhanh hàn the dương tính")));
        assertInstanceOf(InspectionViolation.FailedFoodAccepted.class, v);
    }

    @Test
    void packagedFoodWithinItsExpiryDateKeepsItsPass() {
        PackagedFoodReceipt lastDay = sauceExpiring(at(6, 20).toLocalDate(), PassFail.PASS, ReceivingDecision.ACCEPTED, null);
        assertEquals(PassFail.PASS, lastDay.labelCheck());
        assertTrue(packagedOnly(lastDay).accepted());
    }

    @Test
    void expiredPackagedFoodIsForcedToFailAndCannotBeAccepted() {
        PackagedFoodReceipt expired = sauceExpiring(LocalDate.of(2026, 11, 22), PassFail.PASS,
                ReceivingDecision.ACCEPTED, "Ghi chú");
        assertEquals(PassFail.FAIL, expired.labelCheck(), "forced to Không đạt");
        Violation v = only(packagedOnly(expired));
        assertInstanceOf(InspectionViolation.ExpiredFoodAccepted.class, v);
        assertEquals(KitchenRule.EXPIRED_PACKAGED_FOOD, v.rule());

        assertTrue(packagedOnly(sauceExpiring(LocalDate.of(2026, 11, 22), PassFail.PASS, ReceivingDecision.REJECTED,
                "Hết hạn sử dụng; trả lại")).accepted());
    }

    @Test
    void animalOriginFoodWithPapersIsAccepted() {
        assertTrue(freshOnly(pork(1)).accepted());
    }

    @Test
    void animalOriginFoodWithoutPapersIsRejected() {
        Outcome<ReceivingCheck> outcome = freshOnly(porkWithPapers(AnimalHealthPaper.provided(" "), null, null));
        assertEquals(2, outcome.violations().size());
        assertTrue(outcome.violations().stream().allMatch(v -> v instanceof InspectionViolation.AnimalPapersMissing));
    }

    @Test
    void animalOriginFoodWithNotApplicableButNoReasonIsRejected() {
        Violation v = only(freshOnly(porkWithPapers(AnimalHealthPaper.provided("TY-1"),
                AnimalHealthPaper.notApplicable(""), "Ghi chú")));
        assertEquals(KitchenRule.ANIMAL_ORIGIN_PAPERS, v.rule());
    }

    @Test
    void animalOriginFoodWithNotApplicableNeedsAReasonAndANote() {
        FreshFoodReceipt noNote = porkWithPapers(AnimalHealthPaper.provided("TY-1"),
                AnimalHealthPaper.notApplicable("Lò mổ tập trung, phiếu kiểm soát giết mổ thay giấy kiểm dịch"), null);
        assertInstanceOf(InspectionViolation.ActionMissing.class, only(freshOnly(noNote)));
        FreshFoodReceipt withNote = porkWithPapers(AnimalHealthPaper.provided("TY-1"),
                AnimalHealthPaper.notApplicable("Lò mổ tập trung, phiếu kiểm soát giết mổ thay giấy kiểm dịch"),
                "Đã lưu phiếu kiểm soát giết mổ số 88");
        assertTrue(freshOnly(withNote).accepted());
    }

    @Test
    void rowsMustBeNumberedFromOne() {
        Violation v = only(ReceivingCheck.of(HEADER, List.of(pork(2)), List.of()));
        InspectionViolation.RowOutOfSequence seq = assertInstanceOf(InspectionViolation.RowOutOfSequence.class, v);
        assertEquals(1, seq.expected());
    }

    @Test
    void deliveryWithoutTheDeliveryPersonIsRejected() {
        FreshFoodReceipt p = pork(1);
        FreshFoodReceipt noCourier = new FreshFoodReceipt(1, p.foodName(), true, p.receivedAt(), p.quantity(),
                new Supplier(p.supplier().businessName(), p.supplier().addressAndPhone(), ""), p.invoice(),
                p.veterinaryRegistration(), p.quarantineCertificate(), PassFail.PASS, RapidTest.NOT_DONE,
                ReceivingDecision.ACCEPTED, null);
        InspectionViolation.MissingField missing = assertInstanceOf(InspectionViolation.MissingField.class,
                only(freshOnly(noCourier)));
        assertEquals("Nơi cung cấp – Tên người giao hàng", missing.column());
    }
}

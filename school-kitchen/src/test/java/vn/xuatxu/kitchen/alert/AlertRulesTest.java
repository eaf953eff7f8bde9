package vn.xuatxu.kitchen.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xuatxu.kitchen.sample.SampleRetentionPolicy;

class AlertRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private final AlertRules rules = AlertRules.of(LocalTime.of(15, 0), SampleRetentionPolicy.decision1246());

    private static AlertRules.Snapshot day(List<AlertRules.Served> served, Set<String> sampled,
                                           List<AlertRules.FridgeReading> readings, boolean closed) {
        return new AlertRules.Snapshot(DAY, served, sampled, readings, closed, List.of());
    }

    @Test
    void aDishServedWithoutASampleIsAnAlertHalfAnHourAfterEatingStarted() {
        AlertRules.Snapshot snapshot = day(List.of(new AlertRules.Served("Canh bí đỏ", LocalTime.of(10, 45)),
                new AlertRules.Served("Cơm", LocalTime.of(10, 45))), Set.of("Cơm"), List.of(), false);
        assertTrue(rules.evaluate(snapshot, DAY.atTime(11, 14)).isEmpty(), "a sample typed in a little late is no alert");
        List<KitchenAlert> alerts = rules.evaluate(snapshot, DAY.atTime(11, 15));
        assertEquals(List.of(new KitchenAlert.DishServedWithoutSample("Canh bí đỏ", LocalTime.of(10, 45))), alerts);
        assertTrue(alerts.get(0).message().contains("Canh bí đỏ"));
    }

    @Test
    void aFridgeReadingOutsideTwoToEightDegreesIsAnAlertAndTheBoundsAreInside() {
        AlertRules.Snapshot snapshot = day(List.of(), Set.of(), List.of(
                new AlertRules.FridgeReading("Tủ lưu mẫu số 1", new BigDecimal("2.0"), DAY.atTime(7, 0)),
                new AlertRules.FridgeReading("Tủ lưu mẫu số 1", new BigDecimal("8"), DAY.atTime(9, 0)),
                new AlertRules.FridgeReading("Tủ lưu mẫu số 1", new BigDecimal("9.5"), DAY.atTime(11, 0)),
                new AlertRules.FridgeReading("Tủ lưu mẫu số 2", new BigDecimal("1.9"), DAY.atTime(11, 0))), false);
        List<KitchenAlert> alerts = rules.evaluate(snapshot, DAY.atTime(12, 0));
        assertEquals(2, alerts.size(), alerts.toString());
        assertTrue(alerts.get(0).message().contains("9.5 °C") && alerts.get(0).message().contains("2–8 °C"), alerts.get(0).message());
        assertEquals(KitchenAlert.Kind.FRIDGE_OUT_OF_RANGE, alerts.get(1).kind());
    }

    @Test
    void aCookedDayNotClosedByTheDeadlineIsAnAlertAndAClosedOrEmptyDayIsNot() {
        List<AlertRules.Served> served = List.of(new AlertRules.Served("Cơm", LocalTime.of(10, 45)));
        assertTrue(rules.evaluate(day(served, Set.of("Cơm"), List.of(), false), DAY.atTime(14, 59)).isEmpty());
        assertEquals(List.of(new KitchenAlert.DayNotClosed(DAY, LocalTime.of(15, 0))),
                rules.evaluate(day(served, Set.of("Cơm"), List.of(), false), DAY.atTime(15, 0)));
        assertTrue(rules.evaluate(day(served, Set.of("Cơm"), List.of(), true), DAY.atTime(16, 0)).isEmpty());
        assertTrue(rules.evaluate(day(List.of(), Set.of(), List.of(), false), DAY.atTime(16, 0)).isEmpty(),
                "no school lunch that day, nothing to close");
    }

    @Test
    void aRecalledLotTheKitchenHoldsIsAnAlertNamingItAndTheReason() {
        AlertRules.Snapshot snapshot = new AlertRules.Snapshot(DAY, List.of(), Set.of(), List.of(), false,
                List.of(new AlertRules.RecalledLot("Cà phê Arabica", "MA2026-001", "Phát hiện nấm mốc")));
        List<KitchenAlert> alerts = rules.evaluate(snapshot, DAY.atTime(6, 0));
        assertEquals(1, alerts.size());
        assertEquals(KitchenAlert.Kind.RECEIVED_LOT_RECALLED, alerts.get(0).kind());
        assertTrue(alerts.get(0).message().contains("MA2026-001") && alerts.get(0).message().contains("nấm mốc"));
    }
}

package vn.xuatxu.kitchen.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.kitchen.ExampleLunch.BANANA;
import static vn.xuatxu.kitchen.ExampleLunch.PORK;
import static vn.xuatxu.kitchen.ExampleLunch.RICE;
import static vn.xuatxu.kitchen.ExampleLunch.SOUP;
import static vn.xuatxu.kitchen.ExampleLunch.at;
import static vn.xuatxu.kitchen.ExampleLunch.headCook;
import static vn.xuatxu.kitchen.ExampleLunch.healthOfficer;
import static vn.xuatxu.kitchen.ExampleLunch.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.xuatxu.kitchen.ExampleLunch;
import vn.xuatxu.kitchen.KitchenRule;
import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.Signature;
import vn.xuatxu.kitchen.Violation;

class SampleRegisterTest {

    private static final LocalDateTime TAKEN = at(10, 40);

    private final MovableClock clock = new MovableClock(at(10, 50).atZone(KitchenTime.ZONE).toInstant(), KitchenTime.ZONE);
    private final SampleRegister register = SampleRegister.create(clock, RetentionPolicyHistory.decision1246Only());

    private static Violation only(Outcome<?> outcome) {
        assertFalse(outcome.accepted(), "expected a rejection");
        assertEquals(1, outcome.violations().size(), () -> "violations: " + outcome.violations());
        return outcome.violations().get(0);
    }

    private FoodSample taken(SampleEntry entry) {
        return register.take(entry).orElseThrow();
    }

    private DestructionRequest properDestruction(LocalDateTime at) {
        return new DestructionRequest(healthOfficer(at), headCook(at), TemperatureReading.of("5", at), null);
    }

    private SampleEntry withTemperature(String celsius) {
        SampleEntry e = sample(RICE);
        return new SampleEntry(e.dish(), e.meal(), e.servings(), e.amount(), e.container(),
                TemperatureReading.of(celsius, TAKEN), e.takenAt(), e.sampler(), e.storer(), e.storagePlace(), e.note());
    }

    @Nested
    class MinimumAmount {

        @Test
        void solidDishOfExactly100GramsIsKept() {
            assertTrue(register.take(sample(PORK, SampleAmount.grams("100"), TAKEN)).accepted());
        }

        @Test
        void solidDishUnder100GramsIsRejected() {
            Violation v = only(register.take(sample(PORK, SampleAmount.grams("99.9"), TAKEN)));
            SampleViolation.BelowMinimum below = assertInstanceOf(SampleViolation.BelowMinimum.class, v);
            assertEquals(KitchenRule.SAMPLE_MINIMUM_SOLID, below.rule());
            assertEquals(SampleAmount.grams("100").value(), below.minimum().value());
        }

        @Test
        void readyToEatFruitOf100GramsIsKept() {
            assertTrue(register.take(sample(BANANA, SampleAmount.grams("100"), TAKEN)).accepted());
        }

        @Test
        void readyToEatFruitUnder100GramsIsRejected() {
            Violation v = only(register.take(sample(BANANA, SampleAmount.grams("95"), TAKEN)));
            assertInstanceOf(SampleViolation.BelowMinimum.class, v);
            assertEquals(KitchenRule.SAMPLE_MINIMUM_SOLID, v.rule());
        }

        @Test
        void liquidDishOfExactly150MillilitresIsKept() {
            assertTrue(register.take(sample(SOUP, SampleAmount.millilitres("150"), TAKEN)).accepted());
        }

        @Test
        void liquidDishUnder150MillilitresIsRejected() {
            Violation v = only(register.take(sample(SOUP, SampleAmount.millilitres("149"), TAKEN)));
            assertInstanceOf(SampleViolation.BelowMinimum.class, v);
            assertEquals(KitchenRule.SAMPLE_MINIMUM_LIQUID, v.rule());
        }

        @Test
        void liquidDishOf120MillilitresIsRejectedThoughItWouldPassAsSolid() {
            assertInstanceOf(SampleViolation.BelowMinimum.class,
                    only(register.take(sample(SOUP, SampleAmount.millilitres("120"), TAKEN))));
        }

        @Test
        void liquidDishWeighedInGramsIsRejected() {
            Violation v = only(register.take(sample(SOUP, SampleAmount.grams("200"), TAKEN)));
            SampleViolation.WrongUnit wrong = assertInstanceOf(SampleViolation.WrongUnit.class, v);
            assertEquals(SampleUnit.MILLILITRE, wrong.required());
        }

        @Test
        void solidDishMeasuredInMillilitresIsRejected() {
            assertInstanceOf(SampleViolation.WrongUnit.class,
                    only(register.take(sample(RICE, SampleAmount.millilitres("200"), TAKEN))));
        }
    }

    @Nested
    class Storage {

        @Test
        void temperaturesFrom2To8DegreesAreAccepted() {
            assertTrue(register.take(withTemperature("2.0")).accepted());
            SampleRegister other = SampleRegister.create(clock, RetentionPolicyHistory.decision1246Only());
            assertTrue(other.take(withTemperature("8")).accepted());
        }

        @Test
        void storingBelow2DegreesIsRejected() {
            Violation v = only(register.take(withTemperature("1.9")));
            assertInstanceOf(SampleViolation.StorageTemperatureOutOfRange.class, v);
            assertEquals(KitchenRule.SAMPLE_STORAGE_TEMPERATURE, v.rule());
        }

        @Test
        void storingAbove8DegreesIsRejected() {
            assertInstanceOf(SampleViolation.StorageTemperatureOutOfRange.class, only(register.take(withTemperature("8.1"))));
        }

        @Test
        void unsealedContainerIsRejected() {
            SampleEntry e = sample(RICE);
            SampleEntry unsealed = new SampleEntry(e.dish(), e.meal(), e.servings(), e.amount(),
                    new SampleContainer("Hộp inox có nắp", true, false, null), e.storageReading(), e.takenAt(),
                    e.sampler(), e.storer(), e.storagePlace(), e.note());
            Violation v = only(register.take(unsealed));
            assertInstanceOf(SampleViolation.NotSealed.class, v);
            assertEquals(KitchenRule.SAMPLE_SEALED, v.rule());
        }

        @Test
        void sampleWithoutStorerSignatureIsRejected() {
            SampleEntry e = sample(RICE);
            SampleEntry unsigned = new SampleEntry(e.dish(), e.meal(), e.servings(), e.amount(), e.container(),
                    e.storageReading(), e.takenAt(), e.sampler(), null, e.storagePlace(), e.note());
            SampleViolation.MissingSignature v = assertInstanceOf(SampleViolation.MissingSignature.class,
                    only(register.take(unsigned)));
            assertEquals("Người lưu mẫu", v.role());
        }

        @Test
        void sampleTakenAfterTheServerTimeIsRejected() {
            assertInstanceOf(SampleViolation.TakenInFuture.class,
                    only(register.take(sample(RICE, SampleAmount.grams("120"), at(11, 30)))));
        }

        @Test
        void secondSampleOfTheSameDishAndMealIsRejected() {
            FoodSample first = taken(sample(RICE));
            SampleViolation.DuplicateSample v = assertInstanceOf(SampleViolation.DuplicateSample.class,
                    only(register.take(sample(RICE, SampleAmount.grams("130"), at(10, 42)))));
            assertEquals(first.id(), v.existing());
        }

        @Test
        void keptSampleGetsAnIdRowPolicyAndAFullLabel() {
            taken(sample(RICE));
            FoodSample soup = taken(sample(SOUP));
            assertEquals(new SampleId("MAU-20261123-02"), soup.id());
            assertEquals(2, soup.registerRow());
            assertEquals("QĐ-1246-2017", soup.policy().version());
            assertInstanceOf(SampleStatus.Kept.class, soup.status());
            SampleLabel label = soup.label();
            assertEquals(Meal.LUNCH, label.meal());
            assertEquals("Canh chua cá", label.dishName());
            assertEquals(TAKEN, label.takenAt());
            assertEquals("Nguyễn Thị Hoa", label.sampler().fullName());
            assertEquals(soup.id(), label.sampleId());
        }
    }

    @Nested
    class Retention {

        @Test
        void sampleCannotBeDestroyedBefore24HoursFromTheTimeTaken() {
            FoodSample s = taken(sample(PORK));
            clock.advance(Duration.ofHours(24).minusMinutes(11)); // 10:50 + 23h49 = 10:39 next day
            Violation v = only(register.destroy(s.id(), properDestruction(TAKEN.plusHours(24))));
            SampleViolation.RetentionNotElapsed early = assertInstanceOf(SampleViolation.RetentionNotElapsed.class, v);
            assertEquals(TAKEN.plusHours(24), early.earliest());
            assertEquals(KitchenRule.SAMPLE_MINIMUM_RETENTION, v.rule());
        }

        @Test
        void sampleMayBeDestroyedAt24HoursWithBothSignatures() {
            FoodSample s = taken(sample(PORK));
            clock.advance(Duration.ofHours(24).minusMinutes(10)); // exactly 10:40 next day
            FoodSample destroyed = register.destroy(s.id(), properDestruction(TAKEN.plusHours(24))).orElseThrow();
            Destruction d = assertInstanceOf(SampleStatus.Destroyed.class, destroyed.status()).destruction();
            assertEquals(TAKEN.plusHours(24), d.destroyedAt(), "destruction time comes from the clock");
            assertFalse(d.temperatureAlert());
            assertEquals(2, register.history(s.id()).size(), "the stored version is kept");
            assertTrue(register.history(s.id()).get(0).kept());
        }

        @Test
        void destroyingTwiceIsRejected() {
            FoodSample s = taken(sample(PORK));
            clock.advance(Duration.ofDays(2));
            register.destroy(s.id(), properDestruction(at(11, 0).plusDays(2))).orElseThrow();
            assertInstanceOf(SampleViolation.AlreadyDestroyed.class,
                    only(register.destroy(s.id(), properDestruction(at(11, 0).plusDays(2)))));
        }

        @Test
        void destructionWithoutDestroyerSignatureIsRejected() {
            FoodSample s = taken(sample(PORK));
            clock.advance(Duration.ofDays(1));
            LocalDateTime now = at(10, 50).plusDays(1);
            Violation v = only(register.destroy(s.id(), new DestructionRequest(null, headCook(now),
                    TemperatureReading.of("5", now), null)));
            assertEquals("Người hủy mẫu", assertInstanceOf(SampleViolation.MissingSignature.class, v).role());
        }

        @Test
        void destructionWithoutStorerConfirmationIsRejected() {
            FoodSample s = taken(sample(PORK));
            clock.advance(Duration.ofDays(1));
            LocalDateTime now = at(10, 50).plusDays(1);
            Violation v = only(register.destroy(s.id(), new DestructionRequest(healthOfficer(now), null,
                    TemperatureReading.of("5", now), null)));
            assertEquals("Người lưu mẫu", assertInstanceOf(SampleViolation.MissingSignature.class, v).role());
        }

        @Test
        void storerConfirmationBySomeoneElseIsRejected() {
            FoodSample s = taken(sample(PORK));
            clock.advance(Duration.ofDays(1));
            LocalDateTime now = at(10, 50).plusDays(1);
            Signature notTheStorer = ExampleLunch.signature("nv-bep-02", "Đỗ Văn Nam", now);
            Violation v = only(register.destroy(s.id(), new DestructionRequest(healthOfficer(now), notTheStorer,
                    TemperatureReading.of("5", now), null)));
            assertInstanceOf(SampleViolation.StorerNotConfirmed.class, v);
            assertEquals(KitchenRule.SAMPLE_SIGNATURES, v.rule());
        }

        @Test
        void outOfRangeReadingAtDestructionNeedsANote() {
            FoodSample s = taken(sample(PORK));
            clock.advance(Duration.ofDays(1));
            LocalDateTime now = at(10, 50).plusDays(1);
            Violation v = only(register.destroy(s.id(), new DestructionRequest(healthOfficer(now), headCook(now),
                    TemperatureReading.of("11", now), " ")));
            assertInstanceOf(SampleViolation.TemperatureNoteMissing.class, v);

            FoodSample destroyed = register.destroy(s.id(), new DestructionRequest(healthOfficer(now), headCook(now),
                    TemperatureReading.of("11", now), "Tủ mất điện 2 giờ đêm; mẫu còn nguyên niêm phong")).orElseThrow();
            assertTrue(destroyed.destruction().orElseThrow().temperatureAlert());
        }

        @Test
        void unknownSampleIsRejected() {
            assertInstanceOf(SampleViolation.UnknownSample.class,
                    only(register.destroy(new SampleId("MAU-20000101-01"), properDestruction(TAKEN))));
        }
    }

    @Nested
    class Holds {

        @Test
        void heldSampleIsNotDestroyedEvenLongAfter24Hours() {
            FoodSample s = taken(sample(PORK));
            List<FoodSample> held = register.placeHold("NĐ-2026-07", "Nghi ngộ độc thực phẩm sau bữa trưa",
                    healthOfficer(at(14, 0)), ExampleLunch.DATE, ExampleLunch.DATE);
            assertEquals(1, held.size());
            assertInstanceOf(SampleStatus.OnHold.class, register.find(s.id()).orElseThrow().status());
            clock.advance(Duration.ofDays(5));
            Violation v = only(register.destroy(s.id(), properDestruction(at(11, 0).plusDays(5))));
            assertInstanceOf(SampleViolation.UnderHold.class, v);
            assertEquals(KitchenRule.SAMPLE_LEGAL_HOLD, v.rule());
        }

        @Test
        void releasedSampleMayBeDestroyed() {
            FoodSample s = taken(sample(PORK));
            register.placeHold("NĐ-2026-07", "Nghi ngộ độc", healthOfficer(at(14, 0)), ExampleLunch.DATE, ExampleLunch.DATE);
            clock.advance(Duration.ofDays(5));
            LocalDateTime now = at(10, 50).plusDays(5);
            register.releaseHold("NĐ-2026-07", "CV 512/TTYT ngày 28/11/2026", healthOfficer(now)).orElseThrow();
            assertTrue(register.destroy(s.id(), properDestruction(now)).accepted());
            assertEquals(4, register.history(s.id()).size(), "taken, held, released, destroyed");
        }

        @Test
        void holdCannotBeReleasedWithoutTheAuthoritysReference() {
            taken(sample(PORK));
            register.placeHold("NĐ-2026-07", "Nghi ngộ độc", healthOfficer(at(14, 0)), ExampleLunch.DATE, ExampleLunch.DATE);
            Violation v = only(register.releaseHold("NĐ-2026-07", "  ", healthOfficer(at(15, 0))));
            assertInstanceOf(SampleViolation.MissingReleaseReference.class, v);
        }

        @Test
        void releasingAnUnknownHoldIsRejected() {
            assertInstanceOf(SampleViolation.UnknownHold.class,
                    only(register.releaseHold("NĐ-0000", "CV 1", healthOfficer(at(15, 0)))));
        }

        @Test
        void holdCoversEveryKeptSampleInTheDateRangeAndNothingElse() {
            FoodSample today = taken(sample(RICE));
            clock.advance(Duration.ofDays(1));
            FoodSample tomorrow = taken(sample(RICE, SampleAmount.grams("120"), TAKEN.plusDays(1)));
            List<FoodSample> held = register.placeHold("YC-SYT-01", "Yêu cầu của Sở Y tế", healthOfficer(at(14, 0)),
                    ExampleLunch.DATE, ExampleLunch.DATE); // one day only
            assertEquals(List.of(today.id()), held.stream().map(FoodSample::id).toList());
            assertTrue(register.find(tomorrow.id()).orElseThrow().activeHolds().isEmpty());
        }

        @Test
        void placingAHoldIsNeverBlocked() {
            assertEquals(List.of(), register.placeHold("H-1", "", null, LocalDate.of(2026, 12, 31), ExampleLunch.DATE));
            FoodSample s = taken(sample(RICE));
            List<FoodSample> reversedRange = register.placeHold("H-2", "Nghi ngộ độc", null,
                    ExampleLunch.DATE.plusDays(3), ExampleLunch.DATE.minusDays(3));
            assertEquals(List.of(s.id()), reversedRange.stream().map(FoodSample::id).toList());
        }
    }

    @Nested
    class RuleVersions {

        @Test
        void samplesBeforeDecision1246HaveNoRules() {
            SampleRegister past = SampleRegister.create(ExampleLunch.clockAt(LocalDateTime.of(2017, 3, 30, 12, 0)),
                    RetentionPolicyHistory.decision1246Only());
            Violation v = only(past.take(sample(RICE, SampleAmount.grams("120"), LocalDateTime.of(2017, 3, 30, 10, 40))));
            assertInstanceOf(SampleViolation.NoRulesInForce.class, v);
        }

        @Test
        void laterVersionAppliesFromItsDateAndASuspendedOneIsSkipped() {
            SampleRetentionPolicy base = SampleRetentionPolicy.decision1246();
            SampleRetentionPolicy stricter = new SampleRetentionPolicy("TEST-2026", "test", LocalDate.of(2026, 11, 1),
                    Optional.empty(), Optional.empty(), new BigDecimal("150"), new BigDecimal("200"),
                    new BigDecimal("2"), new BigDecimal("8"), Duration.ofHours(48));
            SampleRetentionPolicy suspended = new SampleRetentionPolicy("SUSPENDED", "test", LocalDate.of(2026, 11, 20),
                    Optional.empty(), Optional.of("Nghị quyết 09/2026/NQ-CP"), new BigDecimal("500"),
                    new BigDecimal("500"), new BigDecimal("2"), new BigDecimal("8"), Duration.ofHours(72));
            RetentionPolicyHistory history = new RetentionPolicyHistory(List.of(suspended, stricter, base));

            assertEquals("QĐ-1246-2017", history.policyOn(LocalDate.of(2026, 10, 31)).orElseThrow().version());
            assertEquals("TEST-2026", history.policyOn(ExampleLunch.DATE).orElseThrow().version());

            SampleRegister stricterRegister = SampleRegister.create(clock, history);
            assertInstanceOf(SampleViolation.BelowMinimum.class,
                    only(stricterRegister.take(sample(RICE, SampleAmount.grams("120"), TAKEN))));
            FoodSample s = stricterRegister.take(sample(RICE, SampleAmount.grams("150"), TAKEN)).orElseThrow();
            assertEquals(TAKEN.plusHours(48), s.earliestDestruction());
        }
    }
}

package vn.xuatxu.kitchen.day;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.xuatxu.kitchen.KitchenRule;
import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.Violation;
import vn.xuatxu.kitchen.sample.SampleId;

/**
 * The ways a kitchen day breaks the rules that span several forms.
 *
 * <p>Why sealed: closing the day is the last gate before publication and anchoring; the page that
 * closes it must be able to say for each case what is missing.
 */
public sealed interface DayViolation extends Violation {

    /** A part of the record belongs to another date. */
    record WrongDay(String part, LocalDate expected, LocalDate found) implements DayViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAME_DAY; }
        @Override public String message() { return part + " is dated " + found + ", the day is " + expected; }
    }

    /** A dish on Form 3 has no Form 2 row. */
    record DishNotCooked(Meal meal, String dishName) implements DayViolation {
        @Override public KitchenRule rule() { return KitchenRule.STEP_TIME_ORDER; }
        @Override public String message() { return "'" + dishName + "' (" + meal.label() + ") is on Form 3 but not on Form 2"; }
    }

    /** A dish was portioned before its cooking finished. */
    record PortionedBeforeCooked(Meal meal, String dishName, LocalDateTime cookingFinishedAt,
                                 LocalDateTime portioningFinishedAt) implements DayViolation {
        @Override public KitchenRule rule() { return KitchenRule.STEP_TIME_ORDER; }
        @Override public String message() {
            return "'" + dishName + "' portioned at " + portioningFinishedAt + " before cooking finished at " + cookingFinishedAt;
        }
    }

    /** A served dish has no sample. */
    record SampleMissing(Meal meal, String dishName) implements DayViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_PER_DISH; }
        @Override public String message() { return "'" + dishName + "' (" + meal.label() + ") has no retained sample"; }
    }

    /** A served dish has more than one sample. */
    record SampleDuplicated(Meal meal, String dishName, List<SampleId> samples) implements DayViolation {
        public SampleDuplicated {
            samples = List.copyOf(samples);
        }
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_PER_DISH; }
        @Override public String message() { return "'" + dishName + "' (" + meal.label() + ") has several samples: " + samples; }
    }

    /** A sample matches no dish served that day. */
    record SampleWithoutDish(SampleId sampleId, String dishName) implements DayViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_PER_DISH; }
        @Override public String message() { return "Sample " + sampleId + " ('" + dishName + "') matches no dish on Form 3"; }
    }

    /** A sample was taken after eating started. */
    record SampledAfterEatingStarted(SampleId sampleId, LocalDateTime takenAt, LocalDateTime eatingStartsAt)
            implements DayViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_BEFORE_EATING; }
        @Override public String message() { return "Sample " + sampleId + " taken at " + takenAt + ", after eating started at " + eatingStartsAt; }
    }

    /** A sample was taken before its dish finished cooking. */
    record SampledBeforeCooked(SampleId sampleId, LocalDateTime takenAt, LocalDateTime cookingFinishedAt)
            implements DayViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_AFTER_COOKING; }
        @Override public String message() { return "Sample " + sampleId + " taken at " + takenAt + ", before cooking finished at " + cookingFinishedAt; }
    }

    /** An amendment has no reason. */
    record AmendmentReasonMissing(LocalDate date) implements DayViolation {
        @Override public KitchenRule rule() { return KitchenRule.AMENDMENT_ONLY; }
        @Override public String message() { return "An amendment of " + date + " needs a reason"; }
    }

    /** An amendment changes nothing. */
    record AmendmentChangesNothing(LocalDate date) implements DayViolation {
        @Override public KitchenRule rule() { return KitchenRule.AMENDMENT_ONLY; }
        @Override public String message() { return "The amendment of " + date + " has the same content as the current version"; }
    }

    /** An amendment was made without a signature. */
    record AmendmentUnsigned(LocalDate date) implements DayViolation {
        @Override public KitchenRule rule() { return KitchenRule.AMENDMENT_ONLY; }
        @Override public String message() { return "An amendment of " + date + " must be signed"; }
    }
}

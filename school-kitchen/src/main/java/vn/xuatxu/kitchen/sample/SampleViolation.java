package vn.xuatxu.kitchen.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.xuatxu.kitchen.KitchenRule;
import vn.xuatxu.kitchen.Violation;
import vn.xuatxu.kitchen.menu.DishKind;

/**
 * The ways taking, storing, holding or destroying a sample can break Decision 1246/QĐ-BYT.
 *
 * <p>Why sealed: these are the refusals a head cook sees at the sample fridge; pages switch over
 * them to say exactly what to fix (weigh again, seal the box, wait until a time).
 */
public sealed interface SampleViolation extends Violation {

    /** The sample weighs or measures less than the minimum for its kind. */
    record BelowMinimum(String dishName, DishKind kind, SampleAmount amount, SampleAmount minimum)
            implements SampleViolation {
        @Override public KitchenRule rule() {
            return kind.liquid() ? KitchenRule.SAMPLE_MINIMUM_LIQUID : KitchenRule.SAMPLE_MINIMUM_SOLID;
        }
        @Override public String message() {
            return "Sample of '" + dishName + "' is " + amount + ", the minimum is " + minimum;
        }
    }

    /** A solid dish measured in ml, or a liquid dish weighed in g. */
    record WrongUnit(String dishName, DishKind kind, SampleUnit given, SampleUnit required) implements SampleViolation {
        @Override public KitchenRule rule() {
            return kind.liquid() ? KitchenRule.SAMPLE_MINIMUM_LIQUID : KitchenRule.SAMPLE_MINIMUM_SOLID;
        }
        @Override public String message() {
            return "Sample of '" + dishName + "' must be measured in " + required.symbol() + ", not " + given.symbol();
        }
    }

    /** The container is not lidded and sealed. */
    record NotSealed(String dishName) implements SampleViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_SEALED; }
        @Override public String message() { return "Sample of '" + dishName + "' must be in a lidded, sealed container"; }
    }

    /** The fridge reading at storing is outside the allowed range. */
    record StorageTemperatureOutOfRange(BigDecimal celsius, BigDecimal minimum, BigDecimal maximum)
            implements SampleViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_STORAGE_TEMPERATURE; }
        @Override public String message() {
            return "Storage at " + celsius.toPlainString() + " °C is outside " + minimum.toPlainString()
                    + "–" + maximum.toPlainString() + " °C";
        }
    }

    /** The final reading was out of range and no note on the sample's state was written. */
    record TemperatureNoteMissing(SampleId sampleId, BigDecimal celsius) implements SampleViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_STORAGE_TEMPERATURE; }
        @Override public String message() {
            return "Sample " + sampleId + " was read at " + celsius.toPlainString() + " °C; a note in 'Ghi chú' is required";
        }
    }

    /** A signature the form requires is missing, or is not by the person who must give it. */
    record MissingSignature(String role) implements SampleViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_SIGNATURES; }
        @Override public String message() { return "Signature of '" + role + "' is required"; }
    }

    /** The storer's confirmation of a destruction was given by someone else. */
    record StorerNotConfirmed(SampleId sampleId, String storerId, String confirmedBy) implements SampleViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_SIGNATURES; }
        @Override public String message() {
            return "Sample " + sampleId + " was stored by " + storerId + "; the destruction was confirmed by " + confirmedBy;
        }
    }

    /** A required Form 5 column is empty. */
    record MissingField(String column) implements SampleViolation {
        @Override public KitchenRule rule() { return KitchenRule.REQUIRED_FIELD; }
        @Override public String message() { return "'" + column + "' is required"; }
    }

    /** The sample has not been kept for the minimum retention yet. */
    record RetentionNotElapsed(SampleId sampleId, LocalDateTime takenAt, LocalDateTime earliest, LocalDateTime now)
            implements SampleViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_MINIMUM_RETENTION; }
        @Override public String message() {
            return "Sample " + sampleId + " taken at " + takenAt + " may not be destroyed before " + earliest;
        }
    }

    /** The sample is under a hold. */
    record UnderHold(SampleId sampleId, List<String> holdIds) implements SampleViolation {
        public UnderHold {
            holdIds = List.copyOf(holdIds);
        }
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_LEGAL_HOLD; }
        @Override public String message() { return "Sample " + sampleId + " is held (" + String.join(", ", holdIds) + ")"; }
    }

    /** A hold cannot be released without the authority's reference. */
    record MissingReleaseReference(String holdId) implements SampleViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_LEGAL_HOLD; }
        @Override public String message() { return "Releasing hold " + holdId + " needs the authority's reference"; }
    }

    /** No active hold has that id. */
    record UnknownHold(String holdId) implements SampleViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_LEGAL_HOLD; }
        @Override public String message() { return "No active hold " + holdId; }
    }

    /** No sample has that id. */
    record UnknownSample(SampleId sampleId) implements SampleViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_LIFECYCLE; }
        @Override public String message() { return "No sample " + sampleId; }
    }

    /** The sample was already destroyed. */
    record AlreadyDestroyed(SampleId sampleId) implements SampleViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_LIFECYCLE; }
        @Override public String message() { return "Sample " + sampleId + " was already destroyed"; }
    }

    /** The sampling time lies after the server's current time. */
    record TakenInFuture(LocalDateTime takenAt, LocalDateTime now) implements SampleViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_LIFECYCLE; }
        @Override public String message() { return "Sampling time " + takenAt + " is after the current time " + now; }
    }

    /** The dish already has a kept sample for that meal and day. */
    record DuplicateSample(String dishName, SampleId existing) implements SampleViolation {
        @Override public KitchenRule rule() { return KitchenRule.SAMPLE_PER_DISH; }
        @Override public String message() { return "'" + dishName + "' already has sample " + existing + " for this meal"; }
    }

    /** No version of the sample rules applies on the sampling date. */
    record NoRulesInForce(LocalDate date) implements SampleViolation {
        @Override public KitchenRule rule() { return KitchenRule.RULE_VERSION_IN_FORCE; }
        @Override public String message() { return "No sample rules are in force on " + date; }
    }
}

package vn.xuatxu.kitchen.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

import vn.xuatxu.kitchen.menu.DishKind;

/**
 * One dated version of the sample rules: minimum amounts, storage temperature and minimum
 * retention.
 *
 * <p>Why a versioned value rather than constants: the figures come from Decision 1246/QĐ-BYT
 * (100 g solid, 150 ml liquid, 2–8 °C, 24 hours from the time taken), but the decree it
 * implements is being replaced (Decree 46/2026/NĐ-CP, suspended at the time of writing). Each
 * sample records the version it was judged by (reference rule §5.25), so a new version changes
 * new samples only.
 *
 * @param version                 a stable id, e.g. "QĐ-1246-2017"
 * @param legalBasis              what the values rest on
 * @param effectiveFrom           first sampling date the version applies to
 * @param effectiveTo             first sampling date it no longer applies to, if any
 * @param suspendedBy             the act suspending it, if any; a suspended version is never chosen
 * @param minimumSolidGrams       minimum for solid dishes and ready-to-eat vegetables or fruit
 * @param minimumLiquidMillilitres minimum for liquid dishes
 * @param minimumStorageCelsius   lowest allowed storage temperature, inclusive
 * @param maximumStorageCelsius   highest allowed storage temperature, inclusive
 * @param minimumRetention        how long a sample is kept at least, counted from the time taken
 */
public record SampleRetentionPolicy(
        String version,
        String legalBasis,
        LocalDate effectiveFrom,
        Optional<LocalDate> effectiveTo,
        Optional<String> suspendedBy,
        BigDecimal minimumSolidGrams,
        BigDecimal minimumLiquidMillilitres,
        BigDecimal minimumStorageCelsius,
        BigDecimal maximumStorageCelsius,
        Duration minimumRetention) {

    public SampleRetentionPolicy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveTo, "effectiveTo");
        Objects.requireNonNull(suspendedBy, "suspendedBy");
        Objects.requireNonNull(minimumSolidGrams, "minimumSolidGrams");
        Objects.requireNonNull(minimumLiquidMillilitres, "minimumLiquidMillilitres");
        Objects.requireNonNull(minimumStorageCelsius, "minimumStorageCelsius");
        Objects.requireNonNull(maximumStorageCelsius, "maximumStorageCelsius");
        Objects.requireNonNull(minimumRetention, "minimumRetention");
        if (minimumStorageCelsius.compareTo(maximumStorageCelsius) > 0) {
            throw new IllegalArgumentException("Storage range is empty");
        }
    }

    /**
     * The values of Decision 1246/QĐ-BYT of 31 March 2017, in force from the day it was signed:
     * at least 100 g (solid, ready-to-eat vegetables and fruit) or 150 ml (liquid), stored at
     * 2 °C to 8 °C, kept at least 24 hours from the time the sample was taken.
     */
    public static SampleRetentionPolicy decision1246() {
        return new SampleRetentionPolicy("QĐ-1246-2017", "Quyết định 1246/QĐ-BYT ngày 31/3/2017",
                LocalDate.of(2017, 3, 31), Optional.empty(), Optional.empty(),
                new BigDecimal("100"), new BigDecimal("150"), new BigDecimal("2"), new BigDecimal("8"),
                Duration.ofHours(24));
    }

    /** True when this version applies to samples taken on {@code date}. */
    public boolean appliesOn(LocalDate date) {
        return suspendedBy.isEmpty()
                && !date.isBefore(effectiveFrom)
                && effectiveTo.map(date::isBefore).orElse(true);
    }

    /** The unit a sample of this kind must be measured in. */
    public SampleUnit unitFor(DishKind kind) {
        return kind.liquid() ? SampleUnit.MILLILITRE : SampleUnit.GRAM;
    }

    /** The minimum amount for a sample of this kind, in {@link #unitFor(DishKind)}. */
    public SampleAmount minimumFor(DishKind kind) {
        return kind.liquid()
                ? new SampleAmount(minimumLiquidMillilitres, SampleUnit.MILLILITRE)
                : new SampleAmount(minimumSolidGrams, SampleUnit.GRAM);
    }

    /** True when the temperature is within the storage range, bounds included. */
    public boolean storageTemperatureAllowed(BigDecimal celsius) {
        return celsius.compareTo(minimumStorageCelsius) >= 0 && celsius.compareTo(maximumStorageCelsius) <= 0;
    }

    /** The first moment a sample taken at {@code takenAt} may be destroyed. */
    public LocalDateTime earliestDestruction(LocalDateTime takenAt) {
        return takenAt.plus(minimumRetention);
    }
}

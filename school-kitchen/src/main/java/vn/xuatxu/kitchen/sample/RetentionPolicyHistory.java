package vn.xuatxu.kitchen.sample;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every version of the sample rules the platform knows, oldest first.
 *
 * <p>Why: a sample is judged by the rules in force on the day it was taken (reference §0 and
 * rule §5.25). When two versions overlap, the one that started later wins; suspended versions
 * are skipped, so suspending a new decree falls back to the previous rules.
 *
 * @param versions the known versions
 */
public record RetentionPolicyHistory(List<SampleRetentionPolicy> versions) {

    public RetentionPolicyHistory {
        versions = versions.stream().sorted(Comparator.comparing(SampleRetentionPolicy::effectiveFrom)).toList();
    }

    /** A history holding only {@link SampleRetentionPolicy#decision1246()}. */
    public static RetentionPolicyHistory decision1246Only() {
        return new RetentionPolicyHistory(List.of(SampleRetentionPolicy.decision1246()));
    }

    /** The version that applies to samples taken on {@code date}, if any. */
    public Optional<SampleRetentionPolicy> policyOn(LocalDate date) {
        return versions.stream()
                .filter(p -> p.appliesOn(date))
                .max(Comparator.comparing(SampleRetentionPolicy::effectiveFrom));
    }
}

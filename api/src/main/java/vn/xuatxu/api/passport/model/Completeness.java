package vn.xuatxu.api.passport.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a passport lacks on a given day, in the order of {@link PassportItem}, and which of those findings
 * the agency made blocking. A complete passport has no findings; a blocked one has at least one finding on
 * a blocking item, and its lot gets no labels printed.
 */
public record Completeness(List<Finding> findings, Set<PassportItem> blockingItems) {

    public Completeness {
        findings = List.copyOf(findings);
        blockingItems = Set.copyOf(blockingItems);
    }

    /**
     * Checks every item the passport concerns (lot items only on a lot's passport): a required item without
     * a value is missing; an item past its last valid day is expired. {@code today} is the day in Vietnam,
     * from the caller's clock.
     */
    public static Completeness check(Passport passport, LocalDate today, Set<PassportItem> blockingItems) {
        List<Finding> findings = new ArrayList<>();
        for (PassportItem item : PassportItem.values()) {
            if (!item.concerns(passport)) {
                continue;
            }
            boolean present = item.value(passport).isPresent();
            if (item.required(passport) && !present) {
                findings.add(new Finding.Missing(item));
                continue;
            }
            Optional<LocalDate> validUntil = item.validUntil(passport);
            if (validUntil.isPresent() && today.isAfter(validUntil.get())) {
                findings.add(new Finding.Expired(item, validUntil.get()));
            }
        }
        return new Completeness(findings, blockingItems);
    }

    public boolean complete() {
        return findings.isEmpty();
    }

    /** Whether a finding is on an item the agency made blocking. */
    public boolean blocks(Finding finding) {
        return blockingItems.contains(finding.item());
    }

    /** Whether labels may not be printed at all, even with the warning acknowledged. */
    public boolean blocked() {
        return findings.stream().anyMatch(this::blocks);
    }

    public List<Finding> blockingFindings() {
        return findings.stream().filter(this::blocks).toList();
    }
}

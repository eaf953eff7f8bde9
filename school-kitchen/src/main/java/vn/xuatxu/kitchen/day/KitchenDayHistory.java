package vn.xuatxu.kitchen.day;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.Signature;

/**
 * Every version of one kitchen day, oldest first; versions are only ever added.
 *
 * <p>Why: Decision 1246/QĐ-BYT records are evidence, and back-filled or silently corrected books
 * are a known failure (reference §3.4). An amendment must have a reason, a signer and a real
 * change; the original version stays readable (§5.21). Recording times come from the injected
 * clock (§5.22).
 */
public final class KitchenDayHistory {

    private final Clock clock;
    private final List<DayVersion> versions = new ArrayList<>();

    private KitchenDayHistory(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records the first version of a closed day.
     *
     * @param day        the closed day
     * @param recordedBy who records it (usually the principal's delegate)
     * @param clock      the server clock
     */
    public static KitchenDayHistory record(KitchenDay day, Signature recordedBy, Clock clock) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(recordedBy, "recordedBy");
        KitchenDayHistory history = new KitchenDayHistory(clock);
        history.versions.add(new DayVersion(1, day, Optional.empty(), KitchenTime.now(clock), recordedBy,
                Optional.empty()));
        return history;
    }

    /**
     * Adds a corrected version of the day.
     *
     * @param revised  the corrected day, closed again through {@link KitchenDay#close}
     * @param reason   why the record is corrected
     * @param amendedBy who corrects it
     * @return the new version, or the violations (no reason, unsigned, another date, no change)
     */
    public synchronized Outcome<DayVersion> amend(KitchenDay revised, String reason, Signature amendedBy) {
        DayVersion current = current();
        LocalDate date = current.day().date();
        List<DayViolation> violations = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            violations.add(new DayViolation.AmendmentReasonMissing(date));
        }
        if (amendedBy == null) {
            violations.add(new DayViolation.AmendmentUnsigned(date));
        }
        if (!revised.date().equals(date)) {
            violations.add(new DayViolation.WrongDay("Amendment", date, revised.date()));
        } else if (revised.contentHash().equals(current.contentHash())) {
            violations.add(new DayViolation.AmendmentChangesNothing(date));
        }
        return Outcome.of(violations, () -> {
            DayVersion next = new DayVersion(current.number() + 1, revised, Optional.of(current.versionHash()),
                    KitchenTime.now(clock), amendedBy, Optional.of(reason));
            versions.add(next);
            return next;
        });
    }

    /** The latest version. */
    public synchronized DayVersion current() {
        return versions.get(versions.size() - 1);
    }

    /** All versions, oldest first. */
    public synchronized List<DayVersion> versions() {
        return List.copyOf(versions);
    }
}

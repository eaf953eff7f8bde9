package vn.xuatxu.api.passport.label.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.LABEL_SERIAL_CHECK;

/**
 * How many times each issued label was checked, by QR scan or by SMS, in one counter per serial. One
 * counter for both channels because a copied label is copied with its QR and its SMS code alike: the
 * warning must not depend on how the buyers happened to check. Only counts, times and coarse places (a
 * province or a country, never an address), no personal data.
 *
 * <p>One upsert per check: a "place jump" (a check from another place than the previous check, within a
 * window) is decided in the same statement, so counting never reads before it writes.
 */
@Singleton
public final class LabelCheckCounts {

    /** How a label was checked. */
    public enum Channel {
        QR, SMS
    }

    /**
     * One check, counted.
     *
     * @param earlierChecks checks of this label before this one, by any channel
     * @param firstCheckedAt when the label was first checked (this check, if it is the first)
     */
    public record Counted(int earlierChecks, LocalDateTime firstCheckedAt) {
    }

    /**
     * What is known about a label's checks so far.
     *
     * @param checks     checks by any channel
     * @param firstPlace coarse place of the first check, when it was known
     * @param placeJumps checks from another place than the check before, within the jump window
     */
    public record History(int checks, LocalDateTime firstCheckedAt, Optional<String> firstPlace, int placeJumps) {
    }

    private final Clock clock;

    LabelCheckCounts(Clock clock) {
        this.clock = clock;
    }

    /** Counts a check of an issued serial and tells how many came before (an SMS has no place). */
    public Counted count(DSLContext db, String serial, Channel channel) {
        History history = count(db, serial, channel, Optional.empty(), Duration.ZERO);
        return new Counted(history.checks() - 1, history.firstCheckedAt());
    }

    /**
     * Counts a check from {@code place} (coarse, possibly unknown) and returns the label's history with it. A
     * check from another known place than the previous check, less than {@code jumpWindow} after it, is a
     * place jump. MariaDB applies the update's assignments left to right, so the jump is decided on the
     * previous check's place and time before they are overwritten.
     */
    public History count(DSLContext db, String serial, Channel channel, Optional<String> place, Duration jumpWindow) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var counter = channel == Channel.QR ? LABEL_SERIAL_CHECK.QR_CHECKS : LABEL_SERIAL_CHECK.SMS_CHECKS;
        String where = place.orElse(null);
        var jumped = DSL.when(LABEL_SERIAL_CHECK.LAST_PLACE.isNotNull()
                .and(DSL.val(where, LABEL_SERIAL_CHECK.LAST_PLACE).isNotNull())
                .and(LABEL_SERIAL_CHECK.LAST_PLACE.ne(DSL.val(where, LABEL_SERIAL_CHECK.LAST_PLACE)))
                .and(LABEL_SERIAL_CHECK.LAST_CHECKED_AT.gt(now.minus(jumpWindow))), DSL.inline(1)).otherwise(DSL.inline(0));
        return db.transactionResult(configuration -> {
            DSLContext transaction = configuration.dsl();
            transaction.insertInto(LABEL_SERIAL_CHECK)
                    .set(LABEL_SERIAL_CHECK.SERIAL, serial)
                    .set(counter, 1)
                    .set(LABEL_SERIAL_CHECK.FIRST_CHECKED_AT, now)
                    .set(LABEL_SERIAL_CHECK.LAST_CHECKED_AT, now)
                    .set(LABEL_SERIAL_CHECK.FIRST_PLACE, where)
                    .set(LABEL_SERIAL_CHECK.LAST_PLACE, where)
                    .onDuplicateKeyUpdate()
                    .set(LABEL_SERIAL_CHECK.PLACE_JUMPS, LABEL_SERIAL_CHECK.PLACE_JUMPS.plus(jumped))
                    .set(counter, counter.plus(1))
                    .set(LABEL_SERIAL_CHECK.LAST_CHECKED_AT, now)
                    .set(LABEL_SERIAL_CHECK.FIRST_PLACE, DSL.coalesce(LABEL_SERIAL_CHECK.FIRST_PLACE,
                            DSL.val(where, LABEL_SERIAL_CHECK.FIRST_PLACE)))
                    .set(LABEL_SERIAL_CHECK.LAST_PLACE, DSL.coalesce(DSL.val(where, LABEL_SERIAL_CHECK.LAST_PLACE),
                            LABEL_SERIAL_CHECK.LAST_PLACE))
                    .execute();
            return history(transaction, serial).orElseThrow();
        });
    }

    /** The label's history without counting a check: for a repeat scan from the same address. */
    public Optional<History> history(DSLContext db, String serial) {
        return db.selectFrom(LABEL_SERIAL_CHECK).where(LABEL_SERIAL_CHECK.SERIAL.eq(serial)).fetchOptional()
                .map(row -> new History(row.getQrChecks() + row.getSmsChecks(), row.getFirstCheckedAt(),
                        Optional.ofNullable(row.getFirstPlace()), row.getPlaceJumps()));
    }
}

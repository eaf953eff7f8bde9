package vn.xuatxu.api.passport.label.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static vn.xuatxu.api.db.Tables.LABEL_SERIAL_CHECK;

/**
 * How many times each issued label was checked, by QR scan or by SMS, in one counter per serial. One
 * counter for both channels because a copied label is copied with its QR and its SMS code alike: the
 * warning must not depend on how the buyers happened to check. Only counts and times, no personal data.
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

    private final Clock clock;

    LabelCheckCounts(Clock clock) {
        this.clock = clock;
    }

    /** Counts a check of an issued serial and tells how many came before. */
    public Counted count(DSLContext db, String serial, Channel channel) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var counter = channel == Channel.QR ? LABEL_SERIAL_CHECK.QR_CHECKS : LABEL_SERIAL_CHECK.SMS_CHECKS;
        return db.transactionResult(configuration -> {
            DSLContext transaction = configuration.dsl();
            transaction.insertInto(LABEL_SERIAL_CHECK)
                    .set(LABEL_SERIAL_CHECK.SERIAL, serial)
                    .set(counter, 1)
                    .set(LABEL_SERIAL_CHECK.FIRST_CHECKED_AT, now)
                    .set(LABEL_SERIAL_CHECK.LAST_CHECKED_AT, now)
                    .onDuplicateKeyUpdate()
                    .set(counter, counter.plus(1))
                    .set(LABEL_SERIAL_CHECK.LAST_CHECKED_AT, now)
                    .execute();
            var row = transaction.selectFrom(LABEL_SERIAL_CHECK).where(LABEL_SERIAL_CHECK.SERIAL.eq(serial)).fetchOne();
            return new Counted(row.getQrChecks() + row.getSmsChecks() - 1, row.getFirstCheckedAt());
        });
    }
}

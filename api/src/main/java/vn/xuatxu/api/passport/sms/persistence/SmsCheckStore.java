package vn.xuatxu.api.passport.sms.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.db.enums.SmsCheckVerdict;
import vn.xuatxu.api.passport.sms.domain.SmsVerdict;

import java.time.LocalDateTime;
import java.util.List;

import static vn.xuatxu.api.db.Tables.SMS_CHECK;

/** The log of SMS checks: what the agency reads, and what the per-sender rate limit counts. */
@Singleton
public final class SmsCheckStore {

    /** One logged check. */
    public record LoggedCheck(long id, LocalDateTime receivedAt, String gateway, String senderMasked, String message,
                              String smsCode, String serial, SmsVerdict verdict, String reply) {
    }

    public void insert(DSLContext db, LocalDateTime receivedAt, String gateway, String senderHash, String senderMasked,
                       String message, String smsCode, String serial, SmsVerdict verdict, String reply) {
        db.insertInto(SMS_CHECK)
                .set(SMS_CHECK.RECEIVED_AT, receivedAt)
                .set(SMS_CHECK.GATEWAY, shorten(gateway, 40))
                .set(SMS_CHECK.SENDER_HASH, senderHash)
                .set(SMS_CHECK.SENDER_MASKED, shorten(senderMasked, 20))
                .set(SMS_CHECK.MESSAGE, shorten(message, 160))
                .set(SMS_CHECK.SMS_CODE, smsCode)
                .set(SMS_CHECK.SERIAL, serial)
                .set(SMS_CHECK.VERDICT, SmsCheckVerdict.valueOf(verdict.name()))
                .set(SMS_CHECK.REPLY, reply)
                .execute();
    }

    /** Checks from one sender received at or after {@code since}. */
    public int countFromSender(DSLContext db, String senderHash, LocalDateTime since) {
        return db.fetchCount(SMS_CHECK, SMS_CHECK.SENDER_HASH.eq(senderHash).and(SMS_CHECK.RECEIVED_AT.ge(since)));
    }

    /** The latest checks, newest first. */
    public List<LoggedCheck> recent(DSLContext db, int limit) {
        return db.selectFrom(SMS_CHECK).orderBy(SMS_CHECK.ID.desc()).limit(limit).fetch(row -> new LoggedCheck(
                row.getId(), row.getReceivedAt(), row.getGateway(), row.getSenderMasked(), row.getMessage(),
                row.getSmsCode(), row.getSerial(), SmsVerdict.valueOf(row.getVerdict().name()), row.getReply()));
    }

    private static String shorten(String text, int max) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}

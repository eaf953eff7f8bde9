package vn.xuatxu.api.passport.sms.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.passport.label.persistence.LabelCheckCounts;
import vn.xuatxu.api.passport.sms.domain.InboundSms;
import vn.xuatxu.api.passport.sms.domain.OutboundSms;
import vn.xuatxu.api.passport.sms.domain.SmsCode;
import vn.xuatxu.api.passport.sms.domain.SmsRequest;
import vn.xuatxu.api.passport.sms.domain.SmsVerdict;
import vn.xuatxu.api.passport.sms.persistence.SmsCheckStore;
import vn.xuatxu.api.passport.sms.persistence.SmsCodeLookup;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Answers one SMS check, whichever way it arrived (gateway webhook or SMPP link): rate-limits the sender,
 * reads the code, looks the label up, counts the check on the label's shared counter, logs it for the agency
 * and words the reply. The verdict's order is the buyer's safety first: a recall outranks everything, then a
 * voided label, then a label nobody issued, then one checked suspiciously often; only then "genuine".
 *
 * <p>The verdict reads the database, which the outbox and the ledger event follower keep in step with the
 * ledger; a batch whose Merkle root the ledger refused counts as not issued. The passport page, which has a
 * data connection to spare, asks the ledger itself.
 */
@Singleton
public final class SmsChecks {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DSLContext db;
    private final SmsSettings settings;
    private final SmsCheckStore log;
    private final SmsCodeLookup codes;
    private final LabelCheckCounts counts;
    private final Clock clock;
    private final SmsReplies replies;

    SmsChecks(DSLContext db, SmsSettings settings, SmsCheckStore log, SmsCodeLookup codes, LabelCheckCounts counts,
              Clock clock) {
        this.db = db;
        this.settings = settings;
        this.log = log;
        this.codes = codes;
        this.counts = counts;
        this.clock = clock;
        this.replies = new SmsReplies(settings.keyword());
    }

    /** The reply to {@code sms}; the check is logged whatever its outcome. */
    public OutboundSms answer(InboundSms sms) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        SenderNumber sender = SenderNumber.of(sms.from(), settings.senderKey());
        String text = sms.text() == null ? "" : sms.text();
        Answer answer = log.countFromSender(db, sender.hash(), now.minus(settings.window())) >= settings.maxChecksPerSender()
                ? new Answer(SmsVerdict.RATE_LIMITED, null, null,
                        replies.rateLimited(settings.maxChecksPerSender(), settings.window()))
                : decide(SmsRequest.parse(text, settings.keyword()));
        log.insert(db, now, sms.gateway(), sender.hash(), sender.masked(), text,
                answer.code() == null ? null : answer.code().value(), answer.serial(), answer.verdict(), answer.reply());
        return new OutboundSms(sms.from(), answer.reply(), answer.verdict());
    }

    /** The latest checks for the agency: its administrators and inspectors only. */
    public List<SmsCheckStore.LoggedCheck> recent(Actor actor, Integer limit) {
        if (actor.organisationKind() != OrganisationKind.AGENCY || !actor.hasAnyRole(Role.AGENCY_ADMIN, Role.INSPECTOR)) {
            throw new ProblemException.Forbidden(PageText.of("sms.error.who"));
        }
        int rows = limit == null ? 100 : limit;
        if (rows < 1 || rows > 1000) {
            throw new ProblemException.InvalidInput("limit", PageText.of("sms.error.limit"));
        }
        return log.recent(db, rows);
    }

    private record Answer(SmsVerdict verdict, SmsCode code, String serial, String reply) {
    }

    private Answer decide(SmsRequest request) {
        if (!(request instanceof SmsRequest.Check check)) {
            return new Answer(SmsVerdict.MALFORMED, null, null, replies.malformed());
        }
        SmsCode code = check.code();
        return codes.find(db, code).filter(SmsCodeLookup.CodedLabel::anchored).map(label -> {
            LabelCheckCounts.Counted counted = counts.count(db, label.serial(), LabelCheckCounts.Channel.SMS);
            if (label.recalled()) {
                return new Answer(SmsVerdict.RECALLED, code, label.serial(),
                        replies.recalled(label.productName(), label.lotNumber()));
            }
            if (label.voided()) {
                return new Answer(SmsVerdict.VOIDED, code, label.serial(), replies.voided(code.value(), label.productName()));
            }
            if (counted.earlierChecks() >= settings.manyChecks()) {
                return new Answer(SmsVerdict.CHECKED_MANY_TIMES, code, label.serial(), replies.checkedManyTimes(code.value(),
                        counted.earlierChecks() + 1, counted.firstCheckedAt().atOffset(ZoneOffset.UTC)
                                .atZoneSameInstant(VIETNAM).toLocalDate(), label.productName()));
            }
            return new Answer(SmsVerdict.GENUINE, code, label.serial(), replies.genuine(label.productName(),
                    label.lotNumber(), label.producerName(), counted.earlierChecks() + 1));
        }).orElseGet(() -> new Answer(SmsVerdict.UNKNOWN, code, null, replies.unknown(code.value())));
    }
}

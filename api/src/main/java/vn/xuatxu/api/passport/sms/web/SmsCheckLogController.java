package vn.xuatxu.api.passport.sms.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.sms.application.SmsChecks;
import vn.xuatxu.api.passport.sms.persistence.SmsCheckStore;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The agency's log of recent SMS checks ({@code GET /api/v1/sms/checks?limit=100}), newest first, with the
 * sender's number masked: enough to see where counterfeit labels are being checked and which codes are
 * copied, without a list of who asked.
 */
@Controller("/api/v1/sms")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SmsCheckLogController {

    private final SmsChecks checks;

    SmsCheckLogController(SmsChecks checks) {
        this.checks = checks;
    }

    /** One check as the agency sees it; times are UTC. */
    @Serdeable
    record CheckRow(long id, LocalDateTime receivedAt, String gateway, String sender, String message,
                    @Nullable String smsCode, @Nullable String serial, String verdict, String reply) {

        static CheckRow of(SmsCheckStore.LoggedCheck check) {
            return new CheckRow(check.id(), check.receivedAt(), check.gateway(), check.senderMasked(), check.message(),
                    check.smsCode(), check.serial(), check.verdict().name(), check.reply());
        }
    }

    @Get("/checks")
    List<CheckRow> recent(Authentication authentication, @Nullable @QueryValue Integer limit) {
        return checks.recent(Actors.of(authentication), limit).stream().map(CheckRow::of).toList();
    }
}

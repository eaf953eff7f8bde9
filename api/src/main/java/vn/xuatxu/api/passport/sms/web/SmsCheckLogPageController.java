package vn.xuatxu.api.passport.sms.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.sms.application.SmsChecks;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The agency's page of recent SMS checks ({@code /nhat-ky-sms}), the page twin of {@code GET /api/v1/sms/checks}:
 * an inspector on a phone sees at a glance which codes are checked too often or are unknown, the signs of
 * copied labels, without a spreadsheet. Senders' numbers stay masked.
 */
@Hidden
@Controller("/nhat-ky-sms")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SmsCheckLogPageController {

    /** Enough for a phone screen; the API gives up to 1,000. */
    private static final int ROWS = 200;
    private final SmsChecks checks;

    SmsCheckLogPageController(SmsChecks checks) {
        this.checks = checks;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(Authentication authentication) {
        Actor actor = Actors.of(authentication);
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("checks", checks.recent(actor, ROWS).stream().map(check -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", check.id());
            row.put("when", check.receivedAt().toInstant(ZoneOffset.UTC));
            row.put("sender", check.senderMasked());
            row.put("message", check.message());
            row.put("code", check.smsCode());
            row.put("serial", check.serial());
            row.put("verdict", check.verdict().name());
            row.put("reply", check.reply());
            return row;
        }).toList());
        return new ModelAndView<>("sms-checks", model);
    }
}

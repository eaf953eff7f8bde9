package vn.xuatxu.api.passport.label.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.label.application.SerialReservations;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

/**
 * Scans of blank-lot labels ({@code /01/{gtin}/21/{serial}}, printed from a reserved block before the lot
 * existed): to the lot's own serial link once a lot bound the block, to the product's page until then. The
 * answer changes when the block is bound, so it is never cached.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class BlankLabelResolverController {

    private final SerialReservations reservations;

    BlankLabelResolverController(SerialReservations reservations) {
        this.reservations = reservations;
    }

    @Get(uri = "/01/{gtin}/21/{serial}", produces = {"text/html", "application/ld+json", "application/linkset+json", "application/json"})
    HttpResponse<?> resolve(@PathVariable String gtin, @PathVariable String serial) {
        String target = reservations.resolveBlank(Gtin.parse(gtin), serial).orElseThrow(() ->
                new ProblemException.NotFound(PageText.of("printing.error.blankLabel", serial, gtin)));
        return HttpResponse.status(HttpStatus.TEMPORARY_REDIRECT).header("Location", target)
                .header("Cache-Control", "no-store");
    }
}

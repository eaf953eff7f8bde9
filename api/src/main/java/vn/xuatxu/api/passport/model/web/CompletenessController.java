package vn.xuatxu.api.passport.model.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.model.PassportItem;
import vn.xuatxu.api.passport.model.application.BlockingItems;
import vn.xuatxu.api.passport.model.application.PassportCompleteness;

import java.util.List;
import java.util.Set;

/**
 * Passport completeness over the API: a lot's or a product's checklist for whoever may read that lot or
 * product, and the agency's blocking items (read by anyone signed in, changed by the agency's administrator).
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class CompletenessController {

    private final PassportCompleteness completeness;
    private final BlockingItems blocking;

    CompletenessController(PassportCompleteness completeness, BlockingItems blocking) {
        this.completeness = completeness;
        this.blocking = blocking;
    }

    /** The agency's blocking items, by {@link PassportItem} name. */
    @Serdeable
    record BlockingSetting(@Nullable List<String> items) {
    }

    @Get("/lots/{id}/completeness")
    Checklist lot(Authentication authentication, long id) {
        PassportCompleteness.Report report = completeness.ofLot(Actors.of(authentication), id);
        return Checklist.of(report.passport(), report.completeness());
    }

    @Get("/products/{id}/completeness")
    Checklist product(Authentication authentication, long id) {
        PassportCompleteness.Report report = completeness.ofProduct(Actors.of(authentication), id);
        return Checklist.of(report.passport(), report.completeness());
    }

    @Get("/passport/blocking-items")
    BlockingSetting blockingItems() {
        return setting(blocking.current());
    }

    @Put(uri = "/passport/blocking-items", consumes = MediaType.APPLICATION_JSON)
    BlockingSetting replaceBlockingItems(Authentication authentication, @Body BlockingSetting body) {
        return setting(blocking.replace(Actors.of(authentication), body.items() == null ? List.of() : body.items()));
    }

    private static BlockingSetting setting(Set<PassportItem> items) {
        return new BlockingSetting(items.stream().sorted().map(PassportItem::name).toList());
    }
}

package vn.xuatxu.api.passport.lot.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.gs1.DigitalLink;
import vn.xuatxu.api.passport.lot.application.LotLabels;
import vn.xuatxu.api.passport.lot.application.LotLookup;
import vn.xuatxu.api.passport.lot.application.LotRegistration;
import vn.xuatxu.api.passport.lot.persistence.LotStore;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

/** Registering and reading lots over the API, and their printable labels. */
@Controller("/api/v1/lots")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LotController {

    private final LotRegistration registration;
    private final LotLookup lookup;
    private final LotLabels labels;
    private final DigitalLink links;

    LotController(LotRegistration registration, LotLookup lookup, LotLabels labels, DigitalLink links) {
        this.registration = registration;
        this.lookup = lookup;
        this.labels = labels;
        this.links = links;
    }

    /** The JSON a producer sends; every field is checked by {@link LotRegistration}, not by annotations. */
    @Serdeable
    record RegisterLot(@Nullable String gtin, @Nullable String lotNumber, @Nullable LocalDate productionDate,
                       @Nullable LocalDate bestBeforeDate, @Nullable BigDecimal quantity, @Nullable String unit) {
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    HttpResponse<LotResponse> register(Authentication authentication, @Body RegisterLot body) {
        LotStore.StoredLot lot = registration.register(Actors.of(authentication), new LotRegistration.Request(
                body.gtin(), body.lotNumber(), body.productionDate(), body.bestBeforeDate(), body.quantity(), body.unit()));
        return HttpResponse.created(response(lot), URI.create("/api/v1/lots/" + lot.id()));
    }

    @Get("/{id}")
    LotResponse get(Authentication authentication, long id) {
        return response(lookup.find(Actors.of(authentication), id));
    }

    @Get("/{id}/label.png")
    @Produces(MediaType.IMAGE_PNG)
    HttpResponse<byte[]> label(Authentication authentication, long id) {
        LotStore.StoredLot lot = lookup.find(Actors.of(authentication), id);
        return HttpResponse.ok(labels.png(lot, linkOf(lot)))
                .header("Content-Disposition", "inline; filename=\"lot-" + id + "-50x30.png\"");
    }

    private LotResponse response(LotStore.StoredLot lot) {
        return LotResponse.of(lot, linkOf(lot));
    }

    private String linkOf(LotStore.StoredLot lot) {
        return links.lot(lot.details().gtin(), lot.details().lotNumber(), lot.details().bestBeforeDate());
    }
}

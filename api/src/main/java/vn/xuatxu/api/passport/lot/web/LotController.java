package vn.xuatxu.api.passport.lot.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.http.annotation.Header;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.lot.application.LotSuggestions;
import vn.xuatxu.api.platform.idempotency.IdempotentRequests;
import java.util.List;
import vn.xuatxu.api.passport.gs1.DigitalLink;
import vn.xuatxu.api.passport.lot.application.LotLabels;
import vn.xuatxu.api.passport.lot.application.LotLookup;
import vn.xuatxu.api.passport.lot.application.LotRegistration;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.passport.label.application.SerialReservations;

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
    private final IdempotentRequests idempotency;
    private final LotSuggestions suggestions;
    private final SerialReservations reservations;

    LotController(LotRegistration registration, LotLookup lookup, LotLabels labels, DigitalLink links,
                  IdempotentRequests idempotency, LotSuggestions suggestions, SerialReservations reservations) {
        this.registration = registration;
        this.reservations = reservations;
        this.idempotency = idempotency;
        this.suggestions = suggestions;
        this.lookup = lookup;
        this.labels = labels;
        this.links = links;
    }

    /** The JSON a producer sends; every field is checked by {@link LotRegistration}, not by annotations. */
    @Serdeable
    record RegisterLot(@Nullable String gtin, @Nullable String lotNumber, @Nullable LocalDate productionDate,
                       @Nullable LocalDate bestBeforeDate, @Nullable BigDecimal quantity, @Nullable String unit,
                       @Nullable String reservationId) {
    }

    /** Registers a lot; with an {@code Idempotency-Key} header a retried request returns the first answer. */
    @Post(consumes = MediaType.APPLICATION_JSON)
    HttpResponse<?> register(Authentication authentication, @Nullable @Header("Idempotency-Key") String idempotencyKey,
                             @Body RegisterLot body) {
        Actor actor = Actors.of(authentication);
        return idempotency.run(actor.userId(), idempotencyKey, "POST /api/v1/lots", body, () -> {
            LotRegistration.Request request = new LotRegistration.Request(body.gtin(), body.lotNumber(),
                    body.productionDate(), body.bestBeforeDate(), body.quantity(), body.unit());
            // A lot registered offline may name a block of serials reserved beforehand: both in one transaction.
            LotStore.StoredLot lot = body.reservationId() == null || body.reservationId().isBlank()
                    ? registration.register(actor, request)
                    : reservations.registerAndBind(actor, request, body.reservationId().strip());
            return new IdempotentRequests.Created(201, response(lot), URI.create("/api/v1/lots/" + lot.id()));
        });
    }

    /** The next lot prefilled for each of the organisation's products, the most recently used first. */
    @Get("/suggestions")
    List<LotSuggestions.Suggestion> suggestions(Authentication authentication) {
        return suggestions.forOrganisation(Actors.of(authentication));
    }

    /** A lot by product and lot number, e.g. the server's version of a lot an offline phone also registered. */
    @Get("/by-number")
    LotResponse byNumber(Authentication authentication, @Nullable @QueryValue String gtin,
                         @Nullable @QueryValue String lotNumber) {
        return response(lookup.findByNumber(Actors.of(authentication), gtin, lotNumber));
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

package vn.xuatxu.api.passport.journey.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.journey.application.LotProcessing;
import vn.xuatxu.api.passport.journey.application.RefusedEvents;
import vn.xuatxu.api.passport.journey.persistence.TraceEventStore;
import vn.xuatxu.api.passport.lot.application.LotRegistration;
import vn.xuatxu.api.platform.idempotency.IdempotentRequests;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Processing over the API: several input lots, each with the amount used, into one output lot (an EPCIS
 * TransformationEvent); a lot's one step back and one step forward; and discarding an event the ledger
 * refused. Refusals are in Vietnamese, or English with {@code ?lang=en} (or the {@code lang} cookie).
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProcessingController {

    private final LotProcessing processing;
    private final RefusedEvents refused;
    private final LotNeighbours neighbours;
    private final IdempotentRequests idempotency;

    ProcessingController(LotProcessing processing, RefusedEvents refused, LotNeighbours neighbours,
                         IdempotentRequests idempotency) {
        this.processing = processing;
        this.refused = refused;
        this.neighbours = neighbours;
        this.idempotency = idempotency;
    }

    /** One input lot and the amount of it used, in its own unit; without an amount, all that is left. */
    @Serdeable
    record InputBody(@Nullable Long lotId, @Nullable BigDecimal quantity) {
    }

    /** A processing step: the inputs, and either {@code outputLotId} or {@code newOutput}. */
    @Serdeable
    record TransformationBody(@Nullable List<InputBody> inputs, @Nullable Long outputLotId,
                              @Nullable LotEventController.NewLotBody newOutput, @Nullable OffsetDateTime eventTime,
                              @Nullable String note) {
    }

    @Serdeable
    record Neighbour(long lotId, String gtin, String lotNumber, String productName, String organisation,
                     @Nullable BigDecimal quantityUsed, String unit, long eventId, String ledgerStatus) {
    }

    @Serdeable
    record Hold(long eventId, String step, @Nullable String error, @Nullable Long outboxEntryId, boolean mayResolve) {
    }

    /** One step back and one step forward of a lot, what is left of it, and what holds it, if anything. */
    @Serdeable
    record Trace(long lotId, BigDecimal quantityLeft, String unit, List<Neighbour> madeFrom, List<Neighbour> madeInto,
                 @Nullable Hold hold) {
    }

    /**
     * Records processing of one or more input lots into one output lot. With an {@code Idempotency-Key} header a
     * retried request returns the first answer and records nothing more.
     */
    @Post(uri = "/transformations", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<?> record(HttpRequest<?> http, Authentication authentication,
                           @Nullable @Header("Idempotency-Key") String idempotencyKey, @Body TransformationBody body) {
        Actor actor = Actors.of(authentication);
        return idempotency.run(actor.userId(), idempotencyKey, "POST /api/v1/transformations", body, () -> {
            TraceEventStore.StoredEvent event = processing.record(actor, request(body));
            long outputId = neighbours.outputOf(event.id());
            return new IdempotentRequests.Created(201, LotEventController.EventResponse.of(event),
                    URI.create("/api/v1/lots/" + outputId + "/events/" + event.id()));
        });
    }

    /** The lots this lot was made from and the lots made from it, with the amounts used. */
    @Get("/lots/{id}/trace")
    Trace trace(Authentication authentication, long id) {
        Actor actor = Actors.of(authentication);
        LotNeighbours.View view = neighbours.of(actor, id);
        return new Trace(id, view.left(), view.unit(), view.madeFrom().stream().map(ProcessingController::neighbour).toList(),
                view.madeInto().stream().map(ProcessingController::neighbour).toList(),
                view.hold().map(h -> new Hold(h.eventId(), h.step(), h.error(), h.outboxEntryId(), h.mayResolve())).orElse(null));
    }

    /** Gives up an event of the lot the ledger refused, putting the lots it named back as the ledger has them. */
    @Post("/lots/{id}/events/{eventId}/discard")
    HttpResponse<Trace> discard(HttpRequest<?> http, Authentication authentication, long id, long eventId) {
        refused.discard(Actors.of(authentication), id, eventId);
        return HttpResponse.ok(trace(authentication, id));
    }

    static LotProcessing.Request request(TransformationBody body) {
        List<LotProcessing.Input> inputs = body.inputs() == null ? List.of() : body.inputs().stream()
                .filter(i -> i != null && i.lotId() != null)
                .map(i -> new LotProcessing.Input(i.lotId(), i.quantity())).toList();
        LotEventController.NewLotBody n = body.newOutput();
        return new LotProcessing.Request(inputs, body.outputLotId(), n == null ? null : new LotRegistration.Request(n.gtin(),
                n.lotNumber(), n.productionDate(), n.bestBeforeDate(), n.quantity(), n.unit()), body.eventTime(), body.note());
    }

    private static Neighbour neighbour(LotNeighbours.Lot lot) {
        return new Neighbour(lot.lotId(), lot.gtin(), lot.lotNumber(), lot.productName(), lot.organisation(),
                lot.quantityUsed(), lot.unit(), lot.eventId(), lot.ledgerStatus());
    }
}

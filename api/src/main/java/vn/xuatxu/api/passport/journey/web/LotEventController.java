package vn.xuatxu.api.passport.journey.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
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
import vn.xuatxu.api.passport.journey.application.LotJourney;
import vn.xuatxu.api.passport.journey.domain.JourneyStep;
import vn.xuatxu.api.passport.journey.persistence.RecallStore;
import vn.xuatxu.api.passport.journey.persistence.TraceEventStore;
import vn.xuatxu.api.passport.lot.application.LotRegistration;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.platform.idempotency.IdempotentRequests;
import vn.xuatxu.api.problem.ProblemException;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A lot's journey over the API: record an event, list the events, fetch an attachment, recall the lot. */
@Controller("/api/v1/lots/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LotEventController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LotJourney journey;
    private final IdempotentRequests idempotency;

    LotEventController(LotJourney journey, IdempotentRequests idempotency) {
        this.journey = journey;
        this.idempotency = idempotency;
    }

    /** A file as base64, for the API (pages upload it as multipart). */
    @Serdeable
    record AttachmentBody(@Nullable String fileName, @Nullable String contentBase64) {
    }

    /** A new output lot of a processing step. */
    @Serdeable
    record NewLotBody(@Nullable String gtin, @Nullable String lotNumber, @Nullable LocalDate productionDate,
                      @Nullable LocalDate bestBeforeDate, @Nullable BigDecimal quantity, @Nullable String unit) {
    }

    @Serdeable
    record EventBody(@Nullable String step, @Nullable OffsetDateTime eventTime, @Nullable String receiverMspId,
                     @Nullable String result, @Nullable String note, @Nullable AttachmentBody attachment,
                     @Nullable Long outputLotId, @Nullable NewLotBody newOutput) {
    }

    @Serdeable
    record RecallBody(@Nullable String reason) {
    }

    @Serdeable
    record Ledger(String status, @Nullable String transactionId, @Nullable Long blockNumber, @Nullable String error) {
    }

    @Serdeable
    record Attachment(String fileName, String contentType, String sha256) {
    }

    @Serdeable
    record EventResponse(long id, String eventHash, String step, String bizStep, OffsetDateTime eventTime, String role,
                         String recordedBy, String organisation, @Nullable String receiver, @Nullable String note,
                         @Nullable Attachment attachment, Map<String, Object> epcisEvent, String preHash, Ledger ledger) {

        static EventResponse of(TraceEventStore.StoredEvent e) {
            Map<String, Object> epcis;
            try {
                epcis = JSON.readValue(e.epcisJson(), new TypeReference<Map<String, Object>>() { });
            } catch (IOException ex) {
                throw new IllegalStateException("A stored EPCIS event cannot be read", ex);
            }
            return new EventResponse(e.id(), e.eventHash(), e.step().name(), e.bizStep(),
                    e.eventTimeUtc().atOffset(ZoneOffset.UTC).withOffsetSameInstant(ZoneOffset.ofHours(7)),
                    e.role().name(), e.recordedBy(), e.organisationName(), e.receiverName(), e.note(),
                    e.attachment() == null ? null : new Attachment(e.attachment().name(), e.attachment().contentType(),
                            e.attachment().sha256()), epcis, e.preHash(),
                    new Ledger(e.ledgerStatus(), e.ledgerTransactionId(), e.ledgerBlock(), e.ledgerError()));
        }
    }

    @Serdeable
    record RecallResponse(long id, String reason, String recalledBy, Ledger ledger) {
        static RecallResponse of(RecallStore.StoredRecall r) {
            return new RecallResponse(r.id(), r.reason(), r.organisationName(),
                    new Ledger(r.ledgerStatus(), r.ledgerTransactionId(), null, r.ledgerError()));
        }
    }

    /** Records an event; with an {@code Idempotency-Key} header a retried request returns the first answer. */
    @Post(uri = "/events", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<?> record(Authentication authentication, long id,
                           @Nullable @Header("Idempotency-Key") String idempotencyKey, @Body EventBody body) {
        Actor actor = Actors.of(authentication);
        return idempotency.run(actor.userId(), idempotencyKey, "POST /api/v1/lots/" + id + "/events", body, () -> {
            TraceEventStore.StoredEvent event = journey.record(actor, id, request(body));
            return new IdempotentRequests.Created(201, EventResponse.of(event),
                    URI.create("/api/v1/lots/" + id + "/events/" + event.id()));
        });
    }

    @Get("/events")
    List<EventResponse> events(Authentication authentication, long id) {
        return journey.timeline(Actors.of(authentication), id).stream().map(EventResponse::of).toList();
    }

    @Get("/events/{eventId}/attachment")
    HttpResponse<byte[]> attachment(Authentication authentication, long id, long eventId) {
        Map.Entry<TraceEventStore.Attachment, byte[]> file = journey.attachment(Actors.of(authentication), id, eventId);
        return HttpResponse.ok(file.getValue()).contentType(file.getKey().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.getKey().sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Post(uri = "/recall", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<RecallResponse> recall(Authentication authentication, long id, @Body RecallBody body) {
        RecallStore.StoredRecall recall = journey.recall(Actors.of(authentication), id, body.reason());
        return HttpResponse.created(RecallResponse.of(recall));
    }

    static JourneyStep step(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JourneyStep.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidInput("step", PageText.of("lot.error.stepUnknown", text.strip()));
        }
    }

    static LotJourney.CheckResult result(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LotJourney.CheckResult.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidInput("result", PageText.of("lot.error.resultUnknown"));
        }
    }

    private static LotJourney.EventRequest request(EventBody body) {
        LotJourney.Upload upload = null;
        if (body.attachment() != null && body.attachment().contentBase64() != null) {
            try {
                upload = new LotJourney.Upload(body.attachment().fileName(),
                        Base64.getMimeDecoder().decode(body.attachment().contentBase64()));
            } catch (IllegalArgumentException e) {
                throw new ProblemException.InvalidInput("attachment", PageText.of("lot.error.attachmentBase64"));
            }
        }
        NewLotBody n = body.newOutput();
        return new LotJourney.EventRequest(step(body.step()), body.eventTime(), body.receiverMspId(), result(body.result()),
                body.note(), upload, body.outputLotId(), n == null ? null : new LotRegistration.Request(n.gtin(),
                n.lotNumber(), n.productionDate(), n.bestBeforeDate(), n.quantity(), n.unit()));
    }
}

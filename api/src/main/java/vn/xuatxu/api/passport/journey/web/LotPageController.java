package vn.xuatxu.api.passport.journey.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.persistence.StaffDirectory;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.gs1.DigitalLink;
import vn.xuatxu.api.passport.journey.application.LotJourney;
import vn.xuatxu.api.passport.journey.domain.JourneyStep;
import vn.xuatxu.api.passport.journey.domain.LotStatus;
import vn.xuatxu.api.passport.journey.persistence.LotCustodyStore;
import vn.xuatxu.api.passport.lot.application.LotLookup;
import vn.xuatxu.api.passport.lot.application.LotRegistration;
import vn.xuatxu.api.passport.lot.domain.QuantityUnit;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.passport.product.persistence.ProductStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lot page: what the lot is, where it stands, its journey as a timeline (each step with its ledger
 * state and event hash), and forms for the steps this person may record next. Works without JavaScript;
 * the file input takes a photo straight from a phone camera.
 */
@Controller("/lo-hang/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LotPageController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final LotJourney journey;
    private final LotLookup lookup;
    private final StaffDirectory directory;
    private final ProductStore products;
    private final DSLContext db;
    private final Clock clock;
    private final LotNeighbours neighbours;

    LotPageController(LotJourney journey, LotLookup lookup, StaffDirectory directory, ProductStore products,
                      DSLContext db, Clock clock, LotNeighbours neighbours) {
        this.neighbours = neighbours;
        this.journey = journey;
        this.lookup = lookup;
        this.directory = directory;
        this.products = products;
        this.db = db;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(Authentication authentication, long id, @Nullable @QueryValue("xong") String done) {
        Map<String, Object> model = model(Actors.of(authentication), id);
        model.put("done", done);
        return new ModelAndView<>("lot", model);
    }

    @Post(uri = "/su-kien", consumes = MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> record(Authentication authentication, long id, @Nullable @Part("step") String step,
                           @Nullable @Part("receiverMspId") String receiverMspId, @Nullable @Part("result") String result,
                           @Nullable @Part("note") String note, @Nullable @Part("file") CompletedFileUpload file,
                           @Nullable @Part("outputGtin") String outputGtin,
                           @Nullable @Part("outputLotNumber") String outputLotNumber,
                           @Nullable @Part("outputQuantity") String outputQuantity,
                           @Nullable @Part("outputUnit") String outputUnit) {
        Actor actor = Actors.of(authentication);
        try {
            JourneyStep chosen = LotEventController.step(step);
            LotJourney.Upload upload = null;
            if (file != null && file.getSize() > 0) {
                upload = new LotJourney.Upload(file.getFilename(), file.getBytes());
            }
            LotRegistration.Request output = chosen == JourneyStep.PROCESSING
                    ? new LotRegistration.Request(outputGtin, outputLotNumber, LocalDate.now(clock.withZone(VIETNAM)), null,
                    quantity(outputQuantity), outputUnit) : null;
            journey.record(actor, id, new LotJourney.EventRequest(chosen, null, receiverMspId,
                    LotEventController.result(result), note, upload, null, output));
            return HttpResponse.seeOther(URI.create("/lo-hang/" + id + "?xong=su-kien"));
        } catch (IOException e) {
            return refused(actor, id, new ProblemException.InvalidInput("attachment", PageText.of("problem.uploadUnreadable")));
        } catch (ProblemException problem) {
            return refused(actor, id, problem);
        }
    }

    @Post(uri = "/thu-hoi", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> recall(Authentication authentication, long id, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        try {
            journey.recall(actor, id, form.get("reason"));
            return HttpResponse.seeOther(URI.create("/lo-hang/" + id + "?xong=thu-hoi"));
        } catch (ProblemException problem) {
            return refused(actor, id, problem);
        }
    }

    private HttpResponse<?> refused(Actor actor, long id, ProblemException problem) {
        if (problem instanceof ProblemException.NotFound) {
            throw problem;
        }
        Map<String, Object> model = model(actor, id);
        model.put("error", problem);
        return HttpResponse.status(problem.status()).body(new ModelAndView<>("lot", model));
    }

    private Map<String, Object> model(Actor actor, long id) {
        LotStore.StoredLot lot = lookup.find(actor, id);
        LotCustodyStore.Custody custody = journey.custodyOf(actor, id);
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("lot", Map.of(
                "id", lot.id(),
                "productName", lot.productName(),
                "producerName", lot.producerName(),
                "lotNumber", lot.details().lotNumber().value(),
                "productionDate", lot.details().productionDate(),
                "quantity", lot.details().quantity(),
                "unit", lot.details().unit().name(),
                "ledgerStatus", lot.ledger().status(),
                "passportPath", DigitalLink.lotPath(lot.details().gtin(), lot.details().lotNumber())));
        model.put("status", custody.status().name());
        model.put("custodian", directory.organisation(db, custody.custodianId()).map(StaffDirectory.OrganisationSummary::name).orElse(""));
        model.put("events", journey.timeline(actor, id).stream().map(e -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", e.id());
            row.put("step", e.step().name());
            row.put("result", e.step() != JourneyStep.QUALITY_CHECK ? null
                    : e.epcisJson().contains("non_conformant") ? "failed" : "passed");
            row.put("time", e.eventTimeUtc().atOffset(ZoneOffset.UTC).toInstant());
            row.put("who", e.organisationName() + " · " + e.recordedBy());
            row.put("receiver", e.receiverName());
            row.put("note", e.note());
            row.put("attachment", e.attachment() == null ? null : e.attachment().name());
            row.put("hash", e.eventHash());
            row.put("status", e.ledgerStatus());
            row.put("error", e.ledgerError());
            row.put("txId", e.ledgerTransactionId());
            return row;
        }).toList());
        journey.recallOf(actor, id).ifPresent(r -> model.put("recall", Map.of("reason", r.reason(),
                "by", r.organisationName(), "status", r.ledgerStatus())));
        boolean staff = actor.organisationKind() != OrganisationKind.AGENCY
                && actor.hasAnyRole(Role.ORG_ADMIN, Role.STAFF, Role.KITCHEN_MANAGER, Role.KITCHEN_STAFF);
        boolean holds = staff && custody.custodianId() == actor.organisationId();
        boolean agency = actor.organisationKind() == OrganisationKind.AGENCY;
        model.put("canShip", holds && custody.status() == LotStatus.ACTIVE);
        model.put("canProcess", holds && custody.status() == LotStatus.ACTIVE && actor.organisationKind() == OrganisationKind.PRODUCER);
        model.put("canReceive", staff && custody.receiverId() != null && custody.receiverId() == actor.organisationId());
        model.put("canCheck", (holds || (staff && custody.ownerId() == actor.organisationId())
                || (agency && actor.hasAnyRole(Role.INSPECTOR, Role.AGENCY_ADMIN))) && custody.status() != LotStatus.DESTROYED);
        model.put("canRecall", custody.status() != LotStatus.RECALLED && custody.status() != LotStatus.DESTROYED
                && ((custody.ownerId() == actor.organisationId() && actor.hasAnyRole(Role.ORG_ADMIN))
                || (agency && actor.hasAnyRole(Role.AGENCY_ADMIN))));
        model.put("receivers", directory.organisations(db).stream()
                .filter(o -> o.kind() != OrganisationKind.AGENCY && o.id() != actor.organisationId())
                .map(o -> Map.of("mspId", o.mspId(), "name", o.name())).toList());
        model.put("ownProducts", actor.organisationKind() == OrganisationKind.PRODUCER
                ? products.ofOrganisation(db, actor.organisationId()) : List.of());
        model.put("units", Arrays.stream(QuantityUnit.values()).map(QuantityUnit::name).toList());
        model.putAll(neighbours.lotPage(actor, id));
        return model;
    }

    private static BigDecimal quantity(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ProblemException.InvalidInput("outputQuantity", PageText.of("problem.notANumber", text.strip()));
        }
    }
}

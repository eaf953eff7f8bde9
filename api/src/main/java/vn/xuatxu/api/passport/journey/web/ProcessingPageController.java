package vn.xuatxu.api.passport.journey.web;

import io.micronaut.http.HttpRequest;
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
import io.micronaut.views.ModelAndView;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.journey.application.LotProcessing;
import vn.xuatxu.api.passport.journey.application.RefusedEvents;
import vn.xuatxu.api.passport.journey.domain.LotStatus;
import vn.xuatxu.api.passport.journey.persistence.LotCustodyStore;
import vn.xuatxu.api.passport.journey.persistence.TraceEventStore;
import vn.xuatxu.api.passport.lot.application.LotLookup;
import vn.xuatxu.api.passport.lot.application.LotRegistration;
import vn.xuatxu.api.passport.lot.domain.QuantityUnit;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.passport.product.persistence.ProductStore;
import vn.xuatxu.api.platform.i18n.PageLanguageResolver;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The processing page ({@code /lo-hang/{id}/che-bien}): the lot's holder picks the input lots it used (this
 * one ticked), the amount of each, and the output lot, existing or new. Works without JavaScript; with it,
 * a form sent without a connection is queued and sent later with its own idempotency key. Also takes the
 * lot page's "discard the refused event" button.
 */
@Controller("/lo-hang/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProcessingPageController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int CANDIDATES = 100;
    private final LotProcessing processing;
    private final RefusedEvents refused;
    private final LotLookup lookup;
    private final LotStore lots;
    private final LotCustodyStore custody;
    private final TraceEventStore events;
    private final ProductStore products;
    private final LotNeighbours neighbours;
    private final PageLanguageResolver languages;
    private final PageMessages messages;
    private final DSLContext db;
    private final Clock clock;

    ProcessingPageController(LotProcessing processing, RefusedEvents refused, LotLookup lookup, LotStore lots,
                             LotCustodyStore custody, TraceEventStore events, ProductStore products,
                             LotNeighbours neighbours, PageLanguageResolver languages, PageMessages messages,
                             DSLContext db, Clock clock) {
        this.processing = processing;
        this.refused = refused;
        this.lookup = lookup;
        this.lots = lots;
        this.custody = custody;
        this.events = events;
        this.products = products;
        this.neighbours = neighbours;
        this.languages = languages;
        this.messages = messages;
        this.db = db;
        this.clock = clock;
    }

    @Get("/che-bien")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(Authentication authentication, long id) {
        return new ModelAndView<>("processing", model(Actors.of(authentication), id, Map.of()));
    }

    @Post(uri = "/che-bien", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> record(HttpRequest<?> http, Authentication authentication, long id, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        String language = languages.language(http);
        try {
            List<LotProcessing.Input> inputs = new ArrayList<>();
            form.forEach((key, value) -> {
                if (key.startsWith("in-") && value != null && !value.isBlank()) {
                    long lotId = Long.parseLong(value.strip());
                    inputs.add(new LotProcessing.Input(lotId, amount(form.get("qty-" + lotId))));
                }
            });
            String output = form.get("outputLotId");
            boolean existing = output != null && !output.isBlank();
            LotRegistration.Request newOutput = existing ? null : new LotRegistration.Request(form.get("newGtin"),
                    form.get("newLotNumber"), LocalDate.now(clock.withZone(VIETNAM)), null,
                    amount(form.get("newQuantity")), form.get("newUnit"));
            TraceEventStore.StoredEvent event = processing.record(actor, new LotProcessing.Request(inputs,
                    existing ? Long.valueOf(output.strip()) : null, newOutput, null, form.get("note")));
            return HttpResponse.seeOther(URI.create("/lo-hang/" + neighbours.outputOf(event.id()) + "?xong=che-bien"));
        } catch (NumberFormatException e) {
            return refused(actor, id, form, new ProblemException.InvalidInput("inputs",
                    PageText.of("journey.error.noInputs")), language);
        } catch (ProblemException problem) {
            return refused(actor, id, form, problem, language);
        }
    }

    @Post(uri = "/bo-su-kien/{eventId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> discard(HttpRequest<?> http, Authentication authentication, long id, long eventId) {
        refused.discard(Actors.of(authentication), id, eventId);
        return HttpResponse.seeOther(URI.create("/lo-hang/" + id + "?xong=bo-su-kien"));
    }

    private HttpResponse<?> refused(Actor actor, long id, Map<String, String> form, ProblemException problem,
                                    String language) {
        if (problem instanceof ProblemException.NotFound) {
            throw problem;
        }
        Map<String, Object> model = model(actor, id, form);
        model.put("error", problem.message(language, messages));
        return HttpResponse.status(problem.status()).body(new ModelAndView<>("processing", model));
    }

    private Map<String, Object> model(Actor actor, long id, Map<String, String> form) {
        LotStore.StoredLot lot = lookup.find(actor, id);
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("lot", Map.of("id", lot.id(), "lotNumber", lot.details().lotNumber().value(),
                "productName", lot.productName()));
        model.put("form", form);
        boolean producer = actor.organisationKind() == OrganisationKind.PRODUCER;
        Set<Long> held = new LinkedHashSet<>();
        held.add(id);
        if (producer) {
            lots.newest(db, Optional.of(actor.organisationId()), CANDIDATES).forEach(l -> held.add(l.id()));
            held.addAll(custody.heldFromOthers(db, actor.organisationId(), CANDIDATES));
        }
        List<Map<String, Object>> candidates = new ArrayList<>();
        List<Map<String, Object>> outputs = new ArrayList<>();
        for (long lotId : held) {
            Optional<LotCustodyStore.Custody> c = custody.of(db, lotId, false)
                    .filter(x -> x.custodianId() == actor.organisationId() && x.status() == LotStatus.ACTIVE);
            if (c.isEmpty()) {
                continue;
            }
            LotStore.StoredLot l = lots.byId(db, lotId).orElseThrow();
            BigDecimal left = l.details().quantity().subtract(events.used(db, lotId)).stripTrailingZeros();
            Map<String, Object> row = new HashMap<>();
            row.put("id", lotId);
            row.put("label", l.productName() + " · " + l.details().lotNumber().value()
                    + (l.organisationId() == actor.organisationId() ? "" : " · " + l.producerName()));
            row.put("left", left.toPlainString() + " " + l.details().unit().name());
            row.put("checked", form.isEmpty() ? lotId == id : form.containsKey("in-" + lotId));
            row.put("quantity", form.getOrDefault("qty-" + lotId, ""));
            candidates.add(row);
            if (c.get().ownerId() == actor.organisationId()) {
                outputs.add(Map.of("id", lotId, "label", row.get("label")));
            }
        }
        model.put("candidates", candidates);
        model.put("outputs", outputs);
        model.put("ownProducts", producer ? products.ofOrganisation(db, actor.organisationId()) : List.of());
        model.put("units", Arrays.stream(QuantityUnit.values()).map(QuantityUnit::name).toList());
        model.put("today", LocalDate.now(clock.withZone(VIETNAM)).toString());
        return model;
    }

    private BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ProblemException.InvalidInput("inputs", PageText.of("journey.error.badNumber", text.strip()));
        }
    }
}

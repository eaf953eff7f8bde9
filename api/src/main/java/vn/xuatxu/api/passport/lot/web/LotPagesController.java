package vn.xuatxu.api.passport.lot.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
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
import vn.xuatxu.api.ledger.FailedWrites;
import vn.xuatxu.api.passport.gs1.DigitalLink;
import vn.xuatxu.api.passport.journey.persistence.LotCustodyStore;
import vn.xuatxu.api.passport.lot.application.LotRegistration;
import vn.xuatxu.api.passport.lot.application.LotSuggestions;
import vn.xuatxu.api.passport.lot.domain.QuantityUnit;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.passport.label.application.SerialReservations;
import vn.xuatxu.api.passport.model.web.PassportChecklists;
import vn.xuatxu.api.passport.product.persistence.ProductStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in home page: a producer's lots with their ledger status and a one-screen form to register
 * the next lot (today's date and the only product are already filled in); the agency sees every lot.
 */
@Controller("/trang-chu")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LotPagesController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final DSLContext db;
    private final LotStore lots;
    private final ProductStore products;
    private final LotRegistration registration;
    private final DigitalLink links;
    private final Clock clock;
    private final LotSuggestions suggestions;
    private final LotCustodyStore custody;
    private final PassportChecklists checklists;
    private final SerialReservations reservations;
    private final FailedWrites failedWrites;

    LotPagesController(DSLContext db, LotStore lots, ProductStore products, LotRegistration registration,
                       DigitalLink links, Clock clock, LotSuggestions suggestions, LotCustodyStore custody,
                       PassportChecklists checklists, SerialReservations reservations, FailedWrites failedWrites) {
        this.db = db;
        this.failedWrites = failedWrites;
        this.checklists = checklists;
        this.reservations = reservations;
        this.suggestions = suggestions;
        this.custody = custody;
        this.lots = lots;
        this.products = products;
        this.registration = registration;
        this.links = links;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> home(Authentication authentication, @Nullable @QueryValue("moi") Long registered,
                                           @Nullable @QueryValue("guiLai") Integer retried) {
        Map<String, Object> model = model(Actors.of(authentication), Map.of());
        model.put("registered", registered);
        model.put("retried", retried);
        return new ModelAndView<>("home", model);
    }

    @Post(uri = "/lo-hang", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> register(Authentication authentication, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        try {
            LotRegistration.Request request = new LotRegistration.Request(form.get("gtin"),
                    form.get("lotNumber"), date(form, "productionDate"), date(form, "bestBeforeDate"),
                    quantity(form.get("quantity")), form.get("unit"));
            String reservationId = form.get("reservationId");
            LotStore.StoredLot lot = reservationId == null || reservationId.isBlank()
                    ? registration.register(actor, request) : reservations.registerAndBind(actor, request, reservationId.strip());
            return HttpResponse.seeOther(URI.create("/trang-chu?moi=" + lot.id()));
        } catch (ProblemException problem) {
            Map<String, Object> model = model(actor, form);
            model.put("error", problem);
            model.put("errorField", problem instanceof ProblemException.InvalidInput invalid ? invalid.field() : null);
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("home", model));
        }
    }

    private Map<String, Object> model(Actor actor, Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        boolean producer = actor.organisationKind() == OrganisationKind.PRODUCER;
        boolean agency = actor.organisationKind() == OrganisationKind.AGENCY;
        model.put("username", actor.username());
        model.put("producer", producer);
        model.put("agency", agency);
        List<LotStore.StoredLot> newest = producer || agency
                ? lots.newest(db, agency ? Optional.empty() : Optional.of(actor.organisationId()), 50) : List.of();
        model.put("lots", newest.stream().map(this::row).toList());
        model.put("products", producer ? products.ofOrganisation(db, actor.organisationId()) : List.of());
        model.put("units", Arrays.stream(QuantityUnit.values()).map(QuantityUnit::name).toList());
        List<LotSuggestions.Suggestion> next = producer ? suggestions.forOrganisation(actor) : List.of();
        model.put("suggestions", next);
        model.put("failedWrites", FailedWrites.mayRetry(actor) ? failedWrites.list(actor).stream()
                .map(f -> Map.of("id", f.id(), "function", f.function(),
                        "error", f.error() == null ? "" : f.error())).toList() : List.of());
        model.put("passportChecklist", producer ? checklists.forHome(actor) : null);
        model.put("reservations", producer ? reservations.newest(actor).stream().filter(r -> !r.bound()).toList() : List.of());
        model.put("admin", actor.hasAnyRole(vn.xuatxu.api.identity.domain.Role.ORG_ADMIN,
                vn.xuatxu.api.identity.domain.Role.AGENCY_ADMIN, vn.xuatxu.api.identity.domain.Role.KITCHEN_MANAGER));
        model.put("incoming", agency ? List.of() : custody.heldFromOthers(db, actor.organisationId(), 50).stream()
                .map(id -> lots.byId(db, id)).flatMap(Optional::stream).map(this::row).toList());
        Map<String, String> values = new HashMap<>(form);
        if (form.isEmpty() && !next.isEmpty()) {
            // A repeat lot: the product used last, the next lot number, and last time's quantity, unit and shelf life.
            LotSuggestions.Suggestion first = next.get(0);
            values.put("gtin", first.gtin());
            values.put("lotNumber", first.lotNumber());
            if (first.quantity() != null) {
                values.put("quantity", first.quantity().toPlainString());
            }
            values.put("unit", first.unit());
            if (first.bestBeforeDate() != null) {
                values.put("bestBeforeDate", first.bestBeforeDate().toString());
            }
        }
        values.putIfAbsent("productionDate", LocalDate.now(clock.withZone(VIETNAM)).toString());
        values.putIfAbsent("unit", QuantityUnit.KGM.name());
        model.put("form", values);
        return model;
    }

    private Map<String, Object> row(LotStore.StoredLot lot) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", lot.id());
        row.put("productName", lot.productName());
        row.put("producerName", lot.producerName());
        row.put("lotNumber", lot.details().lotNumber().value());
        row.put("productionDate", lot.details().productionDate());
        row.put("quantity", lot.details().quantity());
        row.put("unit", lot.details().unit().name());
        row.put("status", lot.ledger().status());
        row.put("passportPath", DigitalLink.lotPath(lot.details().gtin(), lot.details().lotNumber()));
        row.put("digitalLink", links.lot(lot.details().gtin(), lot.details().lotNumber(), lot.details().bestBeforeDate()));
        return row;
    }

    private static LocalDate date(Map<String, String> form, String field) {
        String text = form.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException.InvalidInput(field, PageText.of("problem.date", text.strip()));
        }
    }

    private static BigDecimal quantity(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ProblemException.InvalidInput("quantity", PageText.of("problem.notANumber", text.strip()));
        }
    }
}

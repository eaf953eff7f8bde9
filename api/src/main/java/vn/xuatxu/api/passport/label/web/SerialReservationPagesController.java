package vn.xuatxu.api.passport.label.web;

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
import io.micronaut.views.ModelAndView;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.label.application.SerialReservations;
import vn.xuatxu.api.passport.product.persistence.ProductStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The producer's page for reserving serials before going where there is no signal, and the printable sheet
 * of blank-lot labels of a block (QR code, product, serial, and blanks to write the lot number and date).
 */
@Controller("/giu-tem")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SerialReservationPagesController {

    private final DSLContext db;
    private final ProductStore products;
    private final SerialReservations reservations;

    SerialReservationPagesController(DSLContext db, ProductStore products, SerialReservations reservations) {
        this.db = db;
        this.products = products;
        this.reservations = reservations;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(Authentication authentication) {
        return new ModelAndView<>("serial-reservations", model(Actors.of(authentication)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> reserve(Authentication authentication, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        try {
            SerialReservations.Reservation reservation = reservations.reserve(actor, form.get("gtin"), count(form.get("count")));
            return HttpResponse.seeOther(URI.create("/giu-tem/" + reservation.stored().reservationId()));
        } catch (ProblemException problem) {
            Map<String, Object> model = model(actor);
            model.put("error", problem);
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("serial-reservations", model));
        }
    }

    @Get("/{reservationId}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> sheet(Authentication authentication, String reservationId) {
        Actor actor = Actors.of(authentication);
        SerialReservations.Reservation reservation = reservations.find(actor, reservationId);
        Map<String, Object> model = model(actor);
        model.put("sheet", reservation.stored());
        model.put("serials", reservation.serials());
        return new ModelAndView<>("serial-reservations", model);
    }

    private Map<String, Object> model(Actor actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("products", products.ofOrganisation(db, actor.organisationId()));
        model.put("blocks", reservations.newest(actor));
        model.put("max", SerialReservations.MAX_LABELS);
        return model;
    }

    private static Integer count(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException.InvalidInput("count", PageText.of("reservation.error.countNotNumber", text.strip()));
        }
    }
}

package vn.xuatxu.api.passport.model.web;

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
import io.micronaut.views.ModelAndView;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.model.Passport;
import vn.xuatxu.api.passport.model.application.PassportCompleteness;
import vn.xuatxu.api.passport.model.application.PassportDeclarations;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The two forms a checklist links to for what the product form does not hold: a product's passport
 * declarations ({@code /san-pham/{id}/ho-chieu}) and the producer's own details ({@code /co-so}). Both show
 * the current checklist above the form and work without JavaScript.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class DeclarationPagesController {

    private final PassportDeclarations declarations;
    private final PassportCompleteness completeness;
    private final PassportChecklists checklists;

    DeclarationPagesController(PassportDeclarations declarations, PassportCompleteness completeness,
                               PassportChecklists checklists) {
        this.declarations = declarations;
        this.completeness = completeness;
        this.checklists = checklists;
    }

    @Get("/san-pham/{id}/ho-chieu")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> product(Authentication authentication, long id, @Nullable @QueryValue("xong") String done) {
        Actor actor = Actors.of(authentication);
        Map<String, Object> model = productModel(actor, id, form(declarations.product(actor, id).product()));
        model.put("saved", done != null);
        return new ModelAndView<>("passport-declarations", model);
    }

    @Post(uri = "/san-pham/{id}/ho-chieu", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> saveProduct(Authentication authentication, long id, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        try {
            declarations.saveProduct(actor, id, new PassportDeclarations.ProductRequest(form.get("imageUrl"),
                    form.get("brand"), form.get("origin"), form.get("standardsApplied"),
                    form.get("qualityCertificateName"), form.get("qualityCertificateNumber"),
                    date(form.get("qualityCertificateValidUntil")), form.get("safetyWarnings")));
            return HttpResponse.seeOther(URI.create("/san-pham/" + id + "/ho-chieu?xong=1"));
        } catch (ProblemException problem) {
            if (problem instanceof ProblemException.NotFound) {
                throw problem;
            }
            Map<String, Object> model = productModel(actor, id, new HashMap<>(form));
            refused(model, problem);
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("passport-declarations", model));
        }
    }

    @Get("/co-so")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> producer(Authentication authentication, @Nullable @QueryValue("xong") String done) {
        Actor actor = Actors.of(authentication);
        Map<String, Object> model = producerModel(actor, form(declarations.producer(actor)));
        model.put("saved", done != null);
        return new ModelAndView<>("organisation-details", model);
    }

    @Post(uri = "/co-so", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> saveProducer(Authentication authentication, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        try {
            declarations.saveProducer(actor, new PassportDeclarations.ProducerRequest(form.get("taxCode"), form.get("gln"),
                    form.get("addressLine"), form.get("formerCommune"), form.get("formerProvince")));
            return HttpResponse.seeOther(URI.create("/co-so?xong=1"));
        } catch (ProblemException problem) {
            Map<String, Object> model = producerModel(actor, new HashMap<>(form));
            refused(model, problem);
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("organisation-details", model));
        }
    }

    private Map<String, Object> productModel(Actor actor, long id, Map<String, String> form) {
        PassportCompleteness.Report report = completeness.ofProduct(actor, id);
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("admin", actor.hasAnyRole(Role.ORG_ADMIN));
        model.put("productId", id);
        model.put("productName", report.passport().product().name());
        model.put("checklist", Checklist.of(report.passport(), report.completeness()));
        model.put("form", form);
        return model;
    }

    private Map<String, Object> producerModel(Actor actor, Map<String, String> form) {
        Passport.Producer producer = declarations.producer(actor);
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("admin", actor.hasAnyRole(Role.ORG_ADMIN));
        model.put("producer", producer);
        model.put("address", producer.address().vietnamese());
        model.put("findings", checklists.forHome(actor).producer());
        model.put("form", form);
        return model;
    }

    private static void refused(Map<String, Object> model, ProblemException problem) {
        model.put("error", problem);
        model.put("errorField", problem instanceof ProblemException.InvalidInput invalid ? invalid.field() : null);
    }

    private static Map<String, String> form(Passport.Product p) {
        Map<String, String> form = new HashMap<>();
        form.put("imageUrl", p.imageUrl());
        form.put("brand", p.brand());
        form.put("origin", p.origin());
        form.put("standardsApplied", p.standardsApplied());
        if (p.qualityCertificate() != null) {
            form.put("qualityCertificateName", p.qualityCertificate().name());
            form.put("qualityCertificateNumber", p.qualityCertificate().number());
            form.put("qualityCertificateValidUntil", p.qualityCertificate().validUntil() == null ? null
                    : p.qualityCertificate().validUntil().toString());
        }
        form.put("safetyWarnings", p.safetyWarnings());
        return form;
    }

    private static Map<String, String> form(Passport.Producer p) {
        Map<String, String> form = new HashMap<>();
        form.put("taxCode", p.taxCode());
        form.put("gln", p.gln());
        form.put("addressLine", p.address().line());
        form.put("formerCommune", p.address().formerCommune());
        form.put("formerProvince", p.address().formerProvince());
        return form;
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException.InvalidInput("qualityCertificateValidUntil",
                    PageText.of("problem.date", text.strip()));
        }
    }
}

package vn.xuatxu.api.passport.translation.web;

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
import vn.xuatxu.api.passport.product.application.ProductCatalogue;
import vn.xuatxu.api.passport.translation.application.Translations;
import vn.xuatxu.api.passport.translation.domain.TranslationLanguage;
import vn.xuatxu.api.problem.ProblemException;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The producer's page for a product's translations ({@code /san-pham/{id}/ban-dich}): what is there, and a
 * form to add or replace one language.
 */
@Controller("/san-pham/{id}/ban-dich")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class TranslationPagesController {

    private final Translations translations;
    private final ProductCatalogue products;

    TranslationPagesController(Translations translations, ProductCatalogue products) {
        this.translations = translations;
        this.products = products;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(Authentication authentication, long id, @Nullable @QueryValue("xong") String saved) {
        Map<String, Object> model = model(Actors.of(authentication), id, new HashMap<>());
        model.put("saved", saved != null);
        return new ModelAndView<>("product-translations", model);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> save(Authentication authentication, long id, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        try {
            translations.putProduct(actor, id, form.get("language"), form.get("name"), form.get("description"));
            return HttpResponse.seeOther(URI.create("/san-pham/" + id + "/ban-dich?xong=1"));
        } catch (ProblemException problem) {
            Map<String, Object> model = model(actor, id, new HashMap<>(form));
            model.put("error", problem);
            model.put("errorField", problem instanceof ProblemException.InvalidInput invalid ? invalid.field() : null);
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("product-translations", model));
        }
    }

    private Map<String, Object> model(Actor actor, long id, Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("admin", actor.hasAnyRole(Role.ORG_ADMIN));
        model.put("productId", id);
        model.put("productName", products.find(actor, id).passport().name());
        model.put("translations", translations.ofProduct(actor, id));
        model.put("form", form);
        model.put("languages", new TreeSet<>(TranslationLanguage.COMMON.keySet()));
        return model;
    }
}

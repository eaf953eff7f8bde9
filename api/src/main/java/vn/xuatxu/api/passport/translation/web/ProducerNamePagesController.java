package vn.xuatxu.api.passport.translation.web;

import io.swagger.v3.oas.annotations.Hidden;
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
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.translation.application.Translations;
import vn.xuatxu.api.passport.translation.domain.TranslationLanguage;
import vn.xuatxu.api.problem.ProblemException;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The producer's page for its own name in other languages ({@code /co-so/ban-dich}), the page twin of
 * {@code PUT /api/v1/organisation/translations/{language}}: a buyer whose phone reads Chinese or H'Mông sees the
 * co-operative's name in that language on the passport, with the Vietnamese name beside it.
 */
@Hidden
@Controller("/co-so/ban-dich")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProducerNamePagesController {

    private final Translations translations;

    ProducerNamePagesController(Translations translations) {
        this.translations = translations;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(Authentication authentication, @Nullable @QueryValue("xong") String saved) {
        Map<String, Object> model = model(Actors.of(authentication), new HashMap<>());
        model.put("saved", saved != null);
        return new ModelAndView<>("organisation-translations", model);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> save(Authentication authentication, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        try {
            translations.putProducer(actor, form.get("language"), form.get("name"));
            return HttpResponse.seeOther(URI.create("/co-so/ban-dich?xong=1"));
        } catch (ProblemException problem) {
            Map<String, Object> model = model(actor, new HashMap<>(form));
            model.put("error", problem);
            model.put("errorField", problem instanceof ProblemException.InvalidInput invalid ? invalid.field() : null);
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("organisation-translations", model));
        }
    }

    private Map<String, Object> model(Actor actor, Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("admin", actor.organisationKind() == OrganisationKind.PRODUCER && actor.hasAnyRole(Role.ORG_ADMIN));
        model.put("translations", translations.ofProducer(actor));
        model.put("form", form);
        model.put("languages", new TreeSet<>(TranslationLanguage.COMMON.keySet()));
        return model;
    }
}

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
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.model.PassportItem;
import vn.xuatxu.api.passport.model.application.BlockingItems;
import vn.xuatxu.api.problem.ProblemException;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agency's page of passport items: each with its legal source and obligation, and a box to make it
 * blocking (no label is printed for a lot that misses it). Only the agency's administrator may save.
 */
@Controller("/quan-tri/ho-chieu-so")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class BlockingItemsPageController {

    /** Each item's checkbox is named {@code block-ITEM}, so the form needs no repeated keys. */
    private static final String BOX = "block-";
    private final BlockingItems blocking;

    BlockingItemsPageController(BlockingItems blocking) {
        this.blocking = blocking;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(Authentication authentication, @Nullable @QueryValue("xong") String done) {
        Map<String, Object> model = model(Actors.of(authentication), blocking.current());
        model.put("saved", done != null);
        return new ModelAndView<>("passport-rules", model);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> save(Authentication authentication, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        List<String> names = form.keySet().stream().filter(key -> key.startsWith(BOX))
                .map(key -> key.substring(BOX.length())).toList();
        try {
            blocking.replace(actor, names);
            return HttpResponse.seeOther(URI.create("/quan-tri/ho-chieu-so?xong=1"));
        } catch (ProblemException problem) {
            Map<String, Object> model = model(actor, blocking.current());
            model.put("error", problem);
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("passport-rules", model));
        }
    }

    private static Map<String, Object> model(Actor actor, Set<PassportItem> current) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("agencyAdmin", actor.organisationKind() == OrganisationKind.AGENCY && actor.hasAnyRole(Role.AGENCY_ADMIN));
        model.put("items", Arrays.stream(PassportItem.values()).map(item -> Map.of(
                "name", item.name(),
                "obligation", item.obligation().name(),
                "sources", item.referencesText(),
                "blocking", current.contains(item))).toList());
        return model;
    }
}

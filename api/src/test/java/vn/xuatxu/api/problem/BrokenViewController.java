package vn.xuatxu.api.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.Map;

/** A page whose template fails while rendering, to prove such a failure is answered and not left hanging. */
@Controller("/test-only/broken-view")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = "xuatxu.test.broken-view", value = "true")
final class BrokenViewController {

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> broken() {
        return new ModelAndView<>("broken-for-test", Map.of());
    }
}

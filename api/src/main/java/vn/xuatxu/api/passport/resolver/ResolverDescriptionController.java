package vn.xuatxu.api.passport.resolver;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /.well-known/gs1resolver}: the resolver description file of the GS1-Conformant Resolver standard,
 * telling a client which primary keys and link types this resolver answers, where its root is, and that the
 * default answer can be the linkset. Built from the configured base URL, not from the request's host.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class ResolverDescriptionController {

    static final List<String> ACTIVE_LINK_TYPES = List.of("gs1:defaultLink", "gs1:pip", "gs1:certificationInfo",
            "gs1:traceability", "gs1:recallStatus", "gs1:verificationService");
    private final ResolverLinks links;

    ResolverDescriptionController(ResolverLinks links) {
        this.links = links;
    }

    @Get(uri = "/.well-known/gs1resolver", produces = "application/json")
    HttpResponse<String> description() throws com.fasterxml.jackson.core.JsonProcessingException {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("name", "Xuất Xứ – Hộ chiếu sản phẩm số tỉnh Điện Biên");
        description.put("resolverRoot", links.base());
        description.put("supportedPrimaryKeys", List.of("01"));
        description.put("supportedLinkType", List.of(Map.of("namespace", ResolverLinks.GS1_VOCABULARY, "prefix", "gs1:")));
        description.put("linkTypeDefaultCanBeLinkset", true);
        description.put("supportsLanguageVariants", true);
        description.put("supportsSemanticInterpretation", true);
        description.put("validatesAIcombinations", true);
        description.put("activeLinkTypes", ACTIVE_LINK_TYPES);
        description.put("supportedLanguages", List.of("vi", "en"));
        return HttpResponse.ok(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(description))
                .contentType("application/json")
                .header("Cache-Control", "public, max-age=3600")
                .header("Access-Control-Allow-Origin", "*");
    }
}

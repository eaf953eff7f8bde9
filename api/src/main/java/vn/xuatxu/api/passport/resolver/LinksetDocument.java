package vn.xuatxu.api.passport.resolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9264 linkset ({@code application/linkset+json}) for the resolver's links: one context object per
 * anchor, relation types as GS1 Web Vocabulary IRIs (extension relation types must be IRIs), and each
 * target with {@code href}, {@code type}, {@code hreflang} (an array) and its title in Vietnamese with the
 * English one as the internationalised {@code title*}.
 */
final class LinksetDocument {

    private LinksetDocument() {
    }

    static Map<String, Object> of(List<ResolverLinks.LinkContext> contexts, String description) {
        List<Map<String, Object>> linkset = new ArrayList<>();
        for (ResolverLinks.LinkContext context : contexts) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("anchor", context.anchor());
            if (linkset.isEmpty() && description != null) {
                object.put("description", description);
            }
            for (ResolverLinks.OfferedLink link : context.links()) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> targets = (List<Map<String, Object>>) object.computeIfAbsent(
                        ResolverLinks.GS1_VOCABULARY + link.type(), key -> new ArrayList<Map<String, Object>>());
                Map<String, Object> target = new LinkedHashMap<>();
                target.put("href", link.href());
                boolean english = link.hreflang().map(Language.EN::equals).orElse(false);
                target.put("title", english ? link.titleEn() : link.titleVi());
                target.put("title*", List.of(Map.of("value", link.titleEn(), "language", "en")));
                target.put("type", link.mediaType());
                link.hreflang().ifPresent(language -> target.put("hreflang", List.of(language.tag())));
                targets.add(target);
            }
            linkset.add(object);
        }
        return Map.of("linkset", linkset);
    }
}

package vn.xuatxu.api.passport.resolver;

import jakarta.inject.Singleton;
import vn.xuatxu.api.passport.gs1.DigitalLink;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The links the resolver offers for an identifier, typed with the GS1 Web Vocabulary link types. Every
 * target is built on the configured public base URL, so what a linkset or a redirect says never depends on
 * the machine that answered. Lots get the passport page, its certification and journey sections, the
 * journey and recall status as JSON, and the verification service; a bare GTIN gets the product page.
 */
@Singleton
final class ResolverLinks {

    static final String GS1_VOCABULARY = "https://gs1.org/voc/";

    /** One link: GS1 link type (without prefix), target, titles, media type, and the language of the target when it has one. */
    record OfferedLink(String type, String href, String titleVi, String titleEn, String mediaType,
                       Optional<Language> hreflang) {
    }

    /** The links for one anchor (one level of the identifier). */
    record LinkContext(String anchor, List<OfferedLink> links) {
    }

    private final String base;

    ResolverLinks(DigitalLink digitalLink) {
        this.base = digitalLink.baseUrl();
    }

    String uri(DigitalLinkPath path) {
        return base + path.path();
    }

    String base() {
        return base;
    }

    /**
     * The links of {@code path} first, then those of each shorter identifier up to the GTIN (the GS1 walk-up),
     * each under its own anchor.
     */
    List<LinkContext> contexts(DigitalLinkPath path, boolean hasCertification) {
        List<LinkContext> contexts = new ArrayList<>();
        contexts.add(new LinkContext(uri(path), links(path, hasCertification)));
        if (path.serial().isPresent()) {
            DigitalLinkPath lot = path.withoutSerial();
            contexts.add(new LinkContext(uri(lot), links(lot, hasCertification)));
        }
        if (path.lot().isPresent()) {
            DigitalLinkPath product = DigitalLinkPath.product(path.gtin());
            contexts.add(new LinkContext(uri(product), links(product, hasCertification)));
        }
        return List.copyOf(contexts);
    }

    /** The links of exactly this identifier; {@code defaultLink} first. */
    List<OfferedLink> links(DigitalLinkPath path, boolean hasCertification) {
        String page = uri(path);
        List<OfferedLink> links = new ArrayList<>();
        links.add(html("defaultLink", page, "", "Hộ chiếu sản phẩm số", "Digital product passport", Language.VI));
        links.add(html("pip", page, "", "Hộ chiếu sản phẩm số", "Digital product passport", Language.VI));
        links.add(html("pip", page, "", "Hộ chiếu sản phẩm số (tiếng Anh)", "Digital product passport (English)",
                Language.EN));
        if (hasCertification) {
            links.add(html("certificationInfo", page, "#chung-nhan", "Chứng nhận OCOP, chỉ dẫn địa lý",
                    "OCOP certificate, geographical indication", Language.VI));
            links.add(html("certificationInfo", page, "#chung-nhan", "Chứng nhận OCOP, chỉ dẫn địa lý (tiếng Anh)",
                    "OCOP certificate, geographical indication (English)", Language.EN));
        }
        path.lot().ifPresent(lot -> {
            String api = base + "/api/v1/passports/" + path.gtin().value() + "/" + encode(lot.value());
            links.add(html("traceability", page, "#hanh-trinh", "Hành trình lô hàng", "Journey of the lot", Language.VI));
            links.add(html("traceability", page, "#hanh-trinh", "Hành trình lô hàng (tiếng Anh)",
                    "Journey of the lot (English)", Language.EN));
            links.add(new OfferedLink("traceability", api + "/events", "Sự kiện truy xuất trên sổ cái (JSON)",
                    "Traceability events on the ledger (JSON)", "application/json", Optional.empty()));
            links.add(new OfferedLink("recallStatus", api + "/recall-status", "Tình trạng thu hồi (JSON)",
                    "Recall status (JSON)", "application/json", Optional.empty()));
            links.add(new OfferedLink("verificationService", api + "/verification"
                    + path.serial().map(serial -> "?serial=" + encode(serial.value())).orElse(""),
                    "Xác thực với sổ cái blockchain (JSON)", "Verification against the blockchain ledger (JSON)",
                    "application/json", Optional.empty()));
        });
        return List.copyOf(links);
    }

    /**
     * The link a {@code linkType} asks for ({@code gs1:pip}, or the full vocabulary IRI), in the reader's
     * language when there is a choice; empty when we do not offer that type for this identifier.
     */
    Optional<OfferedLink> select(List<OfferedLink> links, String linkType, Language language) {
        String wanted = linkTypeName(linkType);
        List<OfferedLink> ofType = links.stream().filter(link -> link.type().equals(wanted)).toList();
        return ofType.stream().filter(link -> link.hreflang().map(language::equals).orElse(false)).findFirst()
                .or(() -> ofType.stream().findFirst());
    }

    /** {@code gs1:pip}, {@code https://gs1.org/voc/pip}, {@code https://ref.gs1.org/voc/pip}, … → {@code pip}. */
    static String linkTypeName(String linkType) {
        String type = linkType.strip();
        for (String prefix : List.of("gs1:", "https://gs1.org/voc/", "http://gs1.org/voc/", "https://www.gs1.org/voc/",
                "https://ref.gs1.org/voc/")) {
            if (type.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return type.substring(prefix.length());
            }
        }
        return type;
    }

    private static OfferedLink html(String type, String page, String fragment, String titleVi, String titleEn,
                                    Language language) {
        String href = page + (language == Language.EN ? "?lang=en" : "") + fragment;
        return new OfferedLink(type, href, titleVi, titleEn, "text/html", Optional.of(language));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package vn.xuatxu.api.passport.resolver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ViewsRenderer;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.passport.report.application.ReportFormTokens;
import vn.xuatxu.api.passport.translation.persistence.TranslationStore;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.platform.i18n.ReaderLanguage;
import vn.xuatxu.api.platform.origin.RequestOrigins;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.api.problem.ProblemResponses;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GS1 Digital Link resolver: what a phone camera opens when it scans a label ({@code /01/{gtin}},
 * {@code /01/{gtin}/10/{lot}}, {@code /01/{gtin}/10/{lot}/21/{serial}}). Public, Vietnamese first, and
 * honest about the ledger: the proof and the recall status are read from the ledger whenever the page is
 * rendered, and a rendered page is reused only while the ledger's height and the data it shows are unchanged
 * ({@link RenderedPages}); a serial's verdict and scan count are worked out at every scan ({@link SerialNotes}).
 *
 * <p>One URI, several answers: the passport page for browsers, JSON-LD or an RFC 9264 linkset for programs
 * that ask by {@code Accept}, a 307 redirect for {@code ?linkType=gs1:…}. Zero-suppressed GTINs are
 * redirected (301) to the canonical 14-digit URI; a malformed URI gets a 400 page that says how a valid one
 * looks, an unknown product or lot a 404 page; neither shows anything internal.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PassportPageController {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Query parameters that belong to the resolver, not to the target of a redirect. */
    private static final List<String> RESOLVER_PARAMETERS = List.of("linkType", "lang");
    /** The page's linkset, relative so one rendered page serves the lot and each of its serials. */
    private static final String LINKSET_HREF = "?linkType=linkset";
    /** Seconds a browser may show a passport page again without asking. */
    private static final int MAX_AGE = 30;

    private final Passports passports;
    private final ResolverLinks links;
    private final PassportPage page;
    private final PageTexts texts;
    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;
    private final ProblemResponses problems;
    private final RenderedPages pages;
    private final PageDataVersion.Counter dataVersion;
    private final Ledger ledger;
    private final SerialNotes serialNotes;
    private final RequestOrigins origins;
    private final ReportFormTokens formTokens;
    private final PageMessages messages;

    PassportPageController(Passports passports, ResolverLinks links, PassportPage page, PageTexts texts,
                           ViewsRenderer<Map<String, Object>, HttpRequest<?>> views, ProblemResponses problems,
                           RenderedPages pages, PageDataVersion.Counter dataVersion, Ledger ledger,
                           SerialNotes serialNotes, RequestOrigins origins, ReportFormTokens formTokens,
                           PageMessages messages) {
        this.messages = messages;
        this.pages = pages;
        this.dataVersion = dataVersion;
        this.ledger = ledger;
        this.serialNotes = serialNotes;
        this.origins = origins;
        this.formTokens = formTokens;
        this.passports = passports;
        this.links = links;
        this.page = page;
        this.texts = texts;
        this.views = views;
        this.problems = problems;
    }

    @Get(uri = "/01/{gtin}", produces = {"text/html", "application/ld+json", "application/linkset+json", "application/json"})
    HttpResponse<?> product(HttpRequest<?> request, @PathVariable String gtin) {
        return answer(request, () -> resolve(request, gtin, null, null));
    }

    @Get(uri = "/01/{gtin}/10/{lot}", produces = {"text/html", "application/ld+json", "application/linkset+json", "application/json"})
    HttpResponse<?> lot(HttpRequest<?> request, @PathVariable String gtin, @PathVariable String lot) {
        return answer(request, () -> resolve(request, gtin, lot, null));
    }

    @Get(uri = "/01/{gtin}/10/{lot}/21/{serial}",
            produces = {"text/html", "application/ld+json", "application/linkset+json", "application/json"})
    HttpResponse<?> serial(HttpRequest<?> request, @PathVariable String gtin, @PathVariable String lot,
                           @PathVariable String serial) {
        return answer(request, () -> resolve(request, gtin, lot, serial));
    }

    /**
     * Anything else under {@code /01/}: a Digital Link we do not resolve (wrong order, unknown qualifier). Only an
     * error answer, so it is left out of the OpenAPI document.
     */
    @io.swagger.v3.oas.annotations.Hidden
    @Get(uri = "/01/{gtin}/{+rest}", produces = {"text/html", "application/ld+json", "application/linkset+json", "application/json"})
    HttpResponse<?> malformed(HttpRequest<?> request, @PathVariable String gtin, @PathVariable @Nullable String rest) {
        return answer(request, () -> {
            throw new ProblemException.InvalidInput("path", PageText.of("resolver.error.path",
                    shorten(gtin + "/" + rest)));
        });
    }

    private HttpResponse<?> answer(HttpRequest<?> request, java.util.function.Supplier<HttpResponse<?>> resolution) {
        try {
            return resolution.get();
        } catch (ProblemException problem) {
            return problem(request, problem);
        }
    }

    private HttpResponse<?> resolve(HttpRequest<?> request, String gtinText, String lotText, String serialText) {
        Gtin gtin = Gtin.parse(gtinText);
        Optional<LotNumber> lot = Optional.ofNullable(lotText).map(LotNumber::parse);
        Optional<LabelSerial> serial = Optional.ofNullable(serialText).map(LabelSerial::parse);
        DataAttributes attributes = DataAttributes.parse(request.getParameters().asMap());
        DigitalLinkPath path = new DigitalLinkPath(gtin, lot, serial);
        if (!gtinText.equals(gtin.value())) {
            return HttpResponse.status(HttpStatus.MOVED_PERMANENTLY)
                    .header("Location", request.getUri().getRawQuery() == null ? path.path()
                            : path.path() + "?" + request.getUri().getRawQuery())
                    .header("Cache-Control", "public, max-age=86400");
        }
        ReaderLanguage reader = reader(request);
        Language language = Language.of(reader);
        String linkType = request.getParameters().get("linkType");
        Representation representation = Representation.negotiate(request.getHeaders().get("Accept"), linkType);
        if (representation == Representation.HTML && linkType == null) {
            return page(request, path, attributes, reader, language);
        }
        if (lot.isEmpty()) {
            Passports.ProductPassport passport = product(gtin);
            boolean certified = passport.certificates().map(c -> c.ocopStars().isPresent() || c.mark().isPresent()).orElse(false)
                    || (passport.product().ocopStars() != null && passport.product().ocopStars() > 0);
            if (linkType != null && representation != Representation.LINKSET) {
                return redirect(request, links.links(path, certified), linkType, language);
            }
            return switch (representation) {
                case HTML -> throw new IllegalStateException("a page without linkType was answered above");
                case JSON_LD -> json(request, PassportJsonLd.product(passport, links.uri(path)), representation, language);
                case LINKSET -> json(request, LinksetDocument.of(links.contexts(path, certified), passport.product().name()),
                        representation, language);
            };
        }
        Passports.LotPassport passport = lot(gtin, lot.get());
        boolean certified = passport.certificates().map(c -> c.ocopStars().isPresent() || c.mark().isPresent()).orElse(false)
                || (passport.lot().ocopStars() != null && passport.lot().ocopStars() > 0);
        if (linkType != null && representation != Representation.LINKSET) {
            return redirect(request, links.links(path, certified), linkType, language);
        }
        return switch (representation) {
            case HTML -> throw new IllegalStateException("a page without linkType was answered above");
            case JSON_LD -> json(request, PassportJsonLd.lot(passport, path, links.uri(path)), representation, language);
            case LINKSET -> json(request, LinksetDocument.of(links.contexts(path, certified), passport.lot().productName()
                    + " – lô " + passport.lot().details().lotNumber()), representation, language);
        };
    }

    /**
     * The passport page. Everything but the serial's verdict is rendered once per URI, language and data
     * state ({@link RenderedPages}); the verdict, the scan count and the report form's token are filled in
     * per request, because each scan of a serial is counted and each form is timed.
     */
    private HttpResponse<?> page(HttpRequest<?> request, DigitalLinkPath path, DataAttributes attributes,
                                 ReaderLanguage reader, Language language) {
        String query = ownQuery(request);
        String self = query.isEmpty() ? "" : "?" + query;
        DigitalLinkPath lotPath = new DigitalLinkPath(path.gtin(), path.lot(), Optional.empty());
        RenderedPages.Key key = new RenderedPages.Key(lotPath.path(), query, language.tag() + "/" + reader.requested(),
                ledger.status().height(), dataVersion.current());
        RenderedPages.Page cached = pages.get(key, () -> {
            Optional<TranslationStore.ForReader> translation = passports.translation(path.gtin(), reader.requested());
            return path.lot().isEmpty() ? productPage(request, path, language, translation, self)
                    : lotPage(request, path, attributes, language, translation, self);
        });
        String notes = path.serial().map(serial -> serialNotes.html(cached.producerMspId(), path, serial,
                origins.of(request), language)).orElse("");
        String etag = notes.isEmpty() ? cached.etag() : "\"" + digest(cached.etag() + notes) + "\"";
        MutableHttpResponse<?> response = notModified(request, etag, path.serial().isPresent() ? null : cached.renderedAt())
                ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(cached.body(notes, formTokens.issue())).contentType(Representation.HTML.contentType());
        if (path.serial().isEmpty()) {
            response.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    cached.renderedAt().truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC)));
        }
        // A serial's page is one buyer's (its scan count is theirs): a browser may keep it, a shared cache not.
        return headers(request, response, etag, path.serial().isPresent() ? "private, max-age=" + MAX_AGE
                : "public, max-age=" + MAX_AGE, language);
    }

    private RenderedPages.Page productPage(HttpRequest<?> request, DigitalLinkPath path, Language language,
                                           Optional<TranslationStore.ForReader> translation, String self) {
        Passports.ProductPassport passport = product(path.gtin());
        return rendered(request, page.product(passport, language, translation, self, LINKSET_HREF), null);
    }

    private RenderedPages.Page lotPage(HttpRequest<?> request, DigitalLinkPath path, DataAttributes attributes,
                                       Language language, Optional<TranslationStore.ForReader> translation, String self) {
        Passports.LotPassport passport = lot(path.gtin(), path.lot().orElseThrow());
        List<PassportPage.Note> notes = new ArrayList<>();
        attributes.expiry().ifPresent(printed -> passport.lot().details().bestBeforeDate()
                .filter(registered -> !registered.equals(printed))
                .ifPresent(registered -> notes.add(new PassportPage.Note(texts.format(language, "expiry.mismatch",
                        language.format().date(printed), language.format().date(registered)), "warn"))));
        return rendered(request, page.lot(passport, language, translation, notes, self, LINKSET_HREF),
                passport.lot().details().producerMspId());
    }

    private Passports.ProductPassport product(Gtin gtin) {
        return passports.product(gtin).orElseThrow(() -> new ProblemException.NotFound(
                PageText.of("resolver.error.productNotFound", gtin)));
    }

    private Passports.LotPassport lot(Gtin gtin, LotNumber lot) {
        return passports.lot(gtin, lot).orElseThrow(() -> new ProblemException.NotFound(
                PageText.of("resolver.error.lotNotFound", lot, gtin)));
    }

    private RenderedPages.Page rendered(HttpRequest<?> request, Map<String, Object> model, String producerMspId) {
        model.put("serialNotes", RenderedPages.SERIAL_NOTES);
        model.put("formToken", RenderedPages.FORM_TOKEN);
        String html = render("passport", model, request);
        return pages.page(html, "\"" + digest(html) + "\"", producerMspId);
    }

    private static boolean notModified(HttpRequest<?> request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeaders().get("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.contains(etag);
        }
        String ifModifiedSince = request.getHeaders().get("If-Modified-Since");
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private HttpResponse<?> redirect(HttpRequest<?> request, List<ResolverLinks.OfferedLink> offered, String linkType,
                                     Language language) {
        ResolverLinks.OfferedLink link = links.select(offered, linkType, language).orElseThrow(() ->
                new ProblemException.NotFound(PageText.of("resolver.error.linkType", shorten(linkType),
                        String.join(", ", offered.stream().map(l -> "gs1:" + l.type()).distinct().toList()))));
        return HttpResponse.status(HttpStatus.TEMPORARY_REDIRECT)
                .header("Location", passOnQuery(link.href(), request))
                .header("Cache-Control", "no-cache")
                .header("Vary", "Accept")
                .header("Access-Control-Allow-Origin", "*");
    }

    /** The request's own query (GS1 data attributes, campaign tags) goes on to the target, minus the resolver's. */
    private static String passOnQuery(String href, HttpRequest<?> request) {
        String query = ownQuery(request);
        if (query.isEmpty()) {
            return href;
        }
        int fragment = href.indexOf('#');
        String target = fragment < 0 ? href : href.substring(0, fragment);
        String suffix = fragment < 0 ? "" : href.substring(fragment);
        return target + (target.contains("?") ? "&" : "?") + query + suffix;
    }

    private static String ownQuery(HttpRequest<?> request) {
        List<String> parts = new ArrayList<>();
        request.getParameters().forEach((name, values) -> {
            if (!RESOLVER_PARAMETERS.contains(name)) {
                values.forEach(value -> parts.add(encode(name) + "=" + encode(value)));
            }
        });
        return String.join("&", parts);
    }

    private HttpResponse<?> json(HttpRequest<?> request, Map<String, Object> document, Representation representation,
                                 Language language) {
        try {
            return cacheable(request, JSON.writeValueAsString(document), representation, language);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A passport document cannot be encoded", e);
        }
    }

    /**
     * Documents for programs revalidate every time ({@code no-cache}) but carry a strong ETag, so a repeat
     * request for an unchanged passport costs a 304 and no body.
     */
    private static HttpResponse<?> cacheable(HttpRequest<?> request, String body, Representation representation,
                                             Language language) {
        String etag = "\"" + digest(body) + "\"";
        MutableHttpResponse<?> response = notModified(request, etag, null)
                ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(body).contentType(representation.contentType());
        return headers(request, response, etag, "no-cache", language);
    }

    /**
     * Pages may be kept {@link #MAX_AGE} seconds without asking, so a repeat scan within half a minute is
     * instant; after that a 304 answers an unchanged page. Half a minute is also the longest a recall can
     * go unseen by a phone that scanned the lot just before it.
     */
    private static HttpResponse<?> headers(HttpRequest<?> request, MutableHttpResponse<?> response, String etag,
                                           String cacheControl, Language language) {
        String linkset = "<" + request.getPath() + "?linkType=linkset>; rel=\"linkset\"; type=\"application/linkset+json\"";
        return response.header("ETag", etag)
                .header("Cache-Control", cacheControl)
                .header("Vary", "Accept, Accept-Language")
                .header("Content-Language", language.tag())
                .header("Link", linkset)
                .header("Access-Control-Allow-Origin", "*");
    }

    private HttpResponse<?> problem(HttpRequest<?> request, ProblemException problem) {
        Representation representation = Representation.negotiate(request.getHeaders().get("Accept"), null);
        if (representation != Representation.HTML) {
            return problems.respond(request, problem);
        }
        Language language = language(request);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", texts.of(language));
        model.put("lang", language.tag());
        model.put("status", problem.status().getCode());
        model.put("message", problem.message(language.tag(), messages));
        return HttpResponse.status(problem.status()).contentType(Representation.HTML.contentType())
                .header("Cache-Control", "no-cache")
                .header("Content-Language", language.tag())
                .body(render("resolver-problem", model, request));
    }

    private String render(String view, Map<String, Object> model, HttpRequest<?> request) {
        Writable page = views.render(view, model, request);
        StringWriter html = new StringWriter(16_384);
        try {
            page.writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    private static Language language(HttpRequest<?> request) {
        return Language.of(reader(request));
    }

    private static ReaderLanguage reader(HttpRequest<?> request) {
        return ReaderLanguage.of(request.getParameters().get("lang"), request.getHeaders().get("Accept-Language"));
    }

    private static String digest(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String text) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", "");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }
}

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
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.passport.translation.persistence.TranslationStore;
import vn.xuatxu.api.platform.i18n.ReaderLanguage;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.api.problem.ProblemResponses;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GS1 Digital Link resolver: what a phone camera opens when it scans a label ({@code /01/{gtin}},
 * {@code /01/{gtin}/10/{lot}}, {@code /01/{gtin}/10/{lot}/21/{serial}}). Public, Vietnamese first, and
 * honest about the ledger: the proof and the recall status are read from the ledger at every scan.
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

    private final Passports passports;
    private final ResolverLinks links;
    private final PassportPage page;
    private final PageTexts texts;
    private final LabelSerials serials;
    private final LedgerRecords records;
    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;
    private final ProblemResponses problems;

    PassportPageController(Passports passports, ResolverLinks links, PassportPage page, PageTexts texts,
                           LabelSerials serials, LedgerRecords records,
                           ViewsRenderer<Map<String, Object>, HttpRequest<?>> views, ProblemResponses problems) {
        this.passports = passports;
        this.links = links;
        this.page = page;
        this.texts = texts;
        this.serials = serials;
        this.records = records;
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
            throw new ProblemException.InvalidInput("path", "Đường dẫn /01/" + shorten(gtin + "/" + rest)
                    + " không phải dạng GS1 Digital Link mà hệ thống đọc được (thứ tự phải là /01/…/10/…/21/…).");
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
        Optional<TranslationStore.ForReader> translation = passports.translation(gtin, reader.requested());
        String linkType = request.getParameters().get("linkType");
        Representation representation = Representation.negotiate(request.getHeaders().get("Accept"), linkType);
        if (lot.isEmpty()) {
            Passports.ProductPassport passport = passports.product(gtin).orElseThrow(() -> new ProblemException.NotFound(
                    "Không tìm thấy sản phẩm có mã GTIN " + gtin + " trên hệ thống truy xuất của tỉnh."));
            boolean certified = passport.certificates().map(c -> c.ocopStars().isPresent() || c.mark().isPresent()).orElse(false)
                    || (passport.product().ocopStars() != null && passport.product().ocopStars() > 0);
            if (linkType != null && representation != Representation.LINKSET) {
                return redirect(request, links.links(path, certified), linkType, language);
            }
            return switch (representation) {
                case HTML -> html(request, "passport", page.product(passport, language, translation,
                        selfPath(request, path), linksetHref(path)), language);
                case JSON_LD -> json(request, PassportJsonLd.product(passport, links.uri(path)), representation, language);
                case LINKSET -> json(request, LinksetDocument.of(links.contexts(path, certified), passport.product().name()),
                        representation, language);
            };
        }
        Passports.LotPassport passport = passports.lot(gtin, lot.get()).orElseThrow(() -> new ProblemException.NotFound(
                "Không tìm thấy lô " + lot.get() + " của sản phẩm có mã " + gtin
                        + ". Nếu mã này được in trên bao bì, sản phẩm có thể không chính hãng."));
        boolean certified = passport.certificates().map(c -> c.ocopStars().isPresent() || c.mark().isPresent()).orElse(false)
                || (passport.lot().ocopStars() != null && passport.lot().ocopStars() > 0);
        if (linkType != null && representation != Representation.LINKSET) {
            return redirect(request, links.links(path, certified), linkType, language);
        }
        return switch (representation) {
            case HTML -> html(request, "passport", page.lot(passport, language, translation,
                    notes(passport, path, attributes, language), selfPath(request, path), linksetHref(path)), language);
            case JSON_LD -> json(request, PassportJsonLd.lot(passport, path, links.uri(path)), representation, language);
            case LINKSET -> json(request, LinksetDocument.of(links.contexts(path, certified), passport.lot().productName()
                    + " – lô " + passport.lot().details().lotNumber()), representation, language);
        };
    }

    /** What the page must say about this particular label and QR code, besides the lot itself. */
    private List<PassportPage.Note> notes(Passports.LotPassport passport, DigitalLinkPath path, DataAttributes attributes,
                                          Language language) {
        List<PassportPage.Note> notes = new ArrayList<>();
        path.serial().ifPresent(serial -> notes.add(serialNote(passport, path, serial, language)));
        attributes.expiry().ifPresent(printed -> passport.lot().details().bestBeforeDate()
                .filter(registered -> !registered.equals(printed))
                .ifPresent(registered -> notes.add(new PassportPage.Note(texts.format(language, "expiry.mismatch",
                        language.format().date(printed), language.format().date(registered)), "warn"))));
        return notes;
    }

    private PassportPage.Note serialNote(Passports.LotPassport passport, DigitalLinkPath path, LabelSerial serial,
                                         Language language) {
        LabelSerials.Lookup lookup = serials.find(path.gtin(), path.lot().orElseThrow(), serial);
        if (lookup instanceof LabelSerials.Lookup.InBatch inBatch) {
            LedgerRecords.LabelVerdict verdict = records.verifyLabel(passport.lot().details().producerMspId(), path.gtin(),
                    path.lot().orElseThrow(), inBatch.batchId(), serial, inBatch.proofJson());
            if (verdict instanceof LedgerRecords.LabelVerdict.Issued || verdict instanceof LedgerRecords.LabelVerdict.Voided) {
                serials.countScan(serial);
            }
            if (verdict instanceof LedgerRecords.LabelVerdict.Issued) {
                return new PassportPage.Note(texts.format(language, "serial.issued", serial.value()), "ok");
            }
            if (verdict instanceof LedgerRecords.LabelVerdict.Voided) {
                return new PassportPage.Note(texts.format(language, "serial.voided", serial.value()), "bad");
            }
            if (verdict instanceof LedgerRecords.LabelVerdict.NotIssued) {
                return new PassportPage.Note(texts.format(language, "serial.notIssued", serial.value()), "bad");
            }
            return new PassportPage.Note(texts.format(language, "serial.unverifiable", serial.value()), "warn");
        }
        return new PassportPage.Note(texts.format(language, "serial.unknown", serial.value()), "warn");
    }

    private HttpResponse<?> redirect(HttpRequest<?> request, List<ResolverLinks.OfferedLink> offered, String linkType,
                                     Language language) {
        ResolverLinks.OfferedLink link = links.select(offered, linkType, language).orElseThrow(() ->
                new ProblemException.NotFound("Mã này không có liên kết loại " + shorten(linkType)
                        + ". Các loại có sẵn: " + String.join(", ", offered.stream().map(l -> "gs1:" + l.type())
                        .distinct().toList()) + "."));
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

    private static String selfPath(HttpRequest<?> request, DigitalLinkPath path) {
        String query = ownQuery(request);
        return path.path() + (query.isEmpty() ? "" : "?" + query);
    }

    private static String linksetHref(DigitalLinkPath path) {
        return path.path() + "?linkType=linkset";
    }

    private HttpResponse<?> html(HttpRequest<?> request, String view, Map<String, Object> model, Language language) {
        return cacheable(request, render(view, model, request), Representation.HTML, language);
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
     * Every answer revalidates ({@code no-cache}: a recall must show at the next scan) but carries a strong
     * ETag, so a repeat scan of an unchanged passport costs a 304 and no body.
     */
    private static HttpResponse<?> cacheable(HttpRequest<?> request, String body, Representation representation,
                                             Language language) {
        String etag = "\"" + digest(body) + "\"";
        String linkset = "<" + request.getPath() + "?linkType=linkset>; rel=\"linkset\"; type=\"application/linkset+json\"";
        MutableHttpResponse<?> response = request.getHeaders().get("If-None-Match") != null
                && request.getHeaders().get("If-None-Match").contains(etag)
                ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(body).contentType(representation.contentType());
        return response.header("ETag", etag)
                .header("Cache-Control", "no-cache")
                .header("Vary", "Accept, Accept-Language")
                .header("Content-Language", language.tag())
                .header("Link", linkset)
                .header("Access-Control-Allow-Origin", "*");
    }

    private HttpResponse<?> problem(HttpRequest<?> request, ProblemException problem) {
        Representation representation = Representation.negotiate(request.getHeaders().get("Accept"), null);
        if (representation != Representation.HTML) {
            String field = problem instanceof ProblemException.InvalidInput invalid ? invalid.field() : null;
            return problems.respond(request, problem.status(), problem.code(), problem.getMessage(), field);
        }
        Language language = language(request);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", texts.of(language));
        model.put("lang", language.tag());
        model.put("status", problem.status().getCode());
        model.put("message", problem.getMessage());
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

package vn.xuatxu.api.problem;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import vn.xuatxu.api.platform.i18n.PageLanguageResolver;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.platform.i18n.PageText;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shapes a refusal for whoever asked: JSON for the API and programs, a small page for a phone browser, in
 * the reader's language ({@link #language}).
 */
@Singleton
public final class ProblemResponses {

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;
    private final PageMessages messages;
    private final PageLanguageResolver pageLanguage;

    ProblemResponses(ViewsRenderer<Map<String, Object>, HttpRequest<?>> views, PageMessages messages,
                     PageLanguageResolver pageLanguage) {
        this.views = views;
        this.messages = messages;
        this.pageLanguage = pageLanguage;
    }

    /** A deliberate refusal, in the reader's language when it was made with a key. */
    public HttpResponse<?> respond(HttpRequest<?> request, ProblemException problem) {
        String field = problem instanceof ProblemException.InvalidInput invalid ? invalid.field() : null;
        return respond(request, problem.status(), problem.code(), problem.message(language(request), messages), field);
    }

    /** Words for an answer this class does not shape itself, in the reader's language ({@link #language}). */
    public String text(HttpRequest<?> request, PageText text) {
        return text.in(language(request), messages);
    }

    /** A refusal whose words are a page-words key. */
    public HttpResponse<?> respond(HttpRequest<?> request, HttpStatus status, String code, PageText text) {
        return respond(request, status, code, text.in(language(request), messages), null);
    }

    /**
     * The language to answer a refusal in. A page follows the page switch and its cookie only
     * ({@link PageLanguageResolver}). An API client may also ask with {@code Accept-Language}, unlike a
     * page, because a program says what it wants on purpose; {@code ?lang=} and the page cookie come first so
     * a page's own script gets the page's language. Vietnamese otherwise.
     */
    public String language(HttpRequest<?> request) {
        if (wantsPage(request)) {
            return pageLanguage.language(request);
        }
        return pageLanguage.resolve(request).map(Locale::getLanguage).orElseGet(() -> acceptedLanguage(request));
    }

    static String acceptedLanguage(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return "vi";
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && (language.equals("vi") || language.equals("en"))) {
                    return language;
                }
            }
        } catch (IllegalArgumentException e) {
            // A malformed header asks for nothing.
        }
        return "vi";
    }

    public HttpResponse<?> respond(HttpRequest<?> request, HttpStatus status, String code, String message, String field) {
        if (wantsPage(request)) {
            Writable page = views.render("problem", Map.of("status", status.getCode(), "message", message), request);
            StringWriter html = new StringWriter();
            try {
                page.writeTo(html);
                return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                        .body(html.toString());
            } catch (IOException e) {
                // Fall through to JSON: a refusal must always be answered.
            }
        }
        return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new Problem(status.getCode(), code, message, field));
    }

    /** Pages for browsers outside the API: whenever HTML is acceptable and JSON was not asked for first. */
    static boolean wantsPage(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return false;
        }
        List<MediaType> accepted = request.getHeaders().accept();
        if (accepted.isEmpty()) {
            return true;
        }
        for (MediaType type : accepted) {
            if (type.getName().equals(MediaType.TEXT_HTML) || type.getName().equals("*/*")) {
                return true;
            }
            if (type.getSubtype().contains("json")) {
                return false;
            }
        }
        return false;
    }
}

package vn.xuatxu.api.problem;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * Shapes a refusal for whoever asked: JSON for the API and programs, a small Vietnamese page for a
 * phone browser that scanned a label.
 */
@Singleton
public final class ProblemResponses {

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;

    ProblemResponses(ViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
        this.views = views;
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

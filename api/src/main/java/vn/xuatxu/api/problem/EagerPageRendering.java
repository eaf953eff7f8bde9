package vn.xuatxu.api.problem;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xuatxu.api.platform.i18n.PageText;

import java.io.IOException;
import java.io.StringWriter;
import java.util.UUID;

/**
 * Renders each page completely before the response starts. Templates otherwise render while the response
 * is being written, and a template that fails there leaves the request hanging with half a page; rendered
 * here, a failure becomes a clean error page, and small pages get a Content-Length for free.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class EagerPageRendering implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EagerPageRendering.class);
    private final ProblemResponses responses;

    EagerPageRendering(ProblemResponses responses) {
        this.responses = responses;
    }

    /** Just outside the views filter, so the body it sees is the rendered page. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.before();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return Publishers.map(chain.proceed(request), response -> {
            if (!(response.getBody().orElse(null) instanceof Writable page)) {
                return response;
            }
            StringWriter html = new StringWriter();
            try {
                page.writeTo(html);
            } catch (IOException | RuntimeException e) {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("Incident {}: page for {} {} failed to render", incident, request.getMethod(), request.getPath(), e);
                @SuppressWarnings("unchecked")
                MutableHttpResponse<?> failure = (MutableHttpResponse<?>) responses.respond(request,
                        HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", PageText.of("problem.internal", incident));
                return failure;
            }
            return response.body(html.toString());
        });
    }
}

package vn.xuatxu.api.platform.offline;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;

/**
 * Lets phones keep the style sheets, scripts and icon for a day instead of asking again on every page
 * (a producer page then costs only its HTML after the first visit). The service worker keeps its own
 * copies, renewed when its version changes, so a day-old file is the worst a phone without it sees.
 */
@Filter("/static/**")
final class StaticFileCaching implements HttpServerFilter {

    static final String CACHE_CONTROL = "public, max-age=86400";

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return Publishers.map(chain.proceed(request), response -> {
            if (response.getStatus().getCode() == 200) {
                response.getHeaders().set("Cache-Control", CACHE_CONTROL);
            }
            return response;
        });
    }
}

package vn.xuatxu.api.platform;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;

/**
 * Browser protections on every response: scripts only from our own files (no inline script, so an injected
 * one cannot run), no framing of our pages by other sites, no content-type guessing, referrers kept to our
 * origin, and HSTS once the site is served over TLS. Inline styles stay allowed: the passport page carries
 * its CSS inline to answer a scan in a single request on a slow link.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class SecurityHeaders implements HttpServerFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return Publishers.map(chain.proceed(request), response -> {
            response.getHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.getHeaders().set("X-Content-Type-Options", "nosniff");
            response.getHeaders().set("X-Frame-Options", "DENY");
            response.getHeaders().set("Referrer-Policy", "strict-origin-when-cross-origin");
            if (request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"))) {
                response.getHeaders().set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            return response;
        });
    }
}

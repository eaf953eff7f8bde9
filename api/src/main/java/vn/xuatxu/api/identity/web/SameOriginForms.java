package vn.xuatxu.api.identity.web;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.Problem;
import vn.xuatxu.api.problem.ProblemResponses;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-site request forgery guard for the cookie session: a state-changing request that relies on the
 * session cookie (no bearer token) must come from one of our own pages, as its Origin (or, failing that,
 * Referer) header shows. Together with the SameSite=Strict cookie this closes forged form posts without
 * tokens in every form, which matters for pages that must also work offline.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class SameOriginForms implements HttpServerFilter {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private final ProblemResponses responses;

    SameOriginForms(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (SAFE.contains(request.getMethod()) || request.getHeaders().getAuthorization().isPresent()
                || request.getCookies().getAll().isEmpty() || sameOrigin(request)) {
            return chain.proceed(request);
        }
        return Publishers.just(HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new Problem(403, "CROSS_SITE", responses.text(request, PageText.of("problem.crossSite")), null)));
    }

    private static boolean sameOrigin(HttpRequest<?> request) {
        Optional<String> host = Optional.ofNullable(request.getHeaders().get("Host"));
        Optional<String> source = Optional.ofNullable(request.getHeaders().get("Origin"))
                .filter(origin -> !"null".equals(origin))
                .or(() -> Optional.ofNullable(request.getHeaders().get("Referer")));
        if (host.isEmpty() || source.isEmpty()) {
            return false;
        }
        try {
            URI uri = URI.create(source.get());
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host.get().equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package vn.xuatxu.api.platform.i18n;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.core.async.publisher.Publishers;
import org.reactivestreams.Publisher;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Remembers a language chosen with {@code ?lang=vi|en} in a cookie, so the next page keeps it. */
@Filter(Filter.MATCH_ALL_PATTERN)
final class PageLanguageCookie implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<Locale> asked = PageLanguageResolver.supported(request.getParameters().get(PageLanguageResolver.COOKIE));
        if (asked.isEmpty()) {
            return chain.proceed(request);
        }
        String language = asked.get().getLanguage();
        boolean remembered = request.getCookies().findCookie(PageLanguageResolver.COOKIE)
                .map(Cookie::getValue).filter(language::equals).isPresent();
        if (remembered) {
            return chain.proceed(request);
        }
        return Publishers.map(chain.proceed(request), response -> response.cookie(
                Cookie.of(PageLanguageResolver.COOKIE, language).path("/").httpOnly(true).sameSite(SameSite.Lax)
                        .maxAge(Duration.ofDays(365))));
    }
}

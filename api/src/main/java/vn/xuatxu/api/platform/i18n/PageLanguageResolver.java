package vn.xuatxu.api.platform.i18n;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * The language of the signed-in pages' own words: {@code ?lang=vi|en} (the header's switch) wins and is
 * remembered in the {@value #COOKIE} cookie by {@link PageLanguageCookie}; otherwise the cookie; otherwise
 * Vietnamese. The browser's {@code Accept-Language} is deliberately not followed (the locale resolution's
 * header resolver is off in {@code application.yml}): staff phones in Vietnam are often set to English by
 * habit, and the province works in Vietnamese, so English is a choice a person makes once, not a guess.
 *
 * <p>Templates read their words with {@code #{key}} through {@link PageMessages}; Java code that writes words
 * for a page takes the request's {@link Locale} from this resolver.
 */
@Singleton
public final class PageLanguageResolver implements HttpLocaleResolver {

    /** The cookie that remembers a person's choice on this browser. */
    public static final String COOKIE = "lang";

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        Optional<Locale> asked = supported(request.getParameters().get(COOKIE));
        if (asked.isPresent()) {
            return asked;
        }
        return supported(request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse(null));
    }

    @Override
    public Locale resolveOrDefault(HttpRequest<?> request) {
        return resolve(request).orElse(VIETNAMESE);
    }

    /** Before the configured resolvers, so the switch and the cookie win over the fixed default. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The page language ({@code vi} or {@code en}) of a request, for Java code that writes page words. */
    public String language(HttpRequest<?> request) {
        return resolveOrDefault(request).getLanguage();
    }

    static Optional<Locale> supported(String tag) {
        if ("vi".equals(tag)) {
            return Optional.of(VIETNAMESE);
        }
        if ("en".equals(tag)) {
            return Optional.of(Locale.ENGLISH);
        }
        return Optional.empty();
    }
}

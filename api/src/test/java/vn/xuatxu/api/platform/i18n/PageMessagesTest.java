package vn.xuatxu.api.platform.i18n;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.cookie.Cookie;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageMessagesTest {

    private final PageMessages messages = new PageMessages(new MessageBundles());
    private final PageLanguageResolver resolver = new PageLanguageResolver();

    @Test
    void aKeysFirstSegmentNamesItsBundle() {
        assertEquals("Đăng xuất", messages.text("vi", "staff.signOut"));
        assertEquals("Sign out", messages.text("en", "staff.signOut"));
    }

    @Test
    void anUnknownKeyOrBundleIsShownAsItsKey() {
        assertEquals("staff.noSuchWord", messages.text("en", "staff.noSuchWord"));
        assertEquals("nobundle.word", messages.text("vi", "nobundle.word"));
        assertEquals("plain", messages.text("vi", "plain"));
    }

    @Test
    void theSwitchWinsOverTheCookieAndVietnameseIsTheDefault() {
        assertEquals("vi", resolver.language(HttpRequest.GET("/trang-chu")));
        assertEquals("en", resolver.language(HttpRequest.GET("/trang-chu").cookie(Cookie.of("lang", "en"))));
        assertEquals("vi", resolver.language(asking("vi").cookie(Cookie.of("lang", "en"))));
        assertEquals("en", resolver.language(asking("en")));
        assertEquals("vi", resolver.language(asking("fr")));
    }

    private static MutableHttpRequest<?> asking(String lang) {
        MutableHttpRequest<?> request = HttpRequest.GET("/trang-chu");
        request.getParameters().add("lang", lang);
        return request;
    }
}

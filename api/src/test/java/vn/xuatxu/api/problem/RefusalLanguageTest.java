package vn.xuatxu.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.api.Test;
import vn.xuatxu.api.platform.i18n.MessageBundles;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.platform.i18n.PageText;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RefusalLanguageTest {

    private final PageMessages messages = new PageMessages(new MessageBundles());

    @Test
    void aKeyedRefusalIsVietnameseForLogsAndEitherLanguageForItsReader() {
        ProblemException refusal = new ProblemException.InvalidInput("gtin", PageText.of("product.error.gtinLength", 5));
        assertEquals("Mã GTIN phải có 8, 12, 13 hoặc 14 chữ số; đã nhận 5 chữ số.", refusal.getMessage());
        assertEquals(refusal.getMessage(), refusal.message("vi", messages));
        assertEquals("A GTIN has 8, 12, 13 or 14 digits; this one has 5.", refusal.message("en", messages));
        assertEquals("gtin", ((ProblemException.InvalidInput) refusal).field());
    }

    @Test
    void aRefusalWithoutAKeyStaysVietnamese() {
        ProblemException refusal = new ProblemException.Conflict("Lô đã thu hồi.");
        assertEquals("Lô đã thu hồi.", refusal.message("en", messages));
    }

    @Test
    void anApostropheInEnglishIsKeptAndAnUnknownKeyShowsItself() {
        assertEquals("Only a producer’s staff can register lots.",
                PageText.of("lot.error.producersOnly").in("en", messages));
        assertEquals("nobundle.word", PageText.of("nobundle.word").vietnamese());
    }

    @Test
    void anApiClientChoosesWithAcceptLanguage() {
        assertEquals("en", ProblemResponses.acceptedLanguage(asking("en-GB,en;q=0.9")));
        assertEquals("vi", ProblemResponses.acceptedLanguage(asking("vi-VN,vi;q=0.9,en;q=0.8")));
        assertEquals("en", ProblemResponses.acceptedLanguage(asking("fr-FR,fr;q=0.9,en;q=0.5")));
        assertEquals("vi", ProblemResponses.acceptedLanguage(asking("fr")));
        assertEquals("vi", ProblemResponses.acceptedLanguage(asking("en;q=oops")));
        assertEquals("vi", ProblemResponses.acceptedLanguage(HttpRequest.GET("/api/v1/lots")));
    }

    private static MutableHttpRequest<?> asking(String header) {
        return HttpRequest.GET("/api/v1/lots").header("Accept-Language", header);
    }
}

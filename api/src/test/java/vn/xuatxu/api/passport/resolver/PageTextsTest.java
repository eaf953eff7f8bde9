package vn.xuatxu.api.passport.resolver;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.platform.i18n.MessageBundles;
import vn.xuatxu.api.platform.i18n.ReaderLanguage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The Vietnamese and English page texts must have the same keys, or one language shows blanks. */
class PageTextsTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() {
        PageTexts texts = new PageTexts(new MessageBundles());
        assertEquals(texts.of(Language.VI).keySet(), texts.of(Language.EN).keySet());
        texts.of(Language.VI).forEach((key, value) -> assertFalse(value.isBlank(), key));
        assertEquals("Tem chính hãng: số sê-ri 42 thuộc lô tem đã được đăng ký trên sổ cái.",
                texts.format(Language.VI, "serial.issued", "42"));
    }

    @Test
    void vietnameseUnlessEnglishIsChosenAndRepresentationByQuality() {
        assertEquals(Language.VI, Language.of(ReaderLanguage.of(null, null)));
        assertEquals(Language.EN, Language.of(ReaderLanguage.of("en", null)));
        assertEquals(Language.VI, Language.of(ReaderLanguage.of("vi", null)));
        assertEquals(Language.EN, Language.of(ReaderLanguage.of("fr", null)),
                "a reader asking for a language we have no page words in reads English");
        assertEquals(Language.VI, Language.of(ReaderLanguage.of("vi-VN", null)));
        assertEquals(Representation.HTML, Representation.negotiate("text/html,application/xhtml+xml,*/*;q=0.8", null));
        assertEquals(Representation.JSON_LD, Representation.negotiate("application/ld+json", null));
        assertEquals(Representation.LINKSET, Representation.negotiate("text/html;q=0.5, application/linkset+json", null));
        assertEquals(Representation.LINKSET, Representation.negotiate(null, "linkset"));
    }
}

package vn.xuatxu.api.platform.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReaderLanguageTest {

    @Test
    void vietnameseUnlessAskedOtherwise() {
        assertEquals(ReaderLanguage.VIETNAMESE, ReaderLanguage.of(null, null));
        assertEquals(ReaderLanguage.VIETNAMESE, ReaderLanguage.of("vi", "zh-CN"));
        assertEquals(ReaderLanguage.VIETNAMESE, ReaderLanguage.of("  ", null));
    }

    @Test
    void theToggleWinsAndAnyOtherLanguageReadsTheEnglishPage() {
        assertEquals(new ReaderLanguage("en", "en"), ReaderLanguage.of("en", "vi-VN"));
        assertEquals(new ReaderLanguage("zh", "en"), ReaderLanguage.of("zh-Hans", null));
        assertEquals(new ReaderLanguage("hmn", "en"), ReaderLanguage.of("HMN", null));
    }

    @Test
    void englishPhonesStillGetVietnameseButOtherLanguagesAreFollowed() {
        assertEquals(ReaderLanguage.VIETNAMESE, ReaderLanguage.of(null, "en-US,en;q=0.9"));
        assertEquals(ReaderLanguage.VIETNAMESE, ReaderLanguage.of(null, "en-US,en;q=0.9,vi;q=0.8"));
        assertEquals(new ReaderLanguage("zh", "en"), ReaderLanguage.of(null, "zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(new ReaderLanguage("th", "en"), ReaderLanguage.of(null, "en-GB, th;q=0.5"));
        assertEquals(ReaderLanguage.VIETNAMESE, ReaderLanguage.of(null, "zh;q=0, *;q=0.1"), "q=0 refuses a language");
    }
}

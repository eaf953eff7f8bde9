package vn.xuatxu.label.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFitterTest {

    /** One unit per code point, so combining marks have width and a bad cut would be visible. */
    private static TextFitter fitter(int width) {
        return new TextFitter(width, s -> s.codePointCount(0, s.length()));
    }

    @Test
    void textThatFitsIsUnchanged() {
        TextFitter.Fitted fitted = fitter(20).fit("Cà phê Mường Ảng", 2);

        assertEquals(List.of("Cà phê Mường Ảng"), fitted.lines());
        assertFalse(fitted.shortened());
    }

    @Test
    void wrapsBetweenWords() {
        TextFitter.Fitted fitted = fitter(12).fit("Cà phê Arabica Mường Ảng", 3);

        assertEquals(List.of("Cà phê", "Arabica", "Mường Ảng"), fitted.lines());
        assertFalse(fitted.shortened());
    }

    @Test
    void lastLineIsShortenedWithEllipsisAtAWordBoundary() {
        TextFitter.Fitted fitted = fitter(12).fit("Cà phê Arabica Mường Ảng", 2);

        assertEquals(List.of("Cà phê", "Arabica…"), fitted.lines());
        assertTrue(fitted.shortened());
    }

    @Test
    void trailingPunctuationIsDroppedBeforeTheEllipsis() {
        assertEquals(List.of("Cà phê…"), fitter(8).fit("Cà phê, Mường Ảng", 1).lines());
    }

    @Test
    void anOverlongSingleWordIsCutBetweenGraphemesNeverInsideOne() {
        // NFD: each ễ is three code points (e, circumflex, tilde); a cut inside would orphan marks.
        String word = Normalizer.normalize("ễễễễễ", Normalizer.Form.NFD);
        String oneLetter = Normalizer.normalize("ễ", Normalizer.Form.NFD);

        assertEquals(List.of(oneLetter + "…"), fitter(5).fit(word, 1).lines());
        assertEquals(List.of(oneLetter + oneLetter, oneLetter + oneLetter + "…"), fitter(7).fit(word, 2).lines());
        assertEquals(List.of(oneLetter, oneLetter + "…"), fitter(4).fit(word, 2).lines());
    }

    @Test
    void shortenedNfcTextStaysNfc() {
        String name = SampleLabels.LONG_PRODUCT_NAME;
        for (int width = 4; width < 60; width += 3) {
            for (String line : fitter(width).fit(name, 2).lines()) {
                assertTrue(Normalizer.isNormalized(line, Normalizer.Form.NFC), line);
                assertTrue(line.codePointCount(0, line.length()) <= width, line + " wider than " + width);
            }
        }
    }

    @Test
    void nothingIsReturnedWhenNotEvenOneLetterFits() {
        TextFitter.Fitted fitted = fitter(1).fit("Cà phê", 1);

        assertEquals(List.of(), fitted.lines());
        assertTrue(fitted.shortened());
    }
}

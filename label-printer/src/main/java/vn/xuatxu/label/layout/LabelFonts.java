package vn.xuatxu.label.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * The bundled DejaVu Sans Condensed faces (regular and bold), loaded once from the classpath.
 * Never a system font: servers differ, and a missing Vietnamese glyph would print as a box.
 * Condensed because label text columns are 20–30 mm wide.
 */
final class LabelFonts {

    static final String RESOURCE_DIR = "/vn/xuatxu/label/layout/fonts/";
    static final String REGULAR_RESOURCE = RESOURCE_DIR + "DejaVuSansCondensed.ttf";
    static final String BOLD_RESOURCE = RESOURCE_DIR + "DejaVuSansCondensed-Bold.ttf";

    /** All Vietnamese letters (both cases, every tone) plus the symbols the layout prints. */
    static final String REQUIRED_CHARACTERS = vietnameseLetters() + "…★:/-–0123456789";

    private final Font regular;
    private final Font bold;

    private LabelFonts(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The bundled fonts; loaded on first use, then shared (fonts are immutable). */
    static LabelFonts bundled() {
        return Bundled.FONTS;
    }

    /** The face at an em size in dots (device space, one user unit = one dot). */
    Font regular(float emDots) {
        return regular.deriveFont(emDots);
    }

    Font bold(float emDots) {
        return bold.deriveFont(emDots);
    }

    private static final class Bundled {
        static final LabelFonts FONTS = new LabelFonts(load(REGULAR_RESOURCE), load(BOLD_RESOURCE));
    }

    private static Font load(String resource) {
        try (InputStream in = LabelFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: " + resource);
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            int missing = font.canDisplayUpTo(REQUIRED_CHARACTERS);
            if (missing != -1) {
                throw new IllegalStateException("bundled font " + resource + " cannot display U+%04X"
                        .formatted(REQUIRED_CHARACTERS.codePointAt(missing)));
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + resource + " is not a TrueType font", e);
        }
    }

    private static String vietnameseLetters() {
        String vowels = "aăâeêioôơuưy";
        String tones = "\u0300\u0301\u0309\u0303\u0323";
        StringBuilder letters = new StringBuilder("đĐ");
        for (char vowel : vowels.toCharArray()) {
            for (String base : new String[] {String.valueOf(vowel), String.valueOf(vowel).toUpperCase()}) {
                letters.append(base);
                for (char tone : tones.toCharArray()) {
                    letters.append(Normalizer.normalize(base + tone, Normalizer.Form.NFC));
                }
            }
        }
        return letters.toString();
    }
}

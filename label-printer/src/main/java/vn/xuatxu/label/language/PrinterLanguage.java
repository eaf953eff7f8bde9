package vn.xuatxu.label.language;

import java.util.Locale;
import vn.xuatxu.label.layout.LabelImage;

/**
 * A thermal printer command language, with the options that matter for printing our labels.
 *
 * <p>Sealed because the set is what our print agent can drive and test: each permitted language
 * has a decoder in the tests that turns its bytes back into a bitmap and reads the QR code from
 * it. Pick one with a static factory ({@link #zpl()}, {@link #tspl()}, {@link #escPos()}) or build
 * the record for non-default options.
 */
public sealed interface PrinterLanguage permits Zpl, Tspl, EscPos {

    /** Most label jobs are a handful of copies; a typo of 100000 should not empty a roll. */
    int MAX_COPIES = 9999;

    /**
     * One complete, self-contained print job that prints {@code copies} identical copies of the
     * label. Jobs can be concatenated on one connection to print different labels.
     *
     * @throws IllegalArgumentException if {@code copies} is not between 1 and {@link #MAX_COPIES}
     */
    byte[] encode(LabelImage label, int copies);

    /** Short lower-case name as used in configuration and the agent protocol: "zpl", "tspl" or "escpos". */
    String shortName();

    /**
     * The default language for a short name ({@link #shortName()}), case-insensitive.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    static PrinterLanguage named(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "zpl" -> zpl();
            case "tspl" -> tspl();
            case "escpos", "esc/pos", "esc-pos" -> escPos();
            default -> throw new IllegalArgumentException("unknown printer language '" + name
                    + "' (use zpl, tspl or escpos)");
        };
    }

    /** One copy. */
    default byte[] encode(LabelImage label) {
        return encode(label, 1);
    }

    /** ZPL II with the Z64 (zlib + base64 + CRC) graphic: about 1.5–2 KB per 50x30 mm label. */
    static Zpl zpl() {
        return new Zpl(Zpl.GraphicEncoding.Z64);
    }

    /** TSPL with a 2 mm gap between die-cut labels. */
    static Tspl tspl() {
        return new Tspl(2.0);
    }

    /** ESC/POS raster with a partial cut after each label. */
    static EscPos escPos() {
        return new EscPos(true);
    }

    static void checkCopies(int copies) {
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be 1–" + MAX_COPIES + ", was " + copies);
        }
    }
}

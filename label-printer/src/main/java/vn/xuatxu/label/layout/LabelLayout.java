package vn.xuatxu.label.layout;

import vn.xuatxu.label.content.LabelContent;
import vn.xuatxu.label.content.RecordLabelContent;

/**
 * Lays out and rasterises label content for one stock at one print density.
 *
 * <p>Usage: {@code LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203).render(content).toPng()}.
 *
 * <p>Guarantees of {@link #render}:
 * <ul>
 *   <li>the image is exactly {@link LabelStock#widthDots} x {@link LabelStock#heightDots} dots,
 *       1 bit per dot, no grey;</li>
 *   <li>the QR module is a whole number of dots, at least 0.33 mm whenever the stock allows it,
 *       with a white 4-module quiet zone inside the label; the error-correction level is the
 *       highest of H, Q, M that fits at that module size, never below M;</li>
 *   <li>text uses the bundled DejaVu Sans Condensed font, never a system font; text that does not
 *       fit is shortened with "…" at a word boundary (or between letters of a single over-long
 *       word), never cut through a glyph;</li>
 *   <li>a unit label's serial ({@link LabelContent#serial()}) is printed whole on its own line
 *       when the stock has room at full QR quality, and left out (never shortened) otherwise; it is
 *       always in the QR payload, and {@link LabelImage#textLines()} tells whether it was printed;</li>
 *   <li>it works headless ({@code java.awt.headless=true}) and is safe to call from many threads.</li>
 * </ul>
 * Instances are thread-safe and cheap to keep; create one per stock and density and reuse it, at least
 * for a whole batch: it remembers the measured, broken and rasterised static text (bounded), so only
 * each label's serial, SMS and QR lines cost anything after the first label. The output does not depend
 * on what it remembers.
 */
public interface LabelLayout {

    /** The layout for a stock at a print density. */
    static LabelLayout of(LabelStock stock, PrintDensity density) {
        return new RasterLabelLayout(stock, density, LabelFonts.bundled());
    }

    LabelStock stock();

    PrintDensity density();

    /**
     * Renders one label.
     *
     * @throws LabelDoesNotFitException if the QR payload is too long to print on this stock even
     *                                  at error correction M with 2-dot modules
     */
    LabelImage render(LabelContent content) throws LabelDoesNotFitException;

    /**
     * Renders a label for a record rather than a product (a school kitchen's food sample, say): the same QR
     * and text rules, with the record's own lines in place of the product's.
     *
     * @throws LabelDoesNotFitException if the QR or a line that must not be shortened does not fit this stock
     */
    LabelImage render(RecordLabelContent content) throws LabelDoesNotFitException;
}

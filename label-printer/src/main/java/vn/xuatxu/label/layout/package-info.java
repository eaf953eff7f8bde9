/**
 * Label layout and rasterisation: from {@link vn.xuatxu.label.content.LabelContent} to one 1-bit
 * {@link vn.xuatxu.label.layout.LabelImage} of exactly the stock's size in printer dots.
 *
 * <p>Entry point: {@code LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203).render(content)},
 * then {@link vn.xuatxu.label.layout.LabelImage#toPng()} for the web or
 * {@link vn.xuatxu.label.layout.LabelImage#packedRows()} for a printer language.
 *
 * <p>Why it works in dots: thermal heads burn whole dots, so the QR module is an integer number of
 * dots (never resampled), text is drawn in device space with a bundled font (never a system font,
 * which differs between servers and may lack Vietnamese), and the grey anti-aliased text is
 * thresholded so the printed bitmap is exactly the one that was verified. Implementations are
 * package-private; the public types are the API.
 */
package vn.xuatxu.label.layout;

/**
 * Labels for Xuất Xứ lots: everything between "this lot needs a label" and the bytes a thermal
 * printer burns.
 *
 * <p>The module rasterises the whole label (Vietnamese text, lot, dates, GS1 Digital Link QR) into
 * one 1-bit bitmap in Java, because printer-resident fonts cannot be trusted with stacked
 * Vietnamese diacritics and because the bitmap we verify (decode the QR back) must be the bitmap
 * that is printed. Sub-packages, by feature:
 * <ul>
 *   <li>{@link vn.xuatxu.label.content} — what goes on a label, validated and NFC-normalised;</li>
 *   <li>{@link vn.xuatxu.label.layout} — label stocks, print densities, layout and rendering to a
 *       1-bit {@link vn.xuatxu.label.layout.LabelImage} (PNG for the web);</li>
 *   <li>{@link vn.xuatxu.label.language} — ZPL II, TSPL and ESC/POS print jobs for that bitmap;</li>
 *   <li>{@link vn.xuatxu.label.serial} — unguessable per-item serials for GS1 AI 21;</li>
 *   <li>{@link vn.xuatxu.label.pdf} — the same bitmaps as PDF, a label per page or A4 sheets;</li>
 *   <li>{@link vn.xuatxu.label.status} — each language's status request and its parsed answer;</li>
 *   <li>{@link vn.xuatxu.label.transport} — raw TCP 9100, device file and CUPS, with timeouts;</li>
 *   <li>{@link vn.xuatxu.label.agent} — the print agent that runs beside a printer.</li>
 * </ul>
 */
package vn.xuatxu.label;

/**
 * Labels as PDF: {@link vn.xuatxu.label.pdf.LabelPdf} writes rendered
 * {@link vn.xuatxu.label.layout.LabelImage}s one per page (page = stock size) or in a
 * {@link vn.xuatxu.label.pdf.SheetGrid} on A4 sheets for office printers.
 *
 * <p>The PDF carries the very bitmap that the thermal printer languages send, embedded losslessly at
 * its physical size, so a label printed from the PDF scans exactly like one printed from ZPL. PDFBox
 * is the only dependency; the implementation is package-private.
 */
package vn.xuatxu.label.pdf;

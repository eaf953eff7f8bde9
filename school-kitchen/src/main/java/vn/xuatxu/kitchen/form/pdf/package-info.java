/**
 * The official forms of Decision 1246/QĐ-BYT (Mẫu số 1–5) as A4 landscape PDF documents, drawn
 * with Apache PDFBox: the form number and title, the header block, the two-level numbered column
 * header of the paper form, the rows, the sign-off block, and "Trang x/y" on every page.
 *
 * <p>Why a renderer of our own rather than a report engine: the forms are fixed grids that change
 * only when the Ministry changes them, and an inspector compares them with the paper template
 * column by column (reference §3.4). A small layout that wraps every cell inside its column,
 * splits tall rows across pages and repeats the column header is easier to keep exact than a
 * template engine, and it adds one dependency (PDFBox) instead of a framework.
 *
 * <p>The text is real text in an embedded, subset DejaVu Sans (bundled under
 * {@code fonts/} with its licence), so Vietnamese with all its diacritics can be searched,
 * copied and extracted in NFC, and the PDF looks the same on every machine. The input is a
 * {@link vn.xuatxu.kitchen.form.content.FormBook}; this package decides layout only, never what a
 * cell says.
 */
package vn.xuatxu.kitchen.form.pdf;

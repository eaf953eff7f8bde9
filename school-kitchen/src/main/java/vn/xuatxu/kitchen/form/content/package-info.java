/**
 * The official forms of Decision 1246/QĐ-BYT filled in with one or more kitchen days, as
 * format-neutral text: header fields, numbered columns, cell texts and sign-off blocks.
 *
 * <p>Why a layer between the domain and the PDF or spreadsheet: inspectors compare the printed
 * A4 form, the spreadsheet and the tablet page with each other (reference §3.4, "three-step book
 * not in the prescribed format"). Deciding here, once, what every cell says (how a time, a
 * quantity, a pass/fail tick or a signature is written) keeps the renderers to layout only and
 * makes all outputs agree. Every string is Unicode NFC, so a Vietnamese name is the same bytes in
 * the PDF text layer, the XLSX and the canonical day.
 *
 * <p>Entry point: {@link vn.xuatxu.kitchen.form.content.FormBook}.
 */
package vn.xuatxu.kitchen.form.content;

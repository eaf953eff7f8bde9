/**
 * The official forms of Decision 1246/QĐ-BYT exported as an Excel workbook (XLSX): one worksheet
 * per printed table, with the same labels, column numbers and cell texts as the PDF.
 *
 * <p>Why a hand-written SpreadsheetML writer: an XLSX file is a zip of a handful of small XML
 * parts, and the forms need only text and number cells, bold headers, borders, wrapping, merged
 * group headers and frozen header rows. Writing those parts with the JDK costs a few hundred
 * lines; a spreadsheet library would add megabytes of dependencies to a domain module. Strings are
 * written inline (no shared-strings part), UTF-8 and NFC, so Vietnamese opens correctly in Excel,
 * LibreOffice and Google Sheets.
 *
 * <p>The input is a {@link vn.xuatxu.kitchen.form.content.FormBook}; this package decides the
 * sheet layout only, never what a cell says.
 */
package vn.xuatxu.kitchen.form.sheet;

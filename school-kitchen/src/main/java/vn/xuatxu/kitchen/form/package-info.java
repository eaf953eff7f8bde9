/**
 * The official forms of Decision 1246/QĐ-BYT (Mẫu số 1–5) as data: their titles and the
 * Vietnamese label of every printed column, in printed order.
 *
 * <p>Why here and not in the page or PDF code: inspectors check that the three-step book is "in
 * the prescribed format" (reference §3.4), so the A4 forms, the tablet pages and the exports must
 * all use the same labels in the same order. Keeping them in one place, next to the domain,
 * makes a wording fix after comparing with the signed PDF a one-line change.
 *
 * <p>Sub-packages turn closed kitchen days into the forms themselves: {@code content} decides
 * what every printed cell says (format-neutral), {@code pdf} lays it out as A4 landscape PDF and
 * {@code sheet} writes it as an XLSX workbook.
 */
package vn.xuatxu.kitchen.form;

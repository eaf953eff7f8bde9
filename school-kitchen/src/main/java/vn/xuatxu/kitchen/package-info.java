/**
 * The school-kitchen domain of Xuất Xứ: what an on-site primary-school kitchen (bếp ăn bán trú)
 * records instead of the paper books required by Decision 1246/QĐ-BYT (31 March 2017), the
 * Ministry of Health guidance on the three-step food check (kiểm thực ba bước) and on keeping
 * food samples (lưu mẫu thức ăn).
 *
 * <p>This root package holds the small values every form shares: the pass/fail tick boxes
 * ({@link vn.xuatxu.kitchen.PassFail}), meals, quantities, signatures, the common form header,
 * and the way a rule break is reported ({@link vn.xuatxu.kitchen.Violation},
 * {@link vn.xuatxu.kitchen.Outcome}). The features live in sub-packages:
 * <ul>
 *   <li>{@code menu}: the day's published menu, which the forms are compared against;</li>
 *   <li>{@code inspection}: Forms 1–3, the three steps (receiving, cooking, before eating);</li>
 *   <li>{@code sample}: Forms 4 and 5, the retained food samples and their keep/destroy rules;</li>
 *   <li>{@code day}: the closed kitchen day, its canonical content hash and its amendments;</li>
 *   <li>{@code form}: the Vietnamese labels of every form column, for printed forms and pages;
 *       {@code form.content}, {@code form.pdf} and {@code form.sheet}: the filled forms of one day
 *       or a date range, as A4 PDF and as XLSX.</li>
 * </ul>
 *
 * <p>Plain Java only: no framework, no database, no static mutable state. The one library is
 * Apache PDFBox, used only by {@code form.pdf}. Where "now" matters,
 * a {@link java.time.Clock} is passed in, and times are local to Asia/Ho_Chi_Minh as the forms
 * print them ({@link vn.xuatxu.kitchen.KitchenTime}).
 */
package vn.xuatxu.kitchen;

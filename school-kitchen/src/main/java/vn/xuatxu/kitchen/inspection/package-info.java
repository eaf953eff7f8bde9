/**
 * The three-step food check of Decision 1246/QĐ-BYT (kiểm thực ba bước), one class per step and
 * form:
 * <ul>
 *   <li>{@link vn.xuatxu.kitchen.inspection.ReceivingCheck}: Step 1, Form 1, every food delivered
 *       before cooking, with its supplier, papers, sensory check, rapid test and decision;</li>
 *   <li>{@link vn.xuatxu.kitchen.inspection.CookingCheck}: Step 2, Form 2, every dish while it
 *       is cooked, with times, ingredients and hygiene of staff, utensils and area;</li>
 *   <li>{@link vn.xuatxu.kitchen.inspection.ServingCheck}: Step 3, Form 3, every dish before
 *       eating, compared with the menu.</li>
 * </ul>
 *
 * <p>Each form is built whole through a static {@code of(...)} that returns an
 * {@link vn.xuatxu.kitchen.Outcome}: either the checked form, or every
 * {@link vn.xuatxu.kitchen.inspection.InspectionViolation} found in it. Rows are plain records;
 * the forms carry the rules that link them (a rejected delivery cannot become an ingredient,
 * times run forward from delivery to eating).
 */
package vn.xuatxu.kitchen.inspection;

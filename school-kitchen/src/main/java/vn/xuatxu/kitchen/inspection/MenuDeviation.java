package vn.xuatxu.kitchen.inspection;

import vn.xuatxu.kitchen.Meal;

/**
 * A note explaining how the dishes of a meal differed from the published menu: a menu dish not
 * served, replaced, or a dish added.
 *
 * <p>Why: Step 3 compares the dishes with the menu; a missing dish has no Form 3 row of its own
 * to carry the note, so the note is recorded here and printed with Form 3 (reference §5.19).
 *
 * @param meal     the meal
 * @param dishName the dish the note is about (the menu dish not served, or the one added)
 * @param note     why, and what replaced it
 */
public record MenuDeviation(Meal meal, String dishName, String note) {
}

package vn.xuatxu.kitchen.inspection;

import vn.xuatxu.kitchen.Meal;

/**
 * A note explaining why a dish of the published menu was not served.
 *
 * <p>Why: Step 3 compares the dishes with the menu; a missing dish has no Form 3 row of its own
 * to carry the note, so the note is recorded here and printed in column 10 (reference §5.19).
 *
 * @param meal     the meal
 * @param dishName the menu dish that was not served
 * @param note     why, and what replaced it
 */
public record MenuDeviation(Meal meal, String dishName, String note) {
}

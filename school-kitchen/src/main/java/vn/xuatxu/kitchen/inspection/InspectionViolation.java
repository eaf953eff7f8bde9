package vn.xuatxu.kitchen.inspection;

import java.time.LocalDateTime;

import vn.xuatxu.kitchen.KitchenRule;
import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.Violation;
import vn.xuatxu.kitchen.form.OfficialForm;

/**
 * The ways a Form 1, 2 or 3 entry can break the rules of Decision 1246/QĐ-BYT.
 *
 * <p>Why sealed: pages and exports switch over these to point at the offending row and column;
 * a new kind of violation must make them fail to compile rather than show a blank message.
 */
public sealed interface InspectionViolation extends Violation {

    /** A header field ("Người kiểm tra", "Thời gian", "Địa điểm", "Tên cơ sở") is empty. */
    record IncompleteHeader(OfficialForm form, String field) implements InspectionViolation {
        @Override public KitchenRule rule() { return KitchenRule.HEADER_COMPLETE; }
        @Override public String message() { return form.code() + ": header field '" + field + "' is empty"; }
    }

    /** A required column of a row is empty. */
    record MissingField(OfficialForm form, int row, String column) implements InspectionViolation {
        @Override public KitchenRule rule() { return KitchenRule.REQUIRED_FIELD; }
        @Override public String message() { return form.code() + " row " + row + ": '" + column + "' is required"; }
    }

    /** A row has a Không đạt (or N/A papers) but no "Biện pháp xử lý / Ghi chú". */
    record ActionMissing(OfficialForm form, int row) implements InspectionViolation {
        @Override public KitchenRule rule() { return KitchenRule.ACTION_REQUIRED_ON_FAIL; }
        @Override public String message() { return form.code() + " row " + row + ": a failed check needs an action or note"; }
    }

    /** A delivery that failed a check was nonetheless accepted. */
    record FailedFoodAccepted(OfficialForm form, int row) implements InspectionViolation {
        @Override public KitchenRule rule() { return KitchenRule.REJECT_FAILED_FOOD; }
        @Override public String message() { return form.code() + " row " + row + ": food that failed a check must be rejected"; }
    }

    /** A packaged food past its expiry date on the day it arrived was accepted. */
    record ExpiredFoodAccepted(int row) implements InspectionViolation {
        @Override public KitchenRule rule() { return KitchenRule.EXPIRED_PACKAGED_FOOD; }
        @Override public String message() { return "Mẫu số 1 (II) row " + row + ": expired food must be rejected"; }
    }

    /** An animal-origin food has neither a paper nor an N/A with a reason in column 9 or 10. */
    record AnimalPapersMissing(int row, String column) implements InspectionViolation {
        @Override public KitchenRule rule() { return KitchenRule.ANIMAL_ORIGIN_PAPERS; }
        @Override public String message() { return "Mẫu số 1 (I) row " + row + ": '" + column + "' needs a document or N/A with a reason"; }
    }

    /** Column TT does not run 1, 2, 3 … */
    record RowOutOfSequence(OfficialForm form, int expected, int actual) implements InspectionViolation {
        @Override public KitchenRule rule() { return KitchenRule.ROW_NUMBERING; }
        @Override public String message() { return form.code() + ": expected row " + expected + " but found " + actual; }
    }

    /** A Form 2 ingredient refers to a Form 1 row that failed or was rejected. */
    record FailedIngredientUsed(int row, ReceiptRef ingredient) implements InspectionViolation {
        @Override public KitchenRule rule() { return KitchenRule.NO_FAILED_INGREDIENT; }
        @Override public String message() { return "Mẫu số 2 row " + row + ": ingredient " + ingredient + " was rejected at receiving"; }
    }

    /** A Form 2 ingredient refers to a Form 1 row that does not exist. */
    record UnknownIngredient(int row, ReceiptRef ingredient) implements InspectionViolation {
        @Override public KitchenRule rule() { return KitchenRule.NO_FAILED_INGREDIENT; }
        @Override public String message() { return "Mẫu số 2 row " + row + ": ingredient " + ingredient + " is not on Form 1"; }
    }

    /** Two times of one dish run backwards (e.g. cooking finished before prep finished). */
    record TimesOutOfOrder(OfficialForm form, int row, String earlier, LocalDateTime earlierAt,
                           String later, LocalDateTime laterAt) implements InspectionViolation {
        @Override public KitchenRule rule() { return KitchenRule.STEP_TIME_ORDER; }
        @Override public String message() {
            return form.code() + " row " + row + ": '" + earlier + "' (" + earlierAt + ") must not be after '"
                    + later + "' (" + laterAt + ")";
        }
    }

    /** A dish served but not on the menu, or a menu dish not served, has no deviation note. */
    record MenuDeviationNotNoted(Meal meal, String dishName) implements InspectionViolation {
        @Override public KitchenRule rule() { return KitchenRule.MENU_DEVIATION_NOTED; }
        @Override public String message() { return "Mẫu số 3: '" + dishName + "' (" + meal.label() + ") differs from the menu without a note"; }
    }
}

package vn.xuatxu.kitchen.inspection;

import vn.xuatxu.kitchen.PassFail;

/**
 * One of the hygiene checks of Form 2 columns 8–10 (food handlers; equipment and utensils;
 * cooking and support areas).
 *
 * <p>Why both a result and a note: public copies of the form differ, some writing "sạch sẽ, gọn
 * gàng" and others ticking pass or fail (reference §1.2); keeping both serves either layout and
 * lets a failure be counted.
 *
 * @param result pass or fail
 * @param note   what was seen, e.g. "đủ mũ, tạp dề, găng tay"
 */
public record HygieneCheck(PassFail result, String note) {

    /** A passed check with a note. */
    public static HygieneCheck pass(String note) {
        return new HygieneCheck(PassFail.PASS, note);
    }

    /** A failed check with what was wrong. */
    public static HygieneCheck fail(String note) {
        return new HygieneCheck(PassFail.FAIL, note);
    }

    /** True when the check failed. */
    public boolean failed() {
        return result == PassFail.FAIL;
    }
}

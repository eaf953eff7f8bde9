package vn.xuatxu.kitchen;

/**
 * The optional rapid test of Form 1 table I, columns 13–14 ("Xét nghiệm nhanh (nếu có)").
 *
 * <p>Why a third value: Decision 1246 makes rapid tests optional ("nếu có"), so "not done" is a
 * legitimate answer and must be distinguishable from a forgotten entry.
 */
public enum RapidTest {
    /** Đạt. */
    PASS("Đạt"),
    /** Không đạt: the food must be rejected and an action written. */
    FAIL("Không đạt"),
    /** No rapid test was run for this delivery. */
    NOT_DONE("Không xét nghiệm");

    private final String label;

    RapidTest(String label) {
        this.label = label;
    }

    /** The Vietnamese label used on forms and pages. */
    public String label() {
        return label;
    }

    /** True when the test was run and failed. */
    public boolean failed() {
        return this == FAIL;
    }
}

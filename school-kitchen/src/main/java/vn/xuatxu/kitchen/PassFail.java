package vn.xuatxu.kitchen;

/**
 * The result of one check on Forms 1–3: the two printed tick boxes "Đạt" and "Không đạt".
 *
 * <p>Why an enum and not two booleans: Decision 1246 prints two columns, but a check has exactly
 * one result; storing one value makes "both ticked" and "neither ticked" impossible
 * (reference rule §5.13).
 */
public enum PassFail {
    /** Đạt: the food, dish or condition meets the requirement. */
    PASS("Đạt"),
    /** Không đạt: it does not; Form 1–3 then require an action or note. */
    FAIL("Không đạt");

    private final String label;

    PassFail(String label) {
        this.label = label;
    }

    /** The Vietnamese label printed above the tick box. */
    public String label() {
        return label;
    }

    /** True when this result is a failure, which makes the row's action column required. */
    public boolean failed() {
        return this == FAIL;
    }
}

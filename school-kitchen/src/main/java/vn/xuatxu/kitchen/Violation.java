package vn.xuatxu.kitchen;

/**
 * One broken rule, in terms a kitchen user can act on.
 *
 * <p>Why violations are values and not exceptions: a form is checked as a whole, and the cook
 * should see every problem of the morning's entry at once, not the first one. Each feature
 * package defines a sealed set of violations (for example {@code SampleViolation}) so callers
 * can handle every case.
 */
public interface Violation {

    /** The rule that was broken. */
    KitchenRule rule();

    /** A short English explanation naming the row, field or value concerned. */
    String message();
}

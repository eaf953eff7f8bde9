package vn.xuatxu.kitchen;

/**
 * The meal ("Bữa ăn") that Forms 2, 3, 4 and 5 name for every dish and sample.
 *
 * <p>Why a closed set: Form 4 prints "Bữa ăn (sáng / trưa / tối …)" and the day's samples are
 * matched to Form 3 dishes per meal, so free text would break that matching.
 */
public enum Meal {
    /** Bữa sáng. */
    BREAKFAST("Bữa sáng"),
    /** Bữa trưa: the main meal of a semi-boarding primary school. */
    LUNCH("Bữa trưa"),
    /** Bữa phụ chiều: the afternoon snack after the nap. */
    AFTERNOON_SNACK("Bữa phụ chiều"),
    /** Bữa tối. */
    DINNER("Bữa tối");

    private final String label;

    Meal(String label) {
        this.label = label;
    }

    /** The Vietnamese label printed on Forms 2–5. */
    public String label() {
        return label;
    }
}

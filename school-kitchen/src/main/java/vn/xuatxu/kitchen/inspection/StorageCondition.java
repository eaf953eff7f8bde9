package vn.xuatxu.kitchen.inspection;

/**
 * Form 1 table II column 11, "Điều kiện bảo quản (T° thường / lạnh …)".
 *
 * <p>Why closed: the check of packaged food compares the condition on the label with how the
 * goods arrived; the set of conditions is small and fixed.
 */
public enum StorageCondition {
    /** Nhiệt độ thường. */
    AMBIENT("T° thường"),
    /** Bảo quản lạnh. */
    CHILLED("Lạnh"),
    /** Đông lạnh. */
    FROZEN("Đông lạnh");

    private final String label;

    StorageCondition(String label) {
        this.label = label;
    }

    /** The Vietnamese label. */
    public String label() {
        return label;
    }
}

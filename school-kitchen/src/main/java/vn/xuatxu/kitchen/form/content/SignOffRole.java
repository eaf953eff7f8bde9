package vn.xuatxu.kitchen.form.content;

/**
 * Who may be asked to sign at the foot of a printed form.
 *
 * <p>Why configurable and not fixed: the signature blocks of Forms 1–3 on the ministry's form
 * could not be confirmed (reference §1.0, unverified); local templates commonly add the checker,
 * the head cook and the principal or vice-principal. {@link FormSettings} chooses the roles per
 * form.
 */
public enum SignOffRole {
    /** The checker named in the form header; their name is printed from the header. */
    CHECKER("Người kiểm tra"),
    /** Bếp trưởng. */
    HEAD_COOK("Bếp trưởng"),
    /** Nhân viên y tế trường học. */
    HEALTH_OFFICER("Nhân viên y tế"),
    /** The member of the school board in charge of semi-boarding. */
    PRINCIPAL("Hiệu trưởng / Phó hiệu trưởng");

    private final String label;

    SignOffRole(String label) {
        this.label = label;
    }

    /** The role as printed above the signature. */
    public String label() {
        return label;
    }
}

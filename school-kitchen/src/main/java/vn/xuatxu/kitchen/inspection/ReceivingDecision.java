package vn.xuatxu.kitchen.inspection;

/**
 * What the kitchen did with a delivery after the Step 1 check.
 *
 * <p>Why it is recorded next to the checks: Decision 1246/QĐ-BYT expects food that fails to be
 * refused or returned, and Form 1 column 15 records the action; the decision makes that action
 * machine-readable, so a rejected food cannot silently become an ingredient.
 */
public enum ReceivingDecision {
    /** Nhận: taken into the kitchen. */
    ACCEPTED("Nhận"),
    /** Không nhận / trả lại: refused or returned to the supplier. */
    REJECTED("Không nhận, trả lại");

    private final String label;

    ReceivingDecision(String label) {
        this.label = label;
    }

    /** The Vietnamese label. */
    public String label() {
        return label;
    }
}

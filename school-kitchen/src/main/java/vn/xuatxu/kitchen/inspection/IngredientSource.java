package vn.xuatxu.kitchen.inspection;

/**
 * Where an ingredient of a Form 2 dish came from.
 *
 * <p>Why: Step 1 of Decision 1246/QĐ-BYT covers both today's deliveries and food taken from the
 * school's own store; only deliveries have a Form 1 row to point at, and that link is what makes
 * a dish traceable to its supplier.
 */
public sealed interface IngredientSource {

    /**
     * Delivered today and checked on Form 1.
     *
     * @param receipt the Form 1 row
     */
    record Delivered(ReceiptRef receipt) implements IngredientSource {
    }

    /**
     * Taken from the school's store (rice, oil, seasoning bought earlier).
     *
     * @param storeNote what and from which stock, e.g. "gạo, lô nhập 20/11"
     */
    record FromStore(String storeNote) implements IngredientSource {
    }
}

package vn.xuatxu.kitchen.inspection;

import java.util.Objects;

/**
 * Points at one row of the day's Form 1: table and row number (TT).
 *
 * <p>Why: Form 2 lists the main ingredients of each dish; linking them to the delivery they came
 * from is what lets a parent trace a dish back to its supplier, and what lets us refuse an
 * ingredient that was rejected at the door (reference rule §5.15).
 *
 * @param table the Form 1 table
 * @param row   the row number in that table, from 1
 */
public record ReceiptRef(ReceivingTable table, int row) {

    public ReceiptRef {
        Objects.requireNonNull(table, "table");
        if (row < 1) {
            throw new IllegalArgumentException("Row numbers start at 1: " + row);
        }
    }

    @Override
    public String toString() {
        return table.form().code() + " row " + row;
    }
}

package vn.xuatxu.kitchen.inspection;

import java.time.LocalDateTime;

import vn.xuatxu.kitchen.Quantity;

/**
 * One row of Form 1, from either table: a food delivered to the kitchen and checked at Step 1.
 *
 * <p>Why sealed over the two tables: both tables share what Form 2 needs (name, time received,
 * decision) but check different things, so each table is its own record.
 */
public sealed interface ReceivedFood permits FreshFoodReceipt, PackagedFoodReceipt {

    /** Which table of Form 1 the row is in. */
    ReceivingTable table();

    /** Column TT. */
    int row();

    /** "Tên thực phẩm". */
    String foodName();

    /** "Thời gian nhập (ngày, giờ)". */
    LocalDateTime receivedAt();

    /** "Khối lượng (kg/lít …)". */
    Quantity quantity();

    /** "Nơi cung cấp". */
    Supplier supplier();

    /** "Chứng từ, hóa đơn". */
    DocumentRef invoice();

    /** Whether the food was taken in or refused. */
    ReceivingDecision decision();

    /** "Biện pháp xử lý / Ghi chú". */
    String action();

    /** True when any check on the row is Không đạt. */
    boolean anyCheckFailed();

    /** The reference Form 2 uses to name this row as an ingredient. */
    default ReceiptRef ref() {
        return new ReceiptRef(table(), row());
    }

    /** True when the food may be used in cooking: accepted and no failed check. */
    default boolean usable() {
        return decision() == ReceivingDecision.ACCEPTED && !anyCheckFailed();
    }
}

package vn.xuatxu.kitchen.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.xuatxu.kitchen.PassFail;
import vn.xuatxu.kitchen.Quantity;

/**
 * A row of Form 1 table II: dry food, pre-packaged food or a food additive checked on arrival,
 * with all 15 printed columns plus the lot number.
 *
 * <p>Why the label check is forced to {@link PassFail#FAIL} when the expiry date is before the
 * day of receipt: Decision 1246/QĐ-BYT makes the expiry date part of the label check, and an
 * expired product cannot pass it whatever was ticked (reference rule §5.16). The lot number has
 * no printed column but is kept for traceability (reference §1.1 notes).
 *
 * @param row                 col 1, TT
 * @param foodName            col 2, Tên thực phẩm
 * @param manufacturer        col 3, Tên cơ sở sản xuất
 * @param manufacturerAddress col 4, Địa chỉ sản xuất
 * @param receivedAt          col 5, Thời gian nhập
 * @param quantity            col 6, Khối lượng
 * @param supplier            cols 7–9, Nơi cung cấp
 * @param expiryDate          col 10, Hạn sử dụng
 * @param storage             col 11, Điều kiện bảo quản
 * @param invoice             col 12, Chứng từ, hóa đơn
 * @param lotNumber           số lô, from the label (not printed)
 * @param labelCheck          cols 13–14, Kiểm tra cảm quan (nhãn, bao bì, bảo quản, hạn sử dụng)
 * @param decision            accepted or refused
 * @param action              col 15, Biện pháp xử lý / Ghi chú
 */
public record PackagedFoodReceipt(
        int row,
        String foodName,
        String manufacturer,
        String manufacturerAddress,
        LocalDateTime receivedAt,
        Quantity quantity,
        Supplier supplier,
        LocalDate expiryDate,
        StorageCondition storage,
        DocumentRef invoice,
        String lotNumber,
        PassFail labelCheck,
        ReceivingDecision decision,
        String action) implements ReceivedFood {

    public PackagedFoodReceipt {
        if (expired(expiryDate, receivedAt)) {
            labelCheck = PassFail.FAIL;
        }
    }

    private static boolean expired(LocalDate expiryDate, LocalDateTime receivedAt) {
        return expiryDate != null && receivedAt != null && expiryDate.isBefore(receivedAt.toLocalDate());
    }

    /** True when the product was already past its expiry date on the day it arrived. */
    public boolean expiredOnArrival() {
        return expired(expiryDate, receivedAt);
    }

    @Override
    public ReceivingTable table() {
        return ReceivingTable.PACKAGED;
    }

    @Override
    public boolean anyCheckFailed() {
        return labelCheck == PassFail.FAIL;
    }
}

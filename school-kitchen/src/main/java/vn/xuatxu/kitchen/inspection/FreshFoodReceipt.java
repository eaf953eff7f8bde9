package vn.xuatxu.kitchen.inspection;

import java.time.LocalDateTime;

import vn.xuatxu.kitchen.PassFail;
import vn.xuatxu.kitchen.Quantity;
import vn.xuatxu.kitchen.RapidTest;

/**
 * A row of Form 1 table I: fresh or frozen food (meat, fish, vegetables, tubers, fruit) checked
 * on arrival, with all 15 printed columns.
 *
 * <p>Why {@code animalOrigin} is stored though not printed: it decides whether columns 9–10
 * (veterinary registration and quarantine certificate) are required (reference rule §5.17).
 *
 * @param row                    col 1, TT
 * @param foodName               col 2, Tên thực phẩm
 * @param animalOrigin           whether the food is of animal origin (meat, fish, eggs …)
 * @param receivedAt             col 3, Thời gian nhập
 * @param quantity               col 4, Khối lượng
 * @param supplier               cols 5–7, Nơi cung cấp
 * @param invoice                col 8, Chứng từ, hóa đơn
 * @param veterinaryRegistration col 9, Giấy đăng ký với thú y
 * @param quarantineCertificate  col 10, Giấy kiểm dịch
 * @param sensory                cols 11–12, Kiểm tra cảm quan
 * @param rapidTest              cols 13–14, Xét nghiệm nhanh (nếu có)
 * @param decision               accepted or refused
 * @param action                 col 15, Biện pháp xử lý / Ghi chú
 */
public record FreshFoodReceipt(
        int row,
        String foodName,
        boolean animalOrigin,
        LocalDateTime receivedAt,
        Quantity quantity,
        Supplier supplier,
        DocumentRef invoice,
        AnimalHealthPaper veterinaryRegistration,
        AnimalHealthPaper quarantineCertificate,
        PassFail sensory,
        RapidTest rapidTest,
        ReceivingDecision decision,
        String action) implements ReceivedFood {

    @Override
    public ReceivingTable table() {
        return ReceivingTable.FRESH;
    }

    @Override
    public boolean anyCheckFailed() {
        return sensory == PassFail.FAIL || rapidTest == RapidTest.FAIL;
    }
}

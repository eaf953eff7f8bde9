package vn.xuatxu.api.passport.journey.domain;

/** Where a lot is in its life, mirroring the contract's state machine (docs/chaincode.md §4). */
public enum LotStatus {
    ACTIVE("Đang lưu giữ"),
    IN_TRANSIT("Đang vận chuyển"),
    CONSUMED("Đã chế biến thành lô khác"),
    RECALLED("Đã thu hồi"),
    DESTROYED("Đã tiêu huỷ");

    private final String vietnamese;

    LotStatus(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}

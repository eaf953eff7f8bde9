package vn.xuatxu.api.passport.model;

/**
 * The texts a passport item comes from. Decree 37/2026 and Circular 02/2024 are both cited by integrators
 * in 2026 and how they interact is unverified, so the model holds the union of their items.
 */
public enum LegalSource {
    DECREE_37_2026("NĐ 37/2026", "Nghị định 37/2026/NĐ-CP, Điều 32: nội dung tối thiểu của hộ chiếu số"),
    CIRCULAR_02_2024("TT 02/2024", "Thông tư 02/2024/TT-BKHCN: dữ liệu tối thiểu của hồ sơ truy xuất nguồn gốc"),
    OCOP_148_2023("QĐ 148/2023", "Quyết định 148/QĐ-TTg: chứng nhận OCOP, hiệu lực 36 tháng"),
    VOLUNTARY("Tự nguyện", "Không bắt buộc theo văn bản; nền tảng hiển thị khi cơ sở khai báo");

    private final String shortName;
    private final String description;

    LegalSource(String shortName, String description) {
        this.shortName = shortName;
        this.description = description;
    }

    public String shortName() {
        return shortName;
    }

    public String description() {
        return description;
    }
}

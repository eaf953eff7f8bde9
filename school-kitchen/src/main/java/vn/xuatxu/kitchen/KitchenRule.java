package vn.xuatxu.kitchen;

/**
 * Every rule this module enforces, with where it comes from.
 *
 * <p>Why a catalogue: an inspector or a principal reading a rejection should see which paragraph
 * of Decision 1246/QĐ-BYT (or which design choice of ours) stopped the entry. The numbers are
 * those of section 5 of the project's rule reference ({@code school-kitchen-rules.md}); rules
 * marked "derived" are our reading of the forms, not a sentence of the Decision.
 */
public enum KitchenRule {
    /** §5.1: a sample is kept at least 24 h counted from the time it was taken (Form 5 cols 8–9). */
    SAMPLE_MINIMUM_RETENTION("§5.1", "1246/QĐ-BYT, lưu mẫu: ≥ 24 giờ kể từ khi lấy mẫu; Mẫu số 5 cột 8–9"),
    /** §5.2–5.3: no destruction while a suspected food-poisoning or authority hold is on. */
    SAMPLE_LEGAL_HOLD("§5.2", "1246/QĐ-BYT: không hủy mẫu khi có nghi ngờ ngộ độc thực phẩm hoặc theo yêu cầu của cơ quan chức năng"),
    /** §5.4: solid dishes and ready-to-eat vegetables or fruit, at least 100 g. */
    SAMPLE_MINIMUM_SOLID("§5.4", "1246/QĐ-BYT: thức ăn đặc tối thiểu 100 g; Mẫu số 5 cột 5"),
    /** §5.5: liquid dishes at least 150 ml; mass in g, volume in ml, nothing else. */
    SAMPLE_MINIMUM_LIQUID("§5.5", "1246/QĐ-BYT: thức ăn lỏng tối thiểu 150 ml; Mẫu số 5 cột 5"),
    /** §5.6: exactly one sample for every dish of the meal. */
    SAMPLE_PER_DISH("§5.6", "1246/QĐ-BYT: mỗi món ăn lưu riêng vào một dụng cụ"),
    /** §5.7: samples are taken before eating starts. */
    SAMPLE_BEFORE_EATING("§5.7", "1246/QĐ-BYT: lấy mẫu trước khi ăn; Mẫu số 3 cột 6"),
    /** §5.8: samples are taken from the finished dish. */
    SAMPLE_AFTER_COOKING("§5.8", "Mẫu số 2 cột 7; Mẫu số 5 cột 8 (derived)"),
    /** §5.9: the storer signs when storing; destroyer and storer sign when destroying. */
    SAMPLE_SIGNATURES("§5.9", "Mẫu số 4; Mẫu số 5 cột 11–12"),
    /** §5.10: samples are kept at 2–8 °C. */
    SAMPLE_STORAGE_TEMPERATURE("§5.10", "1246/QĐ-BYT: bảo quản mẫu ở 2 °C đến 8 °C; Mẫu số 5 cột 7"),
    /** §5.12: the container is lidded and sealed. */
    SAMPLE_SEALED("§5.12", "1246/QĐ-BYT: dụng cụ lưu mẫu có nắp đậy kín, niêm phong"),
    /** A sample cannot be destroyed twice, nor taken in the future (derived). */
    SAMPLE_LIFECYCLE("derived", "Mẫu số 5: một dòng cho mỗi mẫu, hủy một lần"),
    /** §5.25: a rule version must be in force on the sampling date. */
    RULE_VERSION_IN_FORCE("§5.25", "Rule values versioned with an effective date (derived)"),
    /** §5.14: any Không đạt makes "Biện pháp xử lý / Ghi chú" required. */
    ACTION_REQUIRED_ON_FAIL("§5.14", "Mẫu số 1 cột 15; Mẫu số 2 cột 13; Mẫu số 3 cột 10"),
    /** Derived: a food that fails any Step 1 check is not accepted into the kitchen. */
    REJECT_FAILED_FOOD("derived", "1246/QĐ-BYT Bước 1: thực phẩm không đạt thì không nhận"),
    /** §5.15: a Form 1 item that failed or was rejected cannot be cooked. */
    NO_FAILED_INGREDIENT("§5.15", "Mẫu số 1 → Mẫu số 2 cột 4"),
    /** §5.16: packaged food past its expiry date at receipt fails the label check. */
    EXPIRED_PACKAGED_FOOD("§5.16", "Mẫu số 1 bảng II cột 10, 13–14"),
    /** §5.17: animal-origin food needs veterinary and quarantine papers, or N/A with a reason. */
    ANIMAL_ORIGIN_PAPERS("§5.17", "Mẫu số 1 bảng I cột 9–10"),
    /** §5.18: received ≤ prep finished ≤ cooked ≤ portioned ≤ eating starts. */
    STEP_TIME_ORDER("§5.18", "Mẫu số 1 cột 3; Mẫu số 2 cột 6–7; Mẫu số 3 cột 5–6"),
    /** §5.19: dishes served must match the published menu, or a deviation is noted. */
    MENU_DEVIATION_NOTED("§5.19", "1246/QĐ-BYT Bước 3: đối chiếu với thực đơn; Mẫu số 3 cột 10"),
    /** §5.20: the header is complete before rows are accepted. */
    HEADER_COMPLETE("§5.20", "Mẫu số 1–3: tên cơ sở, người kiểm tra, thời gian, địa điểm"),
    /** §5.23: every required column is filled before the day is closed. */
    REQUIRED_FIELD("§5.23", "Mẫu số 1–5: các cột bắt buộc"),
    /** Derived: rows are numbered 1, 2, 3 … (column TT) in each table. */
    ROW_NUMBERING("derived", "Mẫu số 1–3, 5 cột TT"),
    /** §5.21: a recorded day changes only by a new, reasoned version. */
    AMENDMENT_ONLY("§5.21", "Signed rows are read-only; changes are amendments (derived)"),
    /** Derived: all parts of a kitchen day belong to the same date. */
    SAME_DAY("derived", "Sổ kiểm thực ba bước theo ngày");

    private final String reference;
    private final String source;

    KitchenRule(String reference, String source) {
        this.reference = reference;
        this.source = source;
    }

    /** The section of the project's rule reference, e.g. "§5.4". */
    public String reference() {
        return reference;
    }

    /** The form, column or sentence of Decision 1246/QĐ-BYT the rule rests on. */
    public String source() {
        return source;
    }
}

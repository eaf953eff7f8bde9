package vn.xuatxu.kitchen.form;

/**
 * The forms annexed to Decision 1246/QĐ-BYT. Form 1 has two tables, which are printed as two
 * separate grids and are therefore two entries here.
 *
 * <p>Why: violations, printed forms and pages name the form they belong to, so an inspector can
 * find the paper equivalent.
 */
public enum OfficialForm {
    /** Mẫu số 1, bảng I: fresh and frozen food received (Step 1). */
    FORM_1_FRESH("Mẫu số 1 (I)", "Kiểm tra trước khi chế biến thức ăn (Bước 1) – Thực phẩm tươi sống, đông lạnh"),
    /** Mẫu số 1, bảng II: dry food, pre-packaged food and additives received (Step 1). */
    FORM_1_PACKAGED("Mẫu số 1 (II)", "Kiểm tra trước khi chế biến thức ăn (Bước 1) – Thực phẩm khô và thực phẩm bao gói sẵn, phụ gia thực phẩm"),
    /** Mẫu số 2: check during cooking (Step 2). */
    FORM_2("Mẫu số 2", "Kiểm tra khi chế biến thức ăn (Bước 2)"),
    /** Mẫu số 3: check before eating (Step 3). */
    FORM_3("Mẫu số 3", "Kiểm tra trước khi ăn (Bước 3)"),
    /** Mẫu số 4: the label on each retained sample. */
    FORM_4("Mẫu số 4", "Nhãn mẫu thức ăn lưu"),
    /** Mẫu số 5: the register of keeping and destroying samples. */
    FORM_5("Mẫu số 5", "Mẫu biểu theo dõi lưu và hủy mẫu thức ăn lưu");

    private final String code;
    private final String title;

    OfficialForm(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The short printed code, e.g. "Mẫu số 2". */
    public String code() {
        return code;
    }

    /** The printed title. */
    public String title() {
        return title;
    }
}

package vn.xuatxu.kitchen.form;

import java.util.Arrays;
import java.util.List;

/**
 * Every printed column (or, for Form 4, every label field) of the Decision 1246/QĐ-BYT forms,
 * with its Vietnamese label and an English gloss.
 *
 * <p>Why one constant covers two printed columns for pass/fail checks (e.g. Form 1 columns 11–12
 * "Đạt / Không đạt"): the two tick boxes are one logical value ({@link vn.xuatxu.kitchen.PassFail});
 * the printed span is kept in {@link #firstColumn()} and {@link #lastColumn()} so the A4 layout
 * still draws both boxes. Labels follow the reference compiled from public copies of the forms;
 * compare with the signed PDF before release (reference §6.3).
 */
public enum FormColumn {
    F1_ROW(OfficialForm.FORM_1_FRESH, 1, 1, "TT", "Row no."),
    F1_FOOD_NAME(OfficialForm.FORM_1_FRESH, 2, 2, "Tên thực phẩm", "Food name"),
    F1_RECEIVED_AT(OfficialForm.FORM_1_FRESH, 3, 3, "Thời gian nhập (ngày, giờ)", "Time received"),
    F1_QUANTITY(OfficialForm.FORM_1_FRESH, 4, 4, "Khối lượng (kg/lít …)", "Quantity received"),
    F1_SUPPLIER_NAME(OfficialForm.FORM_1_FRESH, 5, 5, "Nơi cung cấp – Tên cơ sở", "Supplier: business name"),
    F1_SUPPLIER_CONTACT(OfficialForm.FORM_1_FRESH, 6, 6, "Nơi cung cấp – Địa chỉ, điện thoại", "Supplier: address, phone"),
    F1_DELIVERED_BY(OfficialForm.FORM_1_FRESH, 7, 7, "Nơi cung cấp – Tên người giao hàng", "Supplier: person delivering"),
    F1_INVOICE(OfficialForm.FORM_1_FRESH, 8, 8, "Chứng từ, hóa đơn", "Delivery note / invoice"),
    F1_VETERINARY(OfficialForm.FORM_1_FRESH, 9, 9, "Giấy đăng ký với thú y", "Veterinary registration paper"),
    F1_QUARANTINE(OfficialForm.FORM_1_FRESH, 10, 10, "Giấy kiểm dịch", "Quarantine certificate"),
    F1_SENSORY(OfficialForm.FORM_1_FRESH, 11, 12, "Kiểm tra cảm quan (màu, mùi vị, trạng thái, bảo quản …): Đạt / Không đạt", "Sensory check"),
    F1_RAPID_TEST(OfficialForm.FORM_1_FRESH, 13, 14, "Xét nghiệm nhanh (nếu có) (vi sinh, hóa lý): Đạt / Không đạt", "Rapid test, if done"),
    F1_ACTION(OfficialForm.FORM_1_FRESH, 15, 15, "Biện pháp xử lý / Ghi chú", "Action taken / notes"),
    F1P_ROW(OfficialForm.FORM_1_PACKAGED, 1, 1, "TT", "Row no."),
    F1P_FOOD_NAME(OfficialForm.FORM_1_PACKAGED, 2, 2, "Tên thực phẩm", "Food name"),
    F1P_MANUFACTURER(OfficialForm.FORM_1_PACKAGED, 3, 3, "Tên cơ sở sản xuất", "Manufacturer"),
    F1P_MANUFACTURER_ADDRESS(OfficialForm.FORM_1_PACKAGED, 4, 4, "Địa chỉ sản xuất", "Manufacturer address"),
    F1P_RECEIVED_AT(OfficialForm.FORM_1_PACKAGED, 5, 5, "Thời gian nhập (ngày, giờ)", "Time received"),
    F1P_QUANTITY(OfficialForm.FORM_1_PACKAGED, 6, 6, "Khối lượng (kg/lít …)", "Quantity received"),
    F1P_SUPPLIER_NAME(OfficialForm.FORM_1_PACKAGED, 7, 7, "Nơi cung cấp – Tên cơ sở", "Supplier: business name"),
    F1P_DELIVERED_BY(OfficialForm.FORM_1_PACKAGED, 8, 8, "Nơi cung cấp – Tên chủ giao hàng", "Supplier: person delivering"),
    F1P_SUPPLIER_CONTACT(OfficialForm.FORM_1_PACKAGED, 9, 9, "Nơi cung cấp – Địa chỉ, điện thoại", "Supplier: address, phone"),
    F1P_EXPIRY(OfficialForm.FORM_1_PACKAGED, 10, 10, "Hạn sử dụng", "Expiry date"),
    F1P_STORAGE(OfficialForm.FORM_1_PACKAGED, 11, 11, "Điều kiện bảo quản (T° thường / lạnh …)", "Storage condition"),
    F1P_INVOICE(OfficialForm.FORM_1_PACKAGED, 12, 12, "Chứng từ, hóa đơn", "Delivery note / invoice"),
    F1P_LABEL_CHECK(OfficialForm.FORM_1_PACKAGED, 13, 14, "Kiểm tra cảm quan (nhãn, bao bì, bảo quản, hạn sử dụng …): Đạt / Không đạt", "Check of label, packaging, storage, expiry"),
    F1P_ACTION(OfficialForm.FORM_1_PACKAGED, 15, 15, "Biện pháp xử lý / Ghi chú", "Action / notes"),
    F2_ROW(OfficialForm.FORM_2, 1, 1, "TT", "Row no."),
    F2_MEAL(OfficialForm.FORM_2, 2, 2, "Ca / bữa ăn (bữa ăn, giờ ăn …)", "Shift or meal"),
    F2_DISH(OfficialForm.FORM_2, 3, 3, "Tên món ăn", "Dish name"),
    F2_INGREDIENTS(OfficialForm.FORM_2, 4, 4, "Nguyên liệu chính để chế biến (tên, số lượng …)", "Main ingredients"),
    F2_SERVINGS(OfficialForm.FORM_2, 5, 5, "Số lượng / số suất ăn", "Number of servings"),
    F2_PREP_FINISHED(OfficialForm.FORM_2, 6, 6, "Thời gian sơ chế xong (ngày, giờ)", "Preliminary prep finished"),
    F2_COOKING_FINISHED(OfficialForm.FORM_2, 7, 7, "Thời gian chế biến xong (ngày, giờ)", "Cooking finished"),
    F2_HYGIENE_HANDLERS(OfficialForm.FORM_2, 8, 8, "Kiểm tra điều kiện vệ sinh – Người tham gia chế biến", "Hygiene: food handlers"),
    F2_HYGIENE_EQUIPMENT(OfficialForm.FORM_2, 9, 9, "Kiểm tra điều kiện vệ sinh – Trang thiết bị dụng cụ", "Hygiene: equipment and utensils"),
    F2_HYGIENE_AREA(OfficialForm.FORM_2, 10, 10, "Kiểm tra điều kiện vệ sinh – Khu vực chế biến và phụ trợ", "Hygiene: cooking and support areas"),
    F2_SENSORY(OfficialForm.FORM_2, 11, 12, "Kiểm tra cảm quan thức ăn (màu, mùi, vị, trạng thái, bảo quản …): Đạt / Không đạt", "Sensory check of the dish"),
    F2_ACTION(OfficialForm.FORM_2, 13, 13, "Biện pháp xử lý / Ghi chú", "Action / notes"),
    F3_ROW(OfficialForm.FORM_3, 1, 1, "TT", "Row no."),
    F3_MEAL(OfficialForm.FORM_3, 2, 2, "Ca / bữa ăn (bữa ăn, giờ ăn …)", "Shift or meal"),
    F3_DISH(OfficialForm.FORM_3, 3, 3, "Tên món ăn", "Dish name"),
    F3_SERVINGS(OfficialForm.FORM_3, 4, 4, "Số lượng suất ăn", "Number of servings"),
    F3_PORTIONING_FINISHED(OfficialForm.FORM_3, 5, 5, "Thời gian chia món ăn xong (ngày, giờ)", "Portioning finished"),
    F3_EATING_STARTS(OfficialForm.FORM_3, 6, 6, "Thời gian bắt đầu ăn (ngày, giờ)", "Eating starts"),
    F3_UTENSILS(OfficialForm.FORM_3, 7, 7, "Dụng cụ chia, chứa đựng, che đậy, bảo quản thức ăn", "Utensils for portioning, holding, covering"),
    F3_SENSORY(OfficialForm.FORM_3, 8, 9, "Kiểm tra cảm quan món ăn (màu, mùi, vị, trạng thái, bảo quản …): Đạt / Không đạt", "Sensory check"),
    F3_ACTION(OfficialForm.FORM_3, 10, 10, "Biện pháp xử lý / Ghi chú", "Action / notes"),
    F4_MEAL(OfficialForm.FORM_4, 1, 1, "Bữa ăn (sáng / trưa / tối …)", "Meal"),
    F4_DISH(OfficialForm.FORM_4, 2, 2, "Tên mẫu thức ăn", "Name of the sampled dish"),
    F4_TAKEN_AT(OfficialForm.FORM_4, 3, 3, "Thời gian lấy: … giờ … phút, ngày … tháng … năm", "Time taken"),
    F4_SAMPLER(OfficialForm.FORM_4, 4, 4, "Người lấy mẫu (họ tên và chữ ký)", "Person taking the sample"),
    F5_ROW(OfficialForm.FORM_5, 1, 1, "TT", "Row no."),
    F5_DISH(OfficialForm.FORM_5, 2, 2, "Tên mẫu thức ăn", "Sampled dish"),
    F5_MEAL(OfficialForm.FORM_5, 3, 3, "Bữa ăn (giờ ăn …)", "Meal (meal time)"),
    F5_SERVINGS(OfficialForm.FORM_5, 4, 4, "Số lượng suất ăn", "Servings of that dish"),
    F5_AMOUNT(OfficialForm.FORM_5, 5, 5, "Khối lượng / thể tích mẫu (gam / ml)", "Sample mass or volume"),
    F5_CONTAINER(OfficialForm.FORM_5, 6, 6, "Dụng cụ chứa mẫu thức ăn lưu", "Sample container"),
    F5_TEMPERATURE(OfficialForm.FORM_5, 7, 7, "Nhiệt độ bảo quản mẫu (°C)", "Storage temperature"),
    F5_TAKEN_AT(OfficialForm.FORM_5, 8, 8, "Thời gian lấy mẫu (giờ, ngày, tháng, năm)", "Time sample taken"),
    F5_DESTROYED_AT(OfficialForm.FORM_5, 9, 9, "Thời gian hủy mẫu (giờ, ngày, tháng, năm)", "Time sample destroyed"),
    F5_NOTES(OfficialForm.FORM_5, 10, 10, "Ghi chú (chất lượng mẫu thức ăn lưu …)", "Notes"),
    F5_STORER(OfficialForm.FORM_5, 11, 11, "Người lưu mẫu (ký và ghi rõ họ tên)", "Person storing the sample"),
    F5_DESTROYER(OfficialForm.FORM_5, 12, 12, "Người hủy mẫu (ký và ghi rõ họ tên)", "Person destroying the sample");

    private final OfficialForm form;
    private final int firstColumn;
    private final int lastColumn;
    private final String label;
    private final String gloss;

    FormColumn(OfficialForm form, int firstColumn, int lastColumn, String label, String gloss) {
        this.form = form;
        this.firstColumn = firstColumn;
        this.lastColumn = lastColumn;
        this.label = label;
        this.gloss = gloss;
    }

    /** The form this column is printed on. */
    public OfficialForm form() {
        return form;
    }

    /** The first printed column number (the form's "1, 2, 3 …" index row). */
    public int firstColumn() {
        return firstColumn;
    }

    /** The last printed column number; differs from the first only for Đạt / Không đạt pairs. */
    public int lastColumn() {
        return lastColumn;
    }

    /** The Vietnamese header as printed. */
    public String label() {
        return label;
    }

    /** An English gloss, for developers and translated exports. */
    public String gloss() {
        return gloss;
    }

    /** The columns of one form, in printed order. */
    public static List<FormColumn> of(OfficialForm form) {
        return Arrays.stream(values()).filter(c -> c.form == form).toList();
    }
}

package vn.xuatxu.kitchen.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.xuatxu.kitchen.CheckHeader;
import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.form.OfficialForm;
import vn.xuatxu.kitchen.menu.Dish;

/**
 * Step 2 of the three-step check, "Kiểm tra khi chế biến thức ăn" (Decision 1246/QĐ-BYT,
 * Form 2): every dish from the start of preparation until it is finished.
 *
 * <p>Why it is built against the day's {@link ReceivingCheck}: Form 2 names the main ingredients
 * of each dish, and the Decision's chain of checks only works if food refused at Step 1 cannot
 * reappear in a pot. The rules applied by {@link #of}:
 * <ul>
 *   <li>the header is complete (§5.20), rows are numbered and R columns filled (§5.23);</li>
 *   <li>a delivered ingredient must be a Form 1 row that was accepted and passed (§5.15);</li>
 *   <li>received ≤ prep finished ≤ cooking finished (§5.18);</li>
 *   <li>any Không đạt (hygiene or sensory) needs an action in column 13 (§5.14).</li>
 * </ul>
 */
public final class CookingCheck {

    private final CheckHeader header;
    private final List<DishCooking> dishes;

    private CookingCheck(CheckHeader header, List<DishCooking> dishes) {
        this.header = header;
        this.dishes = dishes;
    }

    /**
     * Checks the whole of Form 2 against the day's Form 1.
     *
     * @param header    the form header
     * @param dishes    the rows, numbered from 1
     * @param receiving the day's checked Form 1
     * @return the form, or every violation found
     */
    public static Outcome<CookingCheck> of(CheckHeader header, List<DishCooking> dishes, ReceivingCheck receiving) {
        List<DishCooking> rows = List.copyOf(dishes);
        List<InspectionViolation> violations = new ArrayList<>();
        RowChecks checks = new RowChecks(OfficialForm.FORM_2, violations);
        checks.header(header);
        for (int i = 0; i < rows.size(); i++) {
            DishCooking d = rows.get(i);
            int row = d.row();
            checks.rowNumber(i + 1, row);
            checks.required(row, "Ca / bữa ăn", d.meal());
            checks.required(row, "Tên món ăn", d.dishName());
            checks.required(row, "Nguyên liệu chính", d.ingredients());
            if (d.servings() < 1) {
                violations.add(new InspectionViolation.MissingField(OfficialForm.FORM_2, row, "Số lượng / số suất ăn"));
            }
            checks.required(row, "Thời gian sơ chế xong", d.prepFinishedAt());
            checks.required(row, "Thời gian chế biến xong", d.cookingFinishedAt());
            checks.required(row, "Vệ sinh – Người tham gia chế biến", d.foodHandlers());
            checks.required(row, "Vệ sinh – Trang thiết bị dụng cụ", d.equipment());
            checks.required(row, "Vệ sinh – Khu vực chế biến và phụ trợ", d.area());
            checks.required(row, "Kiểm tra cảm quan", d.sensory());
            checks.actionWhen(d.anyCheckFailed(), row, d.action());
            checks.inOrder(row, "Thời gian sơ chế xong", d.prepFinishedAt(), "Thời gian chế biến xong", d.cookingFinishedAt());
            for (IngredientUse ingredient : d.ingredients()) {
                if (ingredient.source() instanceof IngredientSource.Delivered delivered) {
                    Optional<ReceivedFood> received = receiving.find(delivered.receipt());
                    if (received.isEmpty()) {
                        violations.add(new InspectionViolation.UnknownIngredient(row, delivered.receipt()));
                    } else if (!received.get().usable()) {
                        violations.add(new InspectionViolation.FailedIngredientUsed(row, delivered.receipt()));
                    } else {
                        checks.inOrder(row, "Thời gian nhập (" + delivered.receipt() + ")", received.get().receivedAt(),
                                "Thời gian sơ chế xong", d.prepFinishedAt());
                    }
                }
            }
        }
        return Outcome.of(violations, () -> new CookingCheck(header, rows));
    }

    /** The form header. */
    public CheckHeader header() {
        return header;
    }

    /** The rows, in order. */
    public List<DishCooking> dishes() {
        return dishes;
    }

    /** The row of the named dish at that meal, if it was cooked today. */
    public Optional<DishCooking> find(Meal meal, String dishName) {
        String key = Dish.key(dishName);
        return dishes.stream()
                .filter(d -> d.meal().meal() == meal && Dish.key(d.dishName()).equals(key))
                .findFirst();
    }
}

package vn.xuatxu.kitchen.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.xuatxu.kitchen.CheckHeader;
import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.form.OfficialForm;
import vn.xuatxu.kitchen.menu.Dish;
import vn.xuatxu.kitchen.menu.Menu;
import vn.xuatxu.kitchen.menu.MenuItem;

/**
 * Step 3 of the three-step check, "Kiểm tra trước khi ăn" (Decision 1246/QĐ-BYT, Form 3): every
 * dish once portioned, before pupils eat, compared with the published menu.
 *
 * <p>Why the menu is an input: parents see the menu (Hà Nội letter 3672/SGDĐT-CTTTHSSV) and the
 * Decision asks the checker to compare with it; a difference must be explained. The rules applied
 * by {@link #of}:
 * <ul>
 *   <li>the header is complete (§5.20), rows are numbered and R columns filled (§5.23);</li>
 *   <li>portioning finished ≤ eating starts (§5.18);</li>
 *   <li>any Không đạt needs an action in column 10 (§5.14);</li>
 *   <li>a dish not on the menu needs a note in column 10, and a menu dish not served needs a
 *       {@link MenuDeviation} (§5.19).</li>
 * </ul>
 */
public final class ServingCheck {

    private final CheckHeader header;
    private final List<DishServing> dishes;
    private final List<MenuDeviation> deviations;

    private ServingCheck(CheckHeader header, List<DishServing> dishes, List<MenuDeviation> deviations) {
        this.header = header;
        this.dishes = dishes;
        this.deviations = deviations;
    }

    /**
     * Checks the whole of Form 3 against the day's menu.
     *
     * @param header     the form header
     * @param dishes     the rows, numbered from 1
     * @param menu       the published menu of the day
     * @param deviations notes for menu dishes that were not served
     * @return the form, or every violation found
     */
    public static Outcome<ServingCheck> of(CheckHeader header, List<DishServing> dishes, Menu menu,
                                           List<MenuDeviation> deviations) {
        List<DishServing> rows = List.copyOf(dishes);
        List<MenuDeviation> notes = List.copyOf(deviations);
        List<InspectionViolation> violations = new ArrayList<>();
        RowChecks checks = new RowChecks(OfficialForm.FORM_3, violations);
        checks.header(header);
        for (int i = 0; i < rows.size(); i++) {
            DishServing d = rows.get(i);
            int row = d.row();
            checks.rowNumber(i + 1, row);
            checks.required(row, "Ca / bữa ăn", d.meal());
            checks.required(row, "Tên món ăn", d.dishName());
            if (d.servings() < 1) {
                violations.add(new InspectionViolation.MissingField(OfficialForm.FORM_3, row, "Số lượng suất ăn"));
            }
            checks.required(row, "Thời gian chia món ăn xong", d.portioningFinishedAt());
            checks.required(row, "Thời gian bắt đầu ăn", d.eatingStartsAt());
            checks.required(row, "Dụng cụ chia, chứa đựng, che đậy, bảo quản thức ăn", d.utensils());
            checks.required(row, "Kiểm tra dụng cụ", d.utensilCheck());
            checks.required(row, "Kiểm tra cảm quan", d.sensory());
            checks.actionWhen(d.anyCheckFailed(), row, d.action());
            checks.inOrder(row, "Thời gian chia món ăn xong", d.portioningFinishedAt(),
                    "Thời gian bắt đầu ăn", d.eatingStartsAt());
            if (d.meal() != null && d.dishName() != null && !d.dishName().isBlank()
                    && menu.find(d.meal().meal(), d.dishName()).isEmpty()
                    && (d.action() == null || d.action().isBlank())) {
                violations.add(new InspectionViolation.MenuDeviationNotNoted(d.meal().meal(), d.dishName()));
            }
        }
        for (MenuItem item : menu.items()) {
            boolean served = rows.stream().anyMatch(d -> d.meal() != null
                    && d.meal().meal() == item.meal() && item.dish().isNamed(d.dishName()));
            boolean noted = notes.stream().anyMatch(n -> n.meal() == item.meal()
                    && item.dish().isNamed(n.dishName()) && n.note() != null && !n.note().isBlank());
            if (!served && !noted) {
                violations.add(new InspectionViolation.MenuDeviationNotNoted(item.meal(), item.dish().name()));
            }
        }
        return Outcome.of(violations, () -> new ServingCheck(header, rows, notes));
    }

    /** The form header. */
    public CheckHeader header() {
        return header;
    }

    /** The rows, in order. */
    public List<DishServing> dishes() {
        return dishes;
    }

    /** Notes for menu dishes that were not served. */
    public List<MenuDeviation> deviations() {
        return deviations;
    }

    /** The row of the named dish at that meal, if it was served. */
    public Optional<DishServing> find(Meal meal, String dishName) {
        String key = Dish.key(dishName);
        return dishes.stream()
                .filter(d -> d.meal().meal() == meal && Dish.key(d.dishName()).equals(key))
                .findFirst();
    }
}

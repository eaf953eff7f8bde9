package vn.xuatxu.kitchen.inspection;

import java.time.LocalDateTime;
import java.util.List;

import vn.xuatxu.kitchen.MealService;
import vn.xuatxu.kitchen.PassFail;

/**
 * A row of Form 2 (Step 2, check while cooking): one dish, all 13 printed columns.
 *
 * @param row               col 1, TT
 * @param meal              col 2, Ca / bữa ăn
 * @param dishName          col 3, Tên món ăn
 * @param ingredients       col 4, Nguyên liệu chính (tên, số lượng)
 * @param servings          col 5, Số lượng / số suất ăn
 * @param prepFinishedAt    col 6, Thời gian sơ chế xong
 * @param cookingFinishedAt col 7, Thời gian chế biến xong
 * @param foodHandlers      col 8, vệ sinh – Người tham gia chế biến
 * @param equipment         col 9, vệ sinh – Trang thiết bị dụng cụ
 * @param area              col 10, vệ sinh – Khu vực chế biến và phụ trợ
 * @param sensory           cols 11–12, Kiểm tra cảm quan thức ăn
 * @param action            col 13, Biện pháp xử lý / Ghi chú
 */
public record DishCooking(
        int row,
        MealService meal,
        String dishName,
        List<IngredientUse> ingredients,
        int servings,
        LocalDateTime prepFinishedAt,
        LocalDateTime cookingFinishedAt,
        HygieneCheck foodHandlers,
        HygieneCheck equipment,
        HygieneCheck area,
        PassFail sensory,
        String action) {

    public DishCooking {
        ingredients = ingredients == null ? List.of() : List.copyOf(ingredients);
    }

    /** True when any hygiene or sensory check on the row is Không đạt. */
    public boolean anyCheckFailed() {
        return sensory == PassFail.FAIL
                || (foodHandlers != null && foodHandlers.failed())
                || (equipment != null && equipment.failed())
                || (area != null && area.failed());
    }
}

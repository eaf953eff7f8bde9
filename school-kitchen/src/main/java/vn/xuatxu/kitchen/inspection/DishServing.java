package vn.xuatxu.kitchen.inspection;

import java.time.LocalDateTime;

import vn.xuatxu.kitchen.MealService;
import vn.xuatxu.kitchen.PassFail;

/**
 * A row of Form 3 (Step 3, check before eating): one dish, all 10 printed columns.
 *
 * <p>Why column 7 (utensils) has a result as well as a description: the step requires checking
 * that portioning, holding and covering utensils are clean; the reference keeps it though one
 * public copy drops it (reference §1.3).
 *
 * @param row                  col 1, TT
 * @param meal                 col 2, Ca / bữa ăn
 * @param dishName             col 3, Tên món ăn
 * @param servings             col 4, Số lượng suất ăn
 * @param portioningFinishedAt col 5, Thời gian chia món ăn xong
 * @param eatingStartsAt       col 6, Thời gian bắt đầu ăn
 * @param utensils             col 7, Dụng cụ chia, chứa đựng, che đậy, bảo quản thức ăn
 * @param utensilCheck         col 7, whether those utensils were clean and covered
 * @param sensory              cols 8–9, Kiểm tra cảm quan món ăn
 * @param action               col 10, Biện pháp xử lý / Ghi chú (also the menu-deviation note)
 */
public record DishServing(
        int row,
        MealService meal,
        String dishName,
        int servings,
        LocalDateTime portioningFinishedAt,
        LocalDateTime eatingStartsAt,
        String utensils,
        PassFail utensilCheck,
        PassFail sensory,
        String action) {

    /** True when the utensil or sensory check is Không đạt. */
    public boolean anyCheckFailed() {
        return sensory == PassFail.FAIL || utensilCheck == PassFail.FAIL;
    }
}

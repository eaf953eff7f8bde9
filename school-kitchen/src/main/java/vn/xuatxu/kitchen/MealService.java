package vn.xuatxu.kitchen;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A meal and its planned time: the column "Ca / bữa ăn (bữa ăn, giờ ăn …)" of Forms 2 and 3 and
 * "Bữa ăn (giờ ăn …)" of Form 5.
 *
 * <p>Why the time is part of it: a school may serve one meal in two shifts; the reference
 * recommends one sample per dish per serving shift (§2, derived), so the shift time tells the two
 * apart.
 *
 * @param meal     the meal
 * @param mealTime the planned time the meal is eaten
 */
public record MealService(Meal meal, LocalTime mealTime) {

    public MealService {
        Objects.requireNonNull(meal, "meal");
        Objects.requireNonNull(mealTime, "mealTime");
    }
}

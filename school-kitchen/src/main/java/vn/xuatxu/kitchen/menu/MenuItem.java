package vn.xuatxu.kitchen.menu;

import java.util.Objects;

import vn.xuatxu.kitchen.Meal;

/**
 * One dish served at one meal.
 *
 * @param meal the meal
 * @param dish the dish
 */
public record MenuItem(Meal meal, Dish dish) {

    public MenuItem {
        Objects.requireNonNull(meal, "meal");
        Objects.requireNonNull(dish, "dish");
    }
}

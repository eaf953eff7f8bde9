package vn.xuatxu.kitchen.menu;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.xuatxu.kitchen.Meal;

/**
 * The menu published for one school day.
 *
 * <p>Why the forms need it: Step 3 of Decision 1246/QĐ-BYT ("đối chiếu với thực đơn") checks
 * the dishes against the menu, and every menu dish of a meal must have its own retained sample.
 *
 * @param date  the school day
 * @param items the dishes, each at its meal
 */
public record Menu(LocalDate date, List<MenuItem> items) {

    public Menu {
        Objects.requireNonNull(date, "date");
        items = List.copyOf(items);
    }

    /** The dishes of one meal, in menu order. */
    public List<Dish> dishesOf(Meal meal) {
        return items.stream().filter(i -> i.meal() == meal).map(MenuItem::dish).toList();
    }

    /** The dish of that name at that meal, if it is on the menu. */
    public Optional<Dish> find(Meal meal, String dishName) {
        return dishesOf(meal).stream().filter(d -> d.isNamed(dishName)).findFirst();
    }
}

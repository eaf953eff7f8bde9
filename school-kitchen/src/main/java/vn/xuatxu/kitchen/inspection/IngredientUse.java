package vn.xuatxu.kitchen.inspection;

import vn.xuatxu.kitchen.Quantity;

/**
 * One main ingredient of a dish: Form 2 column 4, "Nguyên liệu chính để chế biến (tên, số
 * lượng …)".
 *
 * @param name     the ingredient
 * @param quantity how much was used
 * @param source   the Form 1 delivery or the school's store
 */
public record IngredientUse(String name, Quantity quantity, IngredientSource source) {
}

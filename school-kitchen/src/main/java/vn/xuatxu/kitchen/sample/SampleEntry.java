package vn.xuatxu.kitchen.sample;

import java.time.LocalDateTime;

import vn.xuatxu.kitchen.MealService;
import vn.xuatxu.kitchen.Signature;
import vn.xuatxu.kitchen.menu.Dish;

/**
 * What the head cook enters when taking and storing a sample: the Form 4 label fields and Form 5
 * columns 2–8, 10 and 11.
 *
 * @param dish           the sampled dish (col 2); its kind decides the minimum
 * @param meal           the meal and meal time (col 3)
 * @param servings       servings of that dish (col 4)
 * @param amount         mass or volume (col 5)
 * @param container      container, lid and seal (col 6)
 * @param storageReading fridge temperature when stored (col 7)
 * @param takenAt        time taken, to the minute (col 8, Form 4)
 * @param sampler        "Người lấy mẫu" (Form 4)
 * @param storer         "Người lưu mẫu" (col 11)
 * @param storagePlace   where it is kept, e.g. "tủ lưu mẫu số 1"
 * @param note           col 10, optional
 */
public record SampleEntry(
        Dish dish,
        MealService meal,
        int servings,
        SampleAmount amount,
        SampleContainer container,
        TemperatureReading storageReading,
        LocalDateTime takenAt,
        Signature sampler,
        Signature storer,
        String storagePlace,
        String note) {
}

package vn.xuatxu.kitchen.sample;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A reading of the sample fridge's thermometer: Form 5 column 7, "Nhiệt độ bảo quản mẫu (°C)".
 *
 * <p>Why a reading with a time and not a setting: inspectors found sample fridges without a
 * thermometer (reference §3.4); the form must show what was read, and when.
 *
 * @param celsius the temperature read
 * @param readAt  when it was read
 */
public record TemperatureReading(BigDecimal celsius, LocalDateTime readAt) {

    public TemperatureReading {
        Objects.requireNonNull(celsius, "celsius");
        Objects.requireNonNull(readAt, "readAt");
    }

    /** Shorthand, e.g. {@code TemperatureReading.of("4.5", at)}. */
    public static TemperatureReading of(String celsius, LocalDateTime readAt) {
        return new TemperatureReading(new BigDecimal(celsius), readAt);
    }
}

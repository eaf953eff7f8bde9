package vn.xuatxu.kitchen.form.content;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import vn.xuatxu.kitchen.MealService;
import vn.xuatxu.kitchen.Quantity;
import vn.xuatxu.kitchen.Signature;

/**
 * How values are written on the printed forms: Vietnamese conventions (dd/MM/yyyy, 24-hour time,
 * decimal comma) and Unicode NFC.
 */
final class FormText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private FormText() {
    }

    /** NFC of the text, with null read as empty. */
    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "23 tháng 11 năm 2026" style, as in "ngày … tháng … năm". */
    static String longDate(LocalDate date) {
        return "ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
    }

    static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** "06:00 23/11/2026": the time first, as the forms ask for "giờ, ngày, tháng, năm". */
    static String dateTime(LocalDateTime time) {
        return time == null ? "" : TIME.format(time) + " " + DATE.format(time);
    }

    /** "06:30 ngày 23 tháng 11 năm 2026", for the header's "Thời gian kiểm tra". */
    static String longDateTime(LocalDateTime time) {
        return time == null ? "" : TIME.format(time) + " " + longDate(time.toLocalDate());
    }

    /** "10 giờ 40 phút, ngày 23 tháng 11 năm 2026", as Form 4 prints the time taken. */
    static String labelTime(LocalDateTime time) {
        return String.format("%02d giờ %02d phút, %s", time.getHour(), time.getMinute(), longDate(time.toLocalDate()));
    }

    /** Plain notation, no trailing zeros, decimal comma: 95.50 → "95,5". */
    static String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString().replace('.', ',');
    }

    static String quantity(Quantity quantity) {
        return quantity == null ? "" : decimal(quantity.amount()) + " " + quantity.unit().symbol();
    }

    /** "Bữa trưa (11:00)". */
    static String meal(MealService meal) {
        return meal == null ? "" : meal.meal().label() + " (" + time(meal.mealTime()) + ")";
    }

    /** The full name, and on the next line that and when it was signed; never an image. */
    static String signature(Signature signature) {
        if (signature == null) {
            return "";
        }
        return signature.fullName() + "\n(đã ký " + dateTime(signature.signedAt()) + ")";
    }

    static String or(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}

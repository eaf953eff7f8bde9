package vn.xuatxu.kitchen.alert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Something in a kitchen's day that breaks a rule of Decision 1246 or is about to, said so a person can act.
 * Each alert has a {@link #subject()} that identifies it within its day and kind, so evaluating the day again
 * finds the same alert instead of raising a new one.
 */
public sealed interface KitchenAlert {

    /** The alert's kind, stable across versions (stored, sent in webhooks). */
    Kind kind();

    /** What the alert is about within its day and kind: a dish, a reading, the day. */
    String subject();

    /** The alert in Vietnamese, for the dashboard and for an SMS or Zalo message. */
    String message();

    /** The kinds of alert. */
    enum Kind {
        DISH_SERVED_WITHOUT_SAMPLE,
        FRIDGE_OUT_OF_RANGE,
        DAY_NOT_CLOSED,
        RECEIVED_LOT_RECALLED
    }

    /** A dish went out to the pupils (Form 3) and no sample of it was kept (Form 4): the rule inspectors check first. */
    record DishServedWithoutSample(String dish, LocalTime eatingStartsAt) implements KitchenAlert {
        @Override
        public Kind kind() {
            return Kind.DISH_SERVED_WITHOUT_SAMPLE;
        }

        @Override
        public String subject() {
            return dish;
        }

        @Override
        public String message() {
            return "Món \"" + dish + "\" đã chia cho học sinh (bắt đầu ăn " + eatingStartsAt
                    + ") nhưng sổ chưa có mẫu lưu. Hãy ghi mẫu đã lấy, hoặc lưu mẫu ngay nếu còn thức ăn.";
        }
    }

    /** The sample fridge read outside the range samples must be kept in. */
    record FridgeOutOfRange(String fridge, BigDecimal celsius, LocalDateTime readAt, BigDecimal minimum,
                            BigDecimal maximum) implements KitchenAlert {
        @Override
        public Kind kind() {
            return Kind.FRIDGE_OUT_OF_RANGE;
        }

        @Override
        public String subject() {
            return fridge + "@" + readAt;
        }

        @Override
        public String message() {
            return fridge + " đo được " + celsius.stripTrailingZeros().toPlainString() + " °C lúc "
                    + readAt.toLocalTime().withNano(0) + ", ngoài khoảng " + minimum.toPlainString() + "–"
                    + maximum.toPlainString() + " °C để lưu mẫu. Kiểm tra tủ và chuyển mẫu sang tủ khác nếu cần.";
        }
    }

    /** The afternoon has come and the day's book, with its signatures, is still not closed. */
    record DayNotClosed(LocalDate day, LocalTime deadline) implements KitchenAlert {
        @Override
        public Kind kind() {
            return Kind.DAY_NOT_CLOSED;
        }

        @Override
        public String subject() {
            return day.toString();
        }

        @Override
        public String message() {
            return "Đã quá " + deadline + " mà sổ ba bước ngày " + day + " chưa được ký và chốt.";
        }
    }

    /** A lot the kitchen holds or is receiving was recalled: take it out of use before it is cooked. */
    record ReceivedLotRecalled(String product, String lotNumber, String reason) implements KitchenAlert {
        @Override
        public Kind kind() {
            return Kind.RECEIVED_LOT_RECALLED;
        }

        @Override
        public String subject() {
            return product + "/" + lotNumber;
        }

        @Override
        public String message() {
            return "THU HỒI: lô " + lotNumber + " của " + product + " mà bếp đã nhận vừa bị thu hồi (" + reason
                    + "). Không chế biến; tách riêng và báo nhà cung cấp.";
        }
    }
}

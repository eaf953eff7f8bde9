package vn.xuatxu.api.passport.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One thing a passport lacks: an item that is missing, or one that was valid and no longer is. */
public sealed interface Finding permits Finding.Missing, Finding.Expired {

    PassportItem item();

    /** The finding in a producer's words, for the checklist. */
    String message();

    /** A required item the passport does not hold. */
    record Missing(PassportItem item) implements Finding {
        @Override
        public String message() {
            String name = item.vietnamese();
            return "Thiếu " + name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
    }

    /** An item whose validity ended: {@code lastValidDay} was its last valid day. */
    record Expired(PassportItem item, LocalDate lastValidDay) implements Finding {
        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

        @Override
        public String message() {
            return item.vietnamese() + " đã hết hiệu lực từ " + DATE.format(lastValidDay.plusDays(1));
        }
    }
}

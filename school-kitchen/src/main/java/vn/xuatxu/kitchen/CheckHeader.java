package vn.xuatxu.kitchen;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The header shared by Forms 1, 2 and 3 (and, similarly, Form 5): "Tên cơ sở", "Người kiểm
 * tra (họ tên)", "Thời gian kiểm tra" and "Địa điểm kiểm tra".
 *
 * <p>Why fields may be missing here: the header is entered first and completed during the
 * morning; the forms refuse to accept rows until it is complete (reference rule §5.20), and that
 * refusal is a domain error, not a crash. Use {@link #missingFields()} to show what is missing.
 *
 * @param establishment the school kitchen's name
 * @param checkerName   the full name of the person doing the check
 * @param checkedAt     when the check was done
 * @param place         where (receiving bay, kitchen, serving area)
 */
public record CheckHeader(String establishment, String checkerName, LocalDateTime checkedAt, String place) {

    /** Names (Vietnamese form labels) of the header fields that are still empty. */
    public List<String> missingFields() {
        List<String> missing = new ArrayList<>();
        if (establishment == null || establishment.isBlank()) {
            missing.add("Tên cơ sở");
        }
        if (checkerName == null || checkerName.isBlank()) {
            missing.add("Người kiểm tra (họ tên)");
        }
        if (checkedAt == null) {
            missing.add("Thời gian kiểm tra");
        }
        if (place == null || place.isBlank()) {
            missing.add("Địa điểm kiểm tra");
        }
        return List.copyOf(missing);
    }
}

package vn.xuatxu.api.kitchen.application;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.kitchen.Violation;
import vn.xuatxu.kitchen.day.DayViolation;
import vn.xuatxu.kitchen.inspection.InspectionViolation;
import vn.xuatxu.kitchen.sample.SampleViolation;

/**
 * Says in Vietnamese what a domain rule refused. The school-kitchen module reports violations as typed
 * values with English developer messages; kitchen staff and inspectors need the same facts in their language,
 * with the rule's reference (e.g. "§5.4") so a refusal can be traced to Decision 1246.
 */
public final class ViolationMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM");

    private ViolationMessages() {
    }

    /** One sentence for one violation. */
    public static String of(Violation v) {
        return text(v) + " (" + v.rule().reference() + ")";
    }

    /** All violations as one message, each once, in order. */
    public static String of(List<? extends Violation> violations) {
        LinkedHashSet<String> lines = new LinkedHashSet<>();
        violations.forEach(v -> lines.add(of(v)));
        return String.join(" ", lines);
    }

    /** The refusal to throw for a rejected entry. */
    public static ProblemException.InvalidInput refusal(String field, List<? extends Violation> violations) {
        return new ProblemException.InvalidInput(field, of(violations));
    }

    private static String text(Violation v) {
        if (v instanceof InspectionViolation i) {
            return inspection(i);
        }
        if (v instanceof SampleViolation s) {
            return sample(s);
        }
        if (v instanceof DayViolation d) {
            return day(d);
        }
        return "Vi phạm quy định: " + v.message() + ".";
    }

    private static String inspection(InspectionViolation v) {
        if (v instanceof InspectionViolation.IncompleteHeader h) {
            return h.form().code() + ": chưa có \"" + h.field() + "\" ở phần đầu biểu mẫu.";
        } else if (v instanceof InspectionViolation.MissingField m) {
            return m.form().code() + ", dòng " + m.row() + ": hãy điền \"" + m.column() + "\".";
        } else if (v instanceof InspectionViolation.ActionMissing a) {
            return a.form().code() + ", dòng " + a.row() + ": có mục Không đạt, hãy ghi biện pháp xử lý.";
        } else if (v instanceof InspectionViolation.FailedFoodAccepted f) {
            return f.form().code() + ", dòng " + f.row() + ": thực phẩm không đạt thì không được nhận.";
        } else if (v instanceof InspectionViolation.ExpiredFoodAccepted e) {
            return "Mẫu số 1 (II), dòng " + e.row() + ": thực phẩm đã hết hạn sử dụng, không được nhận.";
        } else if (v instanceof InspectionViolation.AnimalPapersMissing p) {
            return "Mẫu số 1 (I), dòng " + p.row() + ": thực phẩm nguồn gốc động vật cần \"" + p.column()
                    + "\" (số giấy, hoặc ghi lý do không áp dụng).";
        } else if (v instanceof InspectionViolation.RowOutOfSequence r) {
            return r.form().code() + ": số thứ tự dòng phải là " + r.expected() + ".";
        } else if (v instanceof InspectionViolation.FailedIngredientUsed f) {
            return "Mẫu số 2, dòng " + f.row() + ": nguyên liệu đã bị loại khi nhận hàng, không được dùng chế biến.";
        } else if (v instanceof InspectionViolation.UnknownIngredient u) {
            return "Mẫu số 2, dòng " + u.row() + ": nguyên liệu không có trong Mẫu số 1 của ngày.";
        } else if (v instanceof InspectionViolation.TimesOutOfOrder t) {
            return t.form().code() + ", dòng " + t.row() + ": \"" + t.earlier() + "\" (" + TIME.format(t.earlierAt())
                    + ") không được sau \"" + t.later() + "\" (" + TIME.format(t.laterAt()) + ").";
        } else if (v instanceof InspectionViolation.MenuDeviationNotNoted m) {
            return "Mẫu số 3: món \"" + m.dishName() + "\" (" + m.meal().label()
                    + ") khác thực đơn, hãy ghi chú lý do.";
        }
        return "Vi phạm quy định: " + v.message() + ".";
    }

    private static String sample(SampleViolation v) {
        if (v instanceof SampleViolation.BelowMinimum b) {
            return "Mẫu \"" + b.dishName() + "\" chỉ có " + amount(b.amount().value()) + " " + b.amount().unit().symbol()
                    + "; " + (b.kind().liquid() ? "món lỏng" : "món đặc") + " phải lưu tối thiểu "
                    + amount(b.minimum().value()) + " " + b.minimum().unit().symbol() + ".";
        } else if (v instanceof SampleViolation.WrongUnit w) {
            return "Mẫu \"" + w.dishName() + "\" phải đo bằng " + w.required().symbol() + ", không phải "
                    + w.given().symbol() + ".";
        } else if (v instanceof SampleViolation.NotSealed n) {
            return "Mẫu \"" + n.dishName() + "\" phải đựng trong dụng cụ có nắp đậy kín và niêm phong.";
        } else if (v instanceof SampleViolation.StorageTemperatureOutOfRange t) {
            return "Nhiệt độ tủ lưu mẫu " + amount(t.celsius()) + " °C nằm ngoài khoảng " + amount(t.minimum()) + "–"
                    + amount(t.maximum()) + " °C. Hãy kiểm tra tủ trước khi lưu mẫu.";
        } else if (v instanceof SampleViolation.TemperatureNoteMissing t) {
            return "Mẫu " + t.sampleId() + ": nhiệt độ khi hủy " + amount(t.celsius())
                    + " °C nằm ngoài 2–8 °C, hãy ghi chú.";
        } else if (v instanceof SampleViolation.MissingSignature m) {
            return "Cần xác nhận (ký) của " + m.role().toLowerCase(java.util.Locale.ROOT) + ".";
        } else if (v instanceof SampleViolation.StorerNotConfirmed s) {
            return "Mẫu " + s.sampleId() + ": người lưu mẫu phải tự xác nhận việc hủy.";
        } else if (v instanceof SampleViolation.MissingField m) {
            return "Hãy điền \"" + m.column() + "\".";
        } else if (v instanceof SampleViolation.RetentionNotElapsed r) {
            return "Mẫu " + r.sampleId() + " lấy lúc " + TIME.format(r.takenAt()) + " chưa đủ 24 giờ; chỉ được hủy từ "
                    + TIME.format(r.earliest()) + ".";
        } else if (v instanceof SampleViolation.UnderHold h) {
            return "Mẫu " + h.sampleId() + " đang bị phong tỏa (" + String.join(", ", h.holdIds())
                    + "), không được hủy.";
        } else if (v instanceof SampleViolation.MissingReleaseReference r) {
            return "Dỡ phong tỏa " + r.holdId() + " cần số văn bản của cơ quan chức năng.";
        } else if (v instanceof SampleViolation.UnknownHold u) {
            return "Không có lệnh phong tỏa " + u.holdId() + ".";
        } else if (v instanceof SampleViolation.UnknownSample u) {
            return "Không tìm thấy mẫu " + u.sampleId() + ".";
        } else if (v instanceof SampleViolation.AlreadyDestroyed a) {
            return "Mẫu " + a.sampleId() + " đã được hủy trước đó.";
        } else if (v instanceof SampleViolation.TakenInFuture f) {
            return "Thời gian lấy mẫu " + TIME.format(f.takenAt()) + " ở trong tương lai.";
        } else if (v instanceof SampleViolation.DuplicateSample d) {
            return "Món \"" + d.dishName() + "\" đã có mẫu " + d.existing() + " cho bữa này.";
        } else if (v instanceof SampleViolation.NoRulesInForce n) {
            return "Không có quy định lưu mẫu nào có hiệu lực vào ngày " + n.date() + ".";
        }
        return "Vi phạm quy định: " + v.message() + ".";
    }

    private static String day(DayViolation v) {
        if (v instanceof DayViolation.WrongDay w) {
            return w.part() + " ghi ngày " + w.found() + ", không phải ngày " + w.expected() + ".";
        } else if (v instanceof DayViolation.DishNotCooked d) {
            return "Món \"" + d.dishName() + "\" (" + d.meal().label() + ") có ở Mẫu số 3 nhưng chưa có ở Mẫu số 2.";
        } else if (v instanceof DayViolation.PortionedBeforeCooked p) {
            return "Món \"" + p.dishName() + "\" chia xong lúc " + TIME.format(p.portioningFinishedAt())
                    + ", trước khi nấu xong lúc " + TIME.format(p.cookingFinishedAt()) + ".";
        } else if (v instanceof DayViolation.SampleMissing s) {
            return "Món \"" + s.dishName() + "\" (" + s.meal().label() + ") chưa có mẫu lưu.";
        } else if (v instanceof DayViolation.SampleDuplicated s) {
            return "Món \"" + s.dishName() + "\" (" + s.meal().label() + ") có nhiều hơn một mẫu lưu.";
        } else if (v instanceof DayViolation.SampleWithoutDish s) {
            return "Mẫu " + s.sampleId() + " (\"" + s.dishName() + "\") không khớp món nào ở Mẫu số 3.";
        } else if (v instanceof DayViolation.SampledAfterEatingStarted s) {
            return "Mẫu " + s.sampleId() + " lấy lúc " + TIME.format(s.takenAt()) + ", sau giờ bắt đầu ăn "
                    + TIME.format(s.eatingStartsAt()) + ".";
        } else if (v instanceof DayViolation.SampledBeforeCooked s) {
            return "Mẫu " + s.sampleId() + " lấy lúc " + TIME.format(s.takenAt()) + ", trước khi nấu xong lúc "
                    + TIME.format(s.cookingFinishedAt()) + ".";
        } else if (v instanceof DayViolation.AmendmentReasonMissing) {
            return "Ngày này đã chốt; sửa đổi cần ghi lý do.";
        } else if (v instanceof DayViolation.AmendmentChangesNothing) {
            return "Sổ ngày không thay đổi so với phiên bản đã chốt.";
        } else if (v instanceof DayViolation.AmendmentUnsigned) {
            return "Sửa đổi cần người xác nhận.";
        }
        return "Vi phạm quy định: " + v.message() + ".";
    }

    private static String amount(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String time(LocalDateTime value) {
        return TIME.format(value);
    }
}

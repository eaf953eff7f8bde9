package vn.xuatxu.api.kitchen.application;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xuatxu.api.platform.i18n.MessageBundles;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.day.DayViolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ViolationMessagesTest {

    private final PageMessages messages = new PageMessages(new MessageBundles());

    @Test
    void severalViolationsReadInTheReadersLanguageEachOnce() {
        DayViolation missing = new DayViolation.SampleMissing(Meal.LUNCH, "Canh chua");
        DayViolation unsigned = new DayViolation.AmendmentUnsigned(LocalDate.of(2026, 3, 2));
        String rule = missing.rule().reference();
        String amendment = unsigned.rule().reference();

        ProblemException refusal = ViolationMessages.refusal("day", List.of(missing, unsigned, missing));

        assertEquals("Món \"Canh chua\" (Bữa trưa) chưa có mẫu lưu. (" + rule + ") Sửa đổi cần người xác nhận. ("
                + amendment + ")", refusal.getMessage());
        assertEquals("The dish \"Canh chua\" (Lunch) has no kept sample yet. (" + rule
                + ") A change needs someone to confirm it. (" + amendment + ")", refusal.message("en", messages));
        assertEquals(refusal.getMessage(), refusal.message("vi", messages));
    }
}

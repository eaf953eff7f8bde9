package vn.xuatxu.api.journey;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.passport.journey.domain.JourneyStep;
import vn.xuatxu.api.passport.journey.domain.LotStatus;
import vn.xuatxu.api.platform.i18n.MessageBundles;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Journey refusals that name a lot status or a step use one key per value ({@code journey.error.held.<STEP>},
 * {@code journey.error.wrongStatus.<STATUS>}…); a value added to the enums without its words would show the key.
 */
class JourneyRefusalWordsTest {

    private final PageMessages messages = new PageMessages(new MessageBundles());

    @Test
    void everyStatusAndStepHasItsRefusalInBothLanguages() {
        for (LotStatus status : LotStatus.values()) {
            for (String key : new String[]{"journey.error.inputNotActive." + status, "journey.error.wrongStatus." + status}) {
                assertNotEquals(key, PageText.of(key, "L1").vietnamese());
                assertNotEquals(key, PageText.of(key, "L1").in("en", messages));
            }
        }
        for (JourneyStep step : JourneyStep.values()) {
            String key = "journey.error.held." + step;
            assertNotEquals(key, PageText.of(key, "L1", "x").in("en", messages));
        }
    }

    @Test
    void aHeldLotIsRefusedInEitherLanguage() {
        ProblemException refusal = new ProblemException.Conflict(PageText.of("journey.error.held.PROCESSING", "CF-1", "MVCC"));
        assertEquals("Lô CF-1 đang bị khoá: sổ cái đã từ chối sự kiện \"Chế biến\" (MVCC). Quản trị viên của cơ sở cần gửi "
                + "lại hoặc huỷ bỏ sự kiện đó trước.", refusal.getMessage());
        assertEquals("Lot CF-1 is on hold: the ledger refused the event \"Processing\" (MVCC). An administrator of the "
                + "organisation must send it again or discard it first.", refusal.message("en", messages));
        assertEquals("Lot CF-1 is in transit, so this cannot be done.",
                PageText.of("journey.error.wrongStatus.IN_TRANSIT", "CF-1").in("en", messages));
    }
}

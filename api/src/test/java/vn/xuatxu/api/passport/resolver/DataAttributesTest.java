package vn.xuatxu.api.passport.resolver;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.platform.i18n.MessageBundles;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A buyer who scanned a code with a broken date reads why, in Vietnamese or in English. */
class DataAttributesTest {

    private final PageMessages messages = new PageMessages(new MessageBundles());

    @Test
    void aValidExpiryIsRead() {
        assertEquals(LocalDate.of(2027, 12, 31), DataAttributes.parse(Map.of("17", List.of("271200"))).expiry().orElseThrow());
    }

    @Test
    void aBadMonthIsRefusedInTheReadersLanguage() {
        ProblemException.InvalidInput refusal = assertThrows(ProblemException.InvalidInput.class,
                () -> DataAttributes.parse(Map.of("17", List.of("271331"))).expiry());
        assertEquals("17", refusal.field());
        assertEquals("Tham số ?17= có tháng 13 không hợp lệ.", refusal.getMessage());
        assertEquals("The parameter ?17= has an invalid month 13.", refusal.message("en", messages));
    }

    @Test
    void aShortDateNamesWhichDateItIs() {
        ProblemException refusal = assertThrows(ProblemException.InvalidInput.class,
                () -> DataAttributes.parse(Map.of("11", List.of("27"))));
        assertEquals("Tham số ?11= (ngày sản xuất) phải có dạng YYMMDD, 6 chữ số; đã nhận \"27\".", refusal.getMessage());
        assertEquals("The parameter ?11= (production date) must be YYMMDD, 6 digits; got \"27\".",
                refusal.message("en", messages));
    }

    @Test
    void anUnknownAttributeIsRefused() {
        ProblemException refusal = assertThrows(ProblemException.InvalidInput.class,
                () -> DataAttributes.parse(Map.of("999", List.of("x"))));
        assertEquals("The parameter ?999= is not a GS1 Application Identifier this QR code may carry "
                + "(dates use only 11, 13, 15 and 17).", refusal.message("en", messages));
    }
}

package vn.xuatxu.label.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelContentTest {

    private static LabelContent.Builder valid() {
        return LabelContent.builder()
                .qrPayload("https://truyxuat.dienbien.gov.vn/01/08930000000019/10/L2026-001?17=271231")
                .productName("Cà phê Mường Ảng")
                .producerName("HTX Mường Ảng")
                .lotNumber("L2026-001")
                .productionDate(LocalDate.of(2026, 11, 23));
    }

    @Test
    void decomposedInputIsStoredAsNfcWithSingleSpaces() {
        String nfd = Normalizer.normalize("  Cà   phê\u00A0Mường\tẢng ", Normalizer.Form.NFD);
        LabelContent content = valid().productName(nfd).producerName(nfd).netContent(" 500\u00A0g ").build();

        assertEquals("Cà phê Mường Ảng", content.productName());
        assertTrue(Normalizer.isNormalized(content.productName(), Normalizer.Form.NFC));
        assertEquals("Cà phê Mường Ảng", content.producerName());
        assertEquals(Optional.of("500 g"), content.netContent());
    }

    @Test
    void anSmsCheckIsKeypadTextOnAUnitLabel() {
        String unit = "https://truyxuat.dienbien.gov.vn/01/08930000000019/10/L2026-001/21/7KQ2MZ9DX4HTF";
        LabelContent content = valid().qrPayload(unit).serial("7KQ2MZ9DX4HTF").smsCheck("XX 7KQ2MZ9D").build();
        assertEquals(Optional.of("XX 7KQ2MZ9D"), content.smsCheck());

        assertThrows(IllegalArgumentException.class, () -> valid().smsCheck("XX 7KQ2MZ9D").build(),
                "a lot label has no serial for the code to stand for");
        for (String bad : new String[] {"xx 7kq2mz9d", "XX  7KQ2MZ9D", "XX-7KQ2MZ9D", "XX 7KQ2MZ9DÂ", "X", "XX 1234567890123456789012"}) {
            assertThrows(IllegalArgumentException.class,
                    () -> valid().qrPayload(unit).serial("7KQ2MZ9DX4HTF").smsCheck(bad).build(), bad);
        }
    }

    @Test
    void defaultsApplyForOptionalParts() {
        LabelContent content = valid().scanPrompt("  ").build();

        assertEquals(LabelContent.DEFAULT_SCAN_PROMPT, content.scanPrompt());
        assertEquals(Optional.empty(), content.bestBefore());
        assertEquals(Optional.empty(), valid().netContent("   ").build().netContent());
        assertEquals(OcopStars.NONE, content.ocopStars());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://truyxuat.vn/01/08930000000019/10/DỨA-1",   // non-ASCII must be percent-encoded
            "https://truyxuat.vn/01/0893 0000000019",             // space
            "ftp://truyxuat.vn/01/08930000000019",                // not a web link
            "/01/08930000000019/10/L1",                           // not absolute
            ""})
    void rejectsQrPayloadsAPhoneCannotOpen(String payload) {
        assertThrows(IllegalArgumentException.class, () -> valid().qrPayload(payload).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DỨA-2509", "LOT 1", "L#1", "123456789012345678901"})
    void rejectsLotNumbersOutsideGs1Cset82(String lot) {
        assertThrows(IllegalArgumentException.class, () -> valid().lotNumber(lot).build());
    }

    @Test
    void rejectsBestBeforeEarlierThanProduction() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> valid().bestBefore(LocalDate.of(2026, 11, 22)).build());
        assertTrue(e.getMessage().contains("precedes"), e.getMessage());
    }

    @Test
    void rejectsBlankNamesAndControlCharacters() {
        assertThrows(IllegalArgumentException.class, () -> valid().productName(" \t ").build());
        assertThrows(IllegalArgumentException.class, () -> valid().producerName(null).build());
        assertThrows(IllegalArgumentException.class, () -> valid().productName("Cà\u0007phê").build());
    }

    @Test
    void ocopStarsAreZeroOrThreeToFive() {
        assertEquals(OcopStars.NONE, OcopStars.of(0));
        assertEquals(OcopStars.FIVE, OcopStars.of(5));
        assertEquals(4, valid().ocopStars(4).build().ocopStars().count());
        for (int invalid : new int[] {-1, 1, 2, 6}) {
            assertThrows(IllegalArgumentException.class, () -> OcopStars.of(invalid));
        }
    }

    @Test
    void aUnitLabelSerialMustBeTheOneInTheQrPath() {
        String uri = "https://truyxuat.dienbien.gov.vn/01/08930000000019/10/L2026-001/21/7KQ2MZ9DX4HTF?17=271231";
        LabelContent unit = valid().qrPayload(uri).serial("7KQ2MZ9DX4HTF").build();
        assertEquals(Optional.of("7KQ2MZ9DX4HTF"), unit.serial());

        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> valid().qrPayload(uri).serial("7KQ2MZ9DX4HT5").build());
        assertTrue(other.getMessage().contains("/21/7KQ2MZ9DX4HT5"), other.getMessage());
        assertThrows(IllegalArgumentException.class, () -> valid().serial("7KQ2MZ9DX4HTF").build(),
                "a lot link without /21/ cannot carry a serial");
        assertEquals("A/B", valid().qrPayload("https://x.vn/01/08930000000019/10/L1/21/A%2FB").serial("A/B")
                .build().serial().orElseThrow(), "percent-encoded serials are compared decoded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SỐ1", "A B", "123456789012345678901"})
    void rejectsSerialsOutsideGs1Cset82(String serial) {
        String uri = "https://x.vn/01/08930000000019/10/L1/21/" + serial.replace(" ", "%20");
        assertThrows(IllegalArgumentException.class, () -> valid().qrPayload(uri.replace("Ố", "%E1%BB%90"))
                .serial(serial).build());
    }

    @Test
    void lotLabelsKeepWorkingWithoutASerial() {
        LabelContent lot = new LabelContent("https://x.vn/01/08930000000019/10/L1", "Mật ong", "Hộ Ánh", "L1",
                LocalDate.of(2026, 1, 5), Optional.empty(), Optional.empty(), OcopStars.NONE,
                LabelContent.DEFAULT_SCAN_PROMPT);

        assertEquals(Optional.empty(), lot.serial());
        assertEquals(Optional.empty(), valid().build().serial());
    }
}

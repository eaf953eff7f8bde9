package vn.xuatxu.api.passport.sms;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.passport.sms.domain.Gsm7;

import java.text.Normalizer;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Gsm7Test {

    @Test
    void basicCharactersAreOneSeptetEachAtTheirTableCodes() {
        assertArrayEquals(new byte[] {0x00, 0x41, 0x7A, 0x30, 0x20, 0x24, 0x7F, 0x05, 0x11},
                Gsm7.encode("@Az0 ¤àé_").orElseThrow());
        assertEquals(Optional.of(3), Gsm7.septets("$£¥"));
    }

    @Test
    void extensionCharactersCostTwoSeptets() {
        assertArrayEquals(new byte[] {0x1B, 0x65, 0x1B, 0x3C, 0x1B, 0x3E, 0x1B, 0x14}, Gsm7.encode("€[]^").orElseThrow());
        assertEquals(Optional.of(2), Gsm7.septets("{"));
    }

    @Test
    void vietnameseLettersWithToneMarksAreNotGsm7() {
        assertTrue(Gsm7.encode("Cà phê").isEmpty(), "ê is not in the GSM alphabet");
        assertTrue(Gsm7.encode("Điện Biên").isEmpty());
        assertTrue(Gsm7.encode("\u001B").isEmpty(), "the escape itself is not text");
    }

    @Test
    void foldingDropsEveryMarkReadablyAndDWithStroke() {
        assertEquals("Ca phe Arabica Muong Ang, Dien Bien", Gsm7.fold("Cà phê Arabica Mường Ảng, Điện Biên"));
        assertEquals("DUONG dao", Gsm7.fold("ĐƯỜNG đạo"));
        assertEquals("Mat ong ban H'Mong - 500 d", Gsm7.fold("Mật ong bản H’Mông – 500 ₫"));
        assertEquals("Ca phe", Gsm7.fold(Normalizer.normalize("Cà phê", Normalizer.Form.NFD)), "decomposed input too");
        assertEquals("Tra ?", Gsm7.fold("Trà 茶"), "what cannot be spelled in GSM-7 becomes ?");
        assertEquals("Cafe a la carte", Gsm7.fold("Cafe a la carte"), "GSM-7 text is left alone");
        assertEquals("Cà", Gsm7.fold("Cà"), "à is GSM-7 on its own");
        assertEquals("Ca phe", Gsm7.fold("Cà phê"), "but a reply never mixes kept and dropped marks");
    }

    @Test
    void oneSmsHolds160SeptetsCountingEscapes() {
        assertTrue(Gsm7.fitsOneSms("a".repeat(160)));
        assertFalse(Gsm7.fitsOneSms("a".repeat(161)));
        assertFalse(Gsm7.fitsOneSms("a".repeat(159) + "€"), "159 + 2 septets");
        assertFalse(Gsm7.fitsOneSms("ê"));
    }
}

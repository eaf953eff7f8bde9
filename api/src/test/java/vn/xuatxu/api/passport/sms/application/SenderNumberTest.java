package vn.xuatxu.api.passport.sms.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SenderNumberTest {

    @Test
    void oneVietnameseNumberWrittenThreeWaysIsOneSender() {
        SenderNumber local = SenderNumber.of("0912 345 678", "k");
        assertEquals(local, SenderNumber.of("+84912345678", "k"));
        assertEquals(local, SenderNumber.of("84912345678", "k"));
        assertEquals(local, SenderNumber.of("0084-912-345-678", "k"));
        assertEquals("+8491****678", local.masked());
        assertEquals(64, local.hash().length());
    }

    @Test
    void theHashDependsOnTheKeySoTheLogAloneDoesNotRevealNumbers() {
        assertNotEquals(SenderNumber.of("0912345678", "a").hash(), SenderNumber.of("0912345678", "b").hash());
        assertNotEquals(SenderNumber.of("0912345678", "a").hash(), SenderNumber.of("0912345679", "a").hash());
        assertEquals("****56", SenderNumber.of("123456", "a").masked());
    }
}

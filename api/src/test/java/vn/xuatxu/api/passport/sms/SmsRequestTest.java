package vn.xuatxu.api.passport.sms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.xuatxu.api.passport.sms.domain.SmsCode;
import vn.xuatxu.api.passport.sms.domain.SmsRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SmsRequestTest {

    @ParameterizedTest
    @ValueSource(strings = {"XX 7KQ2MZ9D", "xx 7kq2mz9d", "XX7KQ2MZ9D", "  XX   7KQ2-MZ9D ", "7KQ2MZ9D", "XX 7KQ2 MZ9D",
            "XX 7KQ2-MZ9D-X4HTF", "Xx: 7kq2.mz9d"})
    void aCodeIsReadHoweverItWasTyped(String typed) {
        SmsRequest.Check check = assertInstanceOf(SmsRequest.Check.class, SmsRequest.parse(typed, "XX"));
        assertEquals(new SmsCode("7KQ2MZ9D"), check.code());
    }

    @Test
    void theKeywordIsConfigurableAndACodeStartingWithItStillReads() {
        assertEquals(new SmsCode("7KQ2MZ9D"), ((SmsRequest.Check) SmsRequest.parse("TX 7KQ2MZ9D", "TX")).code());
        assertEquals(new SmsCode("XX3K5M7P"), ((SmsRequest.Check) SmsRequest.parse("XX3K5M7P", "XX")).code());
        assertEquals(new SmsCode("XX3K5M7P"), ((SmsRequest.Check) SmsRequest.parse("XX XX3K5M7P", "XX")).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "XX", "hello", "XX 7KQ2MZ9", "XX 7KQ2MZ9D9", "XX 0KQ2MZ9D", "XX 1KQ2MZ9D", "XX OKQ2MZ9D",
            "XX 7KQ2MZ9D 7KQ2MZ9D"})
    void anythingElseIsUnreadable(String typed) {
        assertInstanceOf(SmsRequest.Unreadable.class, SmsRequest.parse(typed, "XX"));
    }

    @Test
    void aCodeIsEightCharactersOfTheSerialAlphabet() {
        assertEquals("7KQ2MZ9D", new vn.xuatxu.label.serial.LabelSerial("7KQ2MZ9DX4HTF").smsCode());
        assertThrows(IllegalArgumentException.class, () -> new SmsCode("7KQ2MZ9"));
        assertThrows(IllegalArgumentException.class, () -> new SmsCode("7KQ2MZ9I"));
    }
}

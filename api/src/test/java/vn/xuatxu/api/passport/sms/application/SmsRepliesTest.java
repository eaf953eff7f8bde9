package vn.xuatxu.api.passport.sms.application;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.passport.sms.domain.Gsm7;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmsRepliesTest {

    private static final String LONG_NAME = "Cà phê Arabica Mường Ảng rang xay nguyên chất đặc biệt loại thượng hạng "
            + "đóng gói túi zíp có van một chiều giữ hương thơm";
    private static final String LONG_PRODUCER = "Hợp tác xã Nông nghiệp và Dịch vụ Cà phê Mường Ảng, tỉnh Điện Biên";

    private final SmsReplies replies = new SmsReplies("XX");

    @Test
    void everyReplyFitsOneGsm7SmsEvenWithLongNames() {
        List<String> all = List.of(
                replies.genuine(LONG_NAME, "MA2026-001", LONG_PRODUCER, 1),
                replies.genuine(LONG_NAME, "MA2026-001", LONG_PRODUCER, 12),
                replies.checkedManyTimes("7KQ2MZ9D", 118, LocalDate.of(2026, 11, 23), LONG_NAME),
                replies.voided("7KQ2MZ9D", LONG_NAME),
                replies.recalled(LONG_NAME, "MA2026-001"),
                replies.unknown("7KQ2MZ9D"),
                replies.malformed(),
                replies.rateLimited(20, Duration.ofHours(1)));
        for (String reply : all) {
            assertTrue(Gsm7.fitsOneSms(reply), reply.length() + ": " + reply);
            assertTrue(reply.startsWith("Xuat Xu: "), reply);
        }
    }

    @Test
    void shortNamesAreWhole() {
        assertEquals("Xuat Xu: TEM THAT. Mat ong ban, lo MO-01, Ho Lo Van Anh. Kiem tra lan dau.",
                replies.genuine("Mật ong bản", "MO-01", "Hộ Lò Văn Ánh", 1));
        assertEquals("Xuat Xu: HANG BI THU HOI. Mat ong ban, lo MO-01 da bi thu hoi. Khong dung san pham, lien he noi ban.",
                replies.recalled("Mật ong bản", "MO-01"));
    }

    @Test
    void aLongProductIsShortenedAtAWordAndTheVerdictKept() {
        String reply = replies.genuine(LONG_NAME, "MA2026-001", LONG_PRODUCER, 3);
        assertTrue(reply.startsWith("Xuat Xu: TEM THAT. Ca phe Arabica Muong Ang"), reply);
        assertTrue(reply.endsWith(".. Lan kiem tra thu 3."), reply);
        String kept = reply.substring("Xuat Xu: TEM THAT. ".length(), reply.indexOf(".."));
        assertTrue(Gsm7.plain(LONG_NAME + ", lô MA2026-001, " + LONG_PRODUCER).startsWith(kept + " "),
                "shortened after a whole word: " + kept);
        String voided = replies.voided("7KQ2MZ9D", LONG_NAME);
        assertTrue(voided.startsWith("Xuat Xu: TEM DA BI HUY. Ma 7KQ2MZ9D (Ca phe"), voided);
        assertTrue(voided.endsWith("hay bao co quan quan ly."), voided);
    }

    @Test
    void repliesNameTheRateLimitWindow() {
        assertTrue(replies.rateLimited(20, Duration.ofHours(1)).contains("20 tin kiem tra trong 1 gio"));
        assertTrue(replies.rateLimited(5, Duration.ofMinutes(30)).contains("5 tin kiem tra trong 30 phut"));
    }
}

package vn.xuatxu.label.layout;

import java.time.LocalDate;
import vn.xuatxu.label.content.LabelContent;
import vn.xuatxu.label.content.OcopStars;
import vn.xuatxu.label.serial.LabelSerial;

/** Realistic label content for tests, with text deliberately too long for small stocks. */
public final class SampleLabels {

    public static final String URI =
            "https://truyxuat.dienbien.gov.vn/01/08930000000019/10/L2026-001?17=271231";
    public static final String LONG_PRODUCT_NAME =
            "Cà phê Arabica Mường Ảng rang xay nguyên chất đặc biệt loại thượng hạng "
                    + "đóng gói túi zíp có van một chiều giữ hương thơm";

    /** A serial from our generator (valid check character), and the unit-label link that carries it. */
    public static final String SERIAL = "7KQ2MZ9DX4HTF";
    public static final String UNIT_URI =
            "https://truyxuat.dienbien.gov.vn/01/08930000000019/10/L2026-001/21/" + SERIAL + "?17=271231";

    private SampleLabels() {
    }

    public static LabelContent coffee() {
        return LabelContent.builder()
                .qrPayload(URI)
                .productName(LONG_PRODUCT_NAME)
                .producerName("Hợp tác xã Nông nghiệp và Dịch vụ Cà phê Mường Ảng, tỉnh Điện Biên")
                .lotNumber("L2026-001")
                .productionDate(LocalDate.of(2026, 11, 23))
                .bestBefore(LocalDate.of(2027, 12, 31))
                .netContent("Khối lượng tịnh: 500 g")
                .ocopStars(OcopStars.FOUR)
                .build();
    }

    /** What a buyer texts to verify the unit label: keyword and the serial's first 8 characters. */
    public static final String SMS_CHECK = "XX " + new LabelSerial(SERIAL).smsCode();

    /** The coffee label for one item: the unit link in the QR code, the serial and the SMS check on the label. */
    public static LabelContent coffeeUnit() {
        return LabelContent.builder()
                .qrPayload(UNIT_URI)
                .productName("Cà phê Arabica Mường Ảng rang xay")
                .producerName("HTX Cà phê Mường Ảng")
                .lotNumber("L2026-001")
                .serial(SERIAL)
                .smsCheck(SMS_CHECK)
                .productionDate(LocalDate.of(2026, 11, 23))
                .bestBefore(LocalDate.of(2027, 12, 31))
                .netContent("500 g")
                .ocopStars(OcopStars.FOUR)
                .build();
    }
}

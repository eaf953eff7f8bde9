package vn.xuatxu.label.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.xuatxu.label.content.LabelContent;
import vn.xuatxu.label.content.OcopStars;
import vn.xuatxu.label.serial.LabelSerial;
import vn.xuatxu.label.serial.LabelSerialGenerator;

/**
 * A batch rendered on one layout, which remembers the static text's measurements, line breaks and
 * dots from label to label, is dot for dot the batch rendered one label at a time on fresh layouts
 * that remember nothing.
 */
class BatchRenderingTest {

    @ParameterizedTest
    @EnumSource(LabelStock.class)
    void aBatchOnOneLayoutIsDotForDotTheLabelsRenderedAlone(LabelStock stock) throws Exception {
        for (PrintDensity density : PrintDensity.values()) {
            List<LabelContent> batch = batch();
            LabelLayout shared = LabelLayout.of(stock, density);
            List<LabelImage> together = new ArrayList<>();
            for (LabelContent content : batch) {
                together.add(shared.render(content));
            }

            for (int i = 0; i < batch.size(); i++) {
                LabelImage alone = LabelLayout.of(stock, density).render(batch.get(i));
                String which = "label " + i + " of the batch on " + stock + " at " + density.dpi() + " dpi";
                assertArrayEquals(alone.packedRows(), together.get(i).packedRows(), which);
                assertEquals(alone.textLines(), together.get(i).textLines(), which);
                assertEquals(alone.qr(), together.get(i).qr(), which);
            }
            assertFalse(Arrays.equals(together.get(0).packedRows(), together.get(1).packedRows()),
                    "labels with different serials must differ, or the comparison proves nothing");
        }
    }

    /** Unit labels of one lot with their own serials and SMS codes, and other lots' labels mixed in. */
    private static List<LabelContent> batch() {
        LabelSerialGenerator serials = LabelSerialGenerator.using(new SecureRandom());
        List<LabelContent> batch = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            LabelSerial labelSerial = serials.next();
            String serial = labelSerial.value();
            batch.add(LabelContent.builder()
                    .qrPayload("https://truyxuat.dienbien.gov.vn/01/08930000000019/10/L2026-001/21/" + serial
                            + "?17=271231")
                    .productName("Cà phê Arabica Mường Ảng rang xay")
                    .producerName("HTX Cà phê Mường Ảng")
                    .lotNumber("L2026-001")
                    .serial(serial)
                    .smsCheck(i % 3 == 0 ? null : "XX " + labelSerial.smsCode())
                    .productionDate(LocalDate.of(2026, 11, 23))
                    .bestBefore(LocalDate.of(2027, 12, 31))
                    .netContent("500 g")
                    .ocopStars(OcopStars.FOUR)
                    .build());
            if (i % 8 == 7) {
                batch.add(SampleLabels.coffee());
                batch.add(SampleLabels.coffeeUnit());
            }
        }
        return batch;
    }
}

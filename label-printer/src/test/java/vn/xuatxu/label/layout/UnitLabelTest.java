package vn.xuatxu.label.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.xuatxu.label.content.LabelContent;

/** Unit labels: the serial travels in the QR code and, where there is room, is printed whole. */
class UnitLabelTest {

    static Stream<Arguments> everyStockAndDensity() {
        List<Arguments> all = new ArrayList<>();
        for (LabelStock stock : LabelStock.values()) {
            for (PrintDensity density : PrintDensity.values()) {
                all.add(Arguments.of(stock, density));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyStockAndDensity")
    void qrCarriesTheSerialAndTheSerialLineIsWholeOrAbsent(LabelStock stock, PrintDensity density) throws Exception {
        LabelImage label = LabelLayout.of(stock, density).render(SampleLabels.coffeeUnit());

        assertEquals(SampleLabels.UNIT_URI, QrReadBack.cropped(label.toBufferedImage(), label.qr()).getText());
        assertEquals(SampleLabels.UNIT_URI, QrReadBack.wholeLabel(label.toBufferedImage()).getText());
        List<String> lines = label.textLines();
        int caption = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Sê-ri")) {
                caption = i;
            }
        }
        if (caption >= 0) {
            String serial = lines.get(caption).equals("Sê-ri:") ? lines.get(caption + 1)
                    : lines.get(caption).substring("Sê-ri: ".length());
            assertEquals("7KQ2-MZ9D-X4HTF", serial, "our serials are grouped, never shortened or split: " + lines);
        }
        int sms = lines.indexOf("SMS: " + SampleLabels.SMS_CHECK);
        boolean twoLines = lines.indexOf("SMS:") >= 0
                && SampleLabels.SMS_CHECK.equals(lines.get(lines.indexOf("SMS:") + 1));
        assertTrue(sms >= 0 || twoLines, "every stock prints the SMS check whole: " + lines);
    }

    @Test
    void theWebStockPrintsTheSerialAndTheSmsCheckUnderTheLot() throws Exception {
        LabelImage label = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203).render(SampleLabels.coffeeUnit());

        List<String> lines = label.textLines();
        int lot = lines.indexOf("Lô: L2026-001");
        assertTrue(lot >= 0, lines.toString());
        assertEquals("Sê-ri: 7KQ2-MZ9D-X4HTF", lines.get(lot + 1), lines.toString());
        assertEquals("SMS: XX 7KQ2MZ9D", lines.get(lot + 2), lines.toString());
        assertEquals("NSX: 23/11/2026", lines.get(lot + 3), lines.toString());
    }

    @Test
    void aSerialThatIsNotOursIsPrintedAsItIs() throws Exception {
        LabelContent content = LabelContent.builder()
                .qrPayload("https://d.xuatxu.vn/01/08930000000019/10/A1/21/SN-0042")
                .productName("Mật ong")
                .producerName("Hộ Lò Văn Ánh")
                .lotNumber("A1")
                .serial("SN-0042")
                .productionDate(LocalDate.of(2026, 1, 5))
                .build();

        LabelImage label = LabelLayout.of(LabelStock.MM_60_X_40, PrintDensity.DPI_300).render(content);

        assertTrue(label.textLines().contains("Sê-ri: SN-0042"), label.textLines().toString());
    }

    @Test
    void whenTheSerialLineDoesNotFitItIsLeftOutNotShortened() throws Exception {
        LabelContent crowded = LabelContent.builder()
                .qrPayload("https://d.xuatxu.vn/01/08930000000019/10/L2026-001/21/ABCDEFGHJKMNPQRSTUVW")
                .productName(SampleLabels.LONG_PRODUCT_NAME)
                .producerName("Hợp tác xã Nông nghiệp và Dịch vụ Cà phê Mường Ảng, tỉnh Điện Biên")
                .lotNumber("L2026-001")
                .serial("ABCDEFGHJKMNPQRSTUVW")
                .productionDate(LocalDate.of(2026, 11, 23))
                .bestBefore(LocalDate.of(2027, 12, 31))
                .netContent("Khối lượng tịnh: 500 g")
                .ocopStars(5)
                .build();

        LabelImage label = LabelLayout.of(LabelStock.MM_40_X_30, PrintDensity.DPI_203).render(crowded);

        assertFalse(label.textLines().stream().anyMatch(l -> l.startsWith("Sê-ri")),
                "a 20-character serial does not fit the 40x30 mm text column: " + label.textLines());
        assertEquals("https://d.xuatxu.vn/01/08930000000019/10/L2026-001/21/ABCDEFGHJKMNPQRSTUVW", QrReadBack.cropped(label.toBufferedImage(), label.qr()).getText());
    }

    @Test
    void aLabelPngReadsBackWithItsStockDensityAndQrPlacement() throws Exception {
        for (PrintDensity density : PrintDensity.values()) {
            LabelImage label = LabelLayout.of(LabelStock.MM_50_X_30, density).render(SampleLabels.coffeeUnit());

            LabelImage read = LabelImage.fromPng(label.toPng());

            assertEquals(LabelStock.MM_50_X_30, read.stock());
            assertEquals(density, read.density());
            assertEquals(label.qr(), read.qr());
            assertTrue(java.util.Arrays.equals(label.packedRows(), read.packedRows()), "same bits");
        }
    }

    @Test
    void imagesThatAreNotLabelsAreRefused() throws Exception {
        LabelImage label = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203).render(SampleLabels.coffee());
        java.awt.image.BufferedImage blank = new java.awt.image.BufferedImage(400, 240,
                java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
        java.io.ByteArrayOutputStream noPhys = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(label.toBufferedImage(), "png", noPhys);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabelImage.fromPng(noPhys.toByteArray()));
        assertTrue(e.getMessage().contains("pHYs"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LabelImage.fromPng(new byte[] {1, 2, 3}));
        java.io.ByteArrayOutputStream blankPng = new java.io.ByteArrayOutputStream();
        PngEncoder.write(blank, PrintDensity.DPI_203, blankPng);
        IllegalArgumentException noQr = assertThrows(IllegalArgumentException.class,
                () -> LabelImage.fromPng(blankPng.toByteArray()));
        assertTrue(noQr.getMessage().contains("QR"), noQr.getMessage());
    }
}

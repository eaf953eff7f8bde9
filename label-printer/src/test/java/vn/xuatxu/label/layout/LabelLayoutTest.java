package vn.xuatxu.label.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.Result;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.xuatxu.label.content.LabelContent;

class LabelLayoutTest {

    private static final Path SAMPLES = Path.of("target", "label-samples");

    static Stream<Arguments> everyStockAndDensity() {
        List<Arguments> all = new ArrayList<>();
        for (LabelStock stock : LabelStock.values()) {
            for (PrintDensity density : PrintDensity.values()) {
                all.add(Arguments.of(stock, density));
            }
        }
        return all.stream();
    }

    @Test
    void runsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless(), "tests must prove rendering works without a display");
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyStockAndDensity")
    void pngIsOneBitExactSizeWithPhysicalDensity(LabelStock stock, PrintDensity density) throws Exception {
        LabelImage label = LabelLayout.of(stock, density).render(SampleLabels.coffee());
        byte[] png = label.toPng();
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(stock + "-" + density.dpi() + ".png"), png);

        Png parsed = Png.parse(png);
        assertEquals(stock.widthDots(density), parsed.width);
        assertEquals(stock.heightDots(density), parsed.height);
        assertEquals(1, parsed.bitDepth, "one bit per dot");
        assertEquals(density.dotsPerMetre(), parsed.pixelsPerMetreX);
        assertEquals(density.dotsPerMetre(), parsed.pixelsPerMetreY);

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(label.widthDots(), read.getWidth());
        assertEquals(label.heightDots(), read.getHeight());
        for (int y = 0; y < read.getHeight(); y++) {
            for (int x = 0; x < read.getWidth(); x++) {
                int rgb = read.getRGB(x, y) & 0xFFFFFF;
                assertTrue(rgb == 0 || rgb == 0xFFFFFF, "grey dot at " + x + "," + y);
                assertEquals(rgb == 0, label.isBlack(x, y), "PNG differs from the raster at " + x + "," + y);
            }
        }
        assertEquals(BufferedImage.TYPE_BYTE_BINARY, label.toBufferedImage().getType());
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyStockAndDensity")
    void qrDecodesFromThePngBackToTheUri(LabelStock stock, PrintDensity density) throws Exception {
        LabelImage label = LabelLayout.of(stock, density).render(SampleLabels.coffee());
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(label.toPng()));

        Result cropped = QrReadBack.cropped(read, label.qr());
        assertEquals(SampleLabels.URI, cropped.getText());
        assertEquals(label.qr().errorCorrection().name(), QrReadBack.errorCorrection(cropped));
        assertEquals(SampleLabels.URI, QrReadBack.wholeLabel(read).getText(),
                "the QR must also be found on the whole label, text and all");
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyStockAndDensity")
    void qrModulesAreWholeDotsOfAtLeastThirtyThreeHundredthsOfAMillimetre(LabelStock stock, PrintDensity density)
            throws Exception {
        LabelImage label = LabelLayout.of(stock, density).render(SampleLabels.coffee());
        QrPlacement qr = label.qr();
        int minimumDots = (int) Math.ceil(0.33 * density.dotsPerMm() - 1e-9);

        assertTrue(qr.moduleDots() >= minimumDots, qr + " below " + minimumDots + " dots");
        assertTrue(qr.moduleMm(density) >= 0.33, "module " + qr.moduleMm(density) + " mm");
        assertTrue(qr.moduleDots() * 4 * 2 + qr.symbolDots() <= qr.blockDots());
        int quiet = QrPlacement.QUIET_ZONE_MODULES * qr.moduleDots();
        assertTrue(qr.x() - quiet >= 0 && qr.y() - quiet >= 0
                && qr.x() + qr.symbolDots() + quiet <= label.widthDots()
                && qr.y() + qr.symbolDots() + quiet <= label.heightDots(), "quiet zone inside the label");

        for (int y = qr.y() - quiet; y < qr.y() + qr.symbolDots() + quiet; y++) {
            for (int x = qr.x() - quiet; x < qr.x() + qr.symbolDots() + quiet; x++) {
                boolean inSymbol = x >= qr.x() && x < qr.x() + qr.symbolDots()
                        && y >= qr.y() && y < qr.y() + qr.symbolDots();
                if (!inSymbol) {
                    assertFalse(label.isBlack(x, y), "quiet zone dot " + x + "," + y + " is black");
                } else {
                    int moduleX = qr.x() + (x - qr.x()) / qr.moduleDots() * qr.moduleDots();
                    int moduleY = qr.y() + (y - qr.y()) / qr.moduleDots() * qr.moduleDots();
                    assertEquals(label.isBlack(moduleX, moduleY), label.isBlack(x, y),
                            "module not uniform at " + x + "," + y);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyStockAndDensity")
    void errorCorrectionIsTheHighestThatFitsTheQrHalfAtMinimumModule(LabelStock stock, PrintDensity density)
            throws Exception {
        LabelImage label = LabelLayout.of(stock, density).render(SampleLabels.coffee());
        QrErrorCorrection level = label.qr().errorCorrection();
        if (level == QrErrorCorrection.H) {
            return;
        }
        QrErrorCorrection higher = QrErrorCorrection.values()[level.ordinal() + 1];
        int modules = Encoder.encode(SampleLabels.URI, ErrorCorrectionLevel.valueOf(higher.name()), Map.of())
                .getMatrix().getWidth();
        int minimumDots = (int) Math.ceil(0.33 * density.dotsPerMm() - 1e-9);
        int qrArea = Math.min(label.heightDots(), label.widthDots() / 2);
        assertTrue((modules + 8) * minimumDots > qrArea,
                higher + " would have fitted " + stock + " at " + density + " but " + level + " was chosen");
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyStockAndDensity")
    void longVietnameseTextIsShortenedAtAWordBoundaryAndStaysNfc(LabelStock stock, PrintDensity density)
            throws Exception {
        LabelImage label = LabelLayout.of(stock, density).render(SampleLabels.coffee());
        List<String> lines = label.textLines();

        for (String line : lines) {
            assertTrue(Normalizer.isNormalized(line, Normalizer.Form.NFC), line);
        }
        int nameEnd = 0;
        while (!lines.get(nameEnd).endsWith("…")) {
            nameEnd++;
        }
        assertTrue(nameEnd <= 1, "product name takes at most two lines: " + lines);
        String shown = String.join(" ", lines.subList(0, nameEnd + 1));
        shown = shown.substring(0, shown.length() - 1);
        assertTrue(SampleLabels.LONG_PRODUCT_NAME.startsWith(shown), shown);
        assertEquals(' ', SampleLabels.LONG_PRODUCT_NAME.charAt(shown.length()), "cut between words: " + shown);

        assertTrue(lines.contains("Lô: L2026-001"), lines.toString());
        assertTrue(lines.contains("NSX: 23/11/2026"), lines.toString());
        assertTrue(lines.contains("HSD: 31/12/2027"), lines.toString());
        assertTrue(lines.contains("OCOP ★★★★"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Quét mã")), lines.toString());
    }

    @Test
    void theWebLabelIs400By240DotsAndRendersTheSameBitsEveryTime() throws Exception {
        LabelLayout layout = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203);
        LabelImage first = layout.render(SampleLabels.coffee());
        LabelImage second = layout.render(SampleLabels.coffee());

        assertEquals(400, first.widthDots());
        assertEquals(240, first.heightDots());
        assertEquals(50, first.bytesPerRow());
        assertArrayEquals(first.packedRows(), second.packedRows());
        assertArrayEquals(first.toPng(), second.toPng());
    }

    @Test
    void labelWithoutOptionalPartsHasNoEmptyLines() throws Exception {
        LabelContent minimal = LabelContent.builder()
                .qrPayload("https://d.xuatxu.vn/01/08930000000019/10/A1")
                .productName("Mật ong")
                .producerName("Hộ Lò Văn Ánh")
                .lotNumber("A1")
                .productionDate(LocalDate.of(2026, 1, 5))
                .build();

        LabelImage label = LabelLayout.of(LabelStock.MM_40_X_30, PrintDensity.DPI_203).render(minimal);

        List<String> lines = label.textLines();
        assertEquals(List.of("Mật ong", "Hộ Lò Văn Ánh", "Lô: A1", "NSX: 05/01/2026"), lines.subList(0, 4));
        assertEquals("Quét mã để xác thực nguồn gốc", String.join(" ", lines.subList(4, lines.size())),
                "the scan prompt is wrapped, not shortened");
        assertEquals(QrErrorCorrection.H, label.qr().errorCorrection(), "a short link affords level H");
        assertEquals("https://d.xuatxu.vn/01/08930000000019/10/A1",
                QrReadBack.cropped(label.toBufferedImage(), label.qr()).getText());
    }

    @Test
    void aVeryLongLinkStillPrintsBySpendingMoreWidthThenSmallerModules() throws Exception {
        String longUri = "https://truyxuat.dienbien.gov.vn/01/08930000000019/10/L2026-001/21/ABCDEFGHJK"
                + "?17=271231&11=261123&3103=000500&src=label&campaign=" + "x".repeat(150);
        LabelContent content = LabelContent.builder()
                .qrPayload(longUri)
                .productName(SampleLabels.LONG_PRODUCT_NAME)
                .producerName("HTX Mường Ảng")
                .lotNumber("L2026-001")
                .productionDate(LocalDate.of(2026, 11, 23))
                .build();

        LabelImage small = LabelLayout.of(LabelStock.MM_40_X_30, PrintDensity.DPI_203).render(content);
        LabelImage large = LabelLayout.of(LabelStock.MM_60_X_40, PrintDensity.DPI_300).render(content);

        assertEquals(longUri, QrReadBack.cropped(small.toBufferedImage(), small.qr()).getText());
        assertEquals(longUri, QrReadBack.cropped(large.toBufferedImage(), large.qr()).getText());
        assertEquals(QrErrorCorrection.M, small.qr().errorCorrection());
        assertTrue(small.qr().moduleDots() >= 2);
        assertTrue(large.qr().moduleMm(PrintDensity.DPI_300) >= 0.33, large.qr().toString());
    }

    /** The few PNG header fields the tests check, read straight from the bytes. */
    private record Png(int width, int height, int bitDepth, int pixelsPerMetreX, int pixelsPerMetreY) {
        static Png parse(byte[] png) {
            ByteBuffer in = ByteBuffer.wrap(png);
            in.position(8);
            int width = 0;
            int height = 0;
            int depth = 0;
            int ppmX = -1;
            int ppmY = -1;
            while (in.remaining() >= 12) {
                int length = in.getInt();
                byte[] type = new byte[4];
                in.get(type);
                int start = in.position();
                switch (new String(type, StandardCharsets.US_ASCII)) {
                    case "IHDR" -> {
                        width = in.getInt();
                        height = in.getInt();
                        depth = in.get();
                    }
                    case "pHYs" -> {
                        ppmX = in.getInt();
                        ppmY = in.getInt();
                        assertEquals(1, in.get(), "pHYs unit is the metre");
                    }
                    default -> {
                    }
                }
                in.position(start + length + 4);
            }
            return new Png(width, height, depth, ppmX, ppmY);
        }
    }
}

package vn.xuatxu.label.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;
import vn.xuatxu.label.layout.QrReadBack;
import vn.xuatxu.label.layout.SampleLabels;

/** One scenario for every language: encode, decode the job back, and scan the QR the printer would burn. */
class PrinterLanguageTest {

    static Stream<Arguments> everyLanguageStockAndDensity() {
        List<PrinterLanguage> languages = List.of(PrinterLanguage.zpl(), new Zpl(Zpl.GraphicEncoding.HEX),
                PrinterLanguage.tspl(), PrinterLanguage.escPos(), new EscPos(false));
        List<Arguments> all = new ArrayList<>();
        for (PrinterLanguage language : languages) {
            for (LabelStock stock : LabelStock.values()) {
                for (PrintDensity density : PrintDensity.values()) {
                    all.add(Arguments.of(language, stock, density));
                }
            }
        }
        return all.stream();
    }

    /** Decodes a job with the test reader for its language. */
    static DecodedRaster decode(PrinterLanguage language, byte[] job) throws Exception {
        if (language instanceof Zpl) {
            return ZplJobReader.read(job).raster();
        } else if (language instanceof Tspl) {
            return TsplJobReader.read(job).raster();
        } else if (language instanceof EscPos) {
            List<DecodedRaster> labels = EscPosJobReader.read(job).labels();
            assertEquals(1, labels.size());
            return labels.get(0);
        }
        throw new AssertionError("no reader for " + language);
    }

    @ParameterizedTest(name = "{0}, {1} at {2}")
    @MethodSource("everyLanguageStockAndDensity")
    void jobDecodesToTheRenderedBitmapAndItsQrScans(PrinterLanguage language, LabelStock stock,
                                                     PrintDensity density) throws Exception {
        LabelImage label = LabelLayout.of(stock, density).render(SampleLabels.coffee());

        DecodedRaster printed = decode(language, language.encode(label));

        assertEquals(label.heightDots(), printed.heightDots());
        assertEquals(label.bytesPerRow(), printed.bytesPerRow());
        assertArrayEquals(label.packedRows(), printed.packed(), "the printer gets exactly the verified bitmap");
        assertEquals(SampleLabels.URI, QrReadBack.cropped(printed.toImage(), label.qr()).getText());
        assertEquals(SampleLabels.URI, QrReadBack.wholeLabel(printed.toImage()).getText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLanguageStockAndDensity")
    void copiesOutsideOneToMaxAreRejected(PrinterLanguage language, LabelStock stock, PrintDensity density)
            throws Exception {
        if (stock != LabelStock.MM_50_X_30 || density != PrintDensity.DPI_203) {
            return;
        }
        LabelImage label = LabelLayout.of(stock, density).render(SampleLabels.coffee());
        assertThrows(IllegalArgumentException.class, () -> language.encode(label, 0));
        assertThrows(IllegalArgumentException.class, () -> language.encode(label, PrinterLanguage.MAX_COPIES + 1));
        assertTrue(language.encode(label, PrinterLanguage.MAX_COPIES).length > 0);
    }
}

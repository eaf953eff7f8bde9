package vn.xuatxu.label.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;
import vn.xuatxu.label.layout.SampleLabels;

class TsplTest {

    @Test
    void jobSetsSizeGapAndCopiesAndInvertsPolarity() throws Exception {
        LabelImage label = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203).render(SampleLabels.coffee());

        byte[] job = new Tspl(2.5).encode(label, 2);
        TsplJobReader.Job read = TsplJobReader.read(job);

        assertEquals(List.of("SIZE 50 mm,30 mm", "GAP 2.5 mm,0 mm", "DIRECTION 1,0", "CLS", "BITMAP", "PRINT 1,2"),
                read.commands());
        int bitmapStart = new String(job, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("BITMAP 0,0,50,240,0,")
                + "BITMAP 0,0,50,240,0,".length();
        assertEquals((byte) 0xFF, job[bitmapStart], "top-left corner is white paper, which TSPL writes as 1 bits");
    }

    @Test
    void rowPaddingIsWhiteWhenTheWidthIsNotAWholeByte() throws Exception {
        LabelImage label = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_300).render(SampleLabels.coffee());
        assertEquals(591, label.widthDots());

        byte[] job = PrinterLanguage.tspl().encode(label);
        String header = "BITMAP 0,0,74,354,0,";
        int start = new String(job, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(header) + header.length();
        for (int row = 0; row < label.heightDots(); row++) {
            assertEquals(1, job[start + row * 74 + 73] & 1, "padding dot of row " + row + " must be blank (1)");
        }
    }

    @Test
    void continuousStockHasNoGap() throws Exception {
        LabelImage label = LabelLayout.of(LabelStock.RECEIPT_58_MM, PrintDensity.DPI_203).render(SampleLabels.coffee());

        assertEquals("GAP 0 mm,0 mm", TsplJobReader.read(PrinterLanguage.tspl().encode(label)).commands().get(1));
    }

    @Test
    void gapMustBePlausible() {
        assertThrows(IllegalArgumentException.class, () -> new Tspl(-1));
        assertThrows(IllegalArgumentException.class, () -> new Tspl(Double.NaN));
    }
}

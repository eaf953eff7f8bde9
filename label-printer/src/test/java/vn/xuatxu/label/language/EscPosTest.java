package vn.xuatxu.label.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;
import vn.xuatxu.label.layout.SampleLabels;

class EscPosTest {

    @Test
    void tallLabelsAreSentInBandsOfAtMost255Rows() throws Exception {
        LabelImage label = LabelLayout.of(LabelStock.RECEIPT_58_MM, PrintDensity.DPI_300).render(SampleLabels.coffee());

        EscPosJobReader.Job job = EscPosJobReader.read(PrinterLanguage.escPos().encode(label));

        assertEquals(472, label.heightDots());
        assertEquals(List.of(255, 217), job.bandHeights());
        assertTrue(job.cuts());
    }

    @Test
    void eachCopyIsAFullRasterFollowedByACut() throws Exception {
        LabelImage label = LabelLayout.of(LabelStock.RECEIPT_58_MM, PrintDensity.DPI_203).render(SampleLabels.coffee());

        EscPosJobReader.Job job = EscPosJobReader.read(PrinterLanguage.escPos().encode(label, 2));

        assertEquals(2, job.labels().size());
        assertEquals(48, job.labels().get(0).bytesPerRow(), "58 mm paper: 384 dots");
        for (DecodedRaster copy : job.labels()) {
            assertArrayEquals(label.packedRows(), copy.packed());
        }
    }

    @Test
    void withoutACutterTheJobOnlyFeeds() throws Exception {
        LabelImage label = LabelLayout.of(LabelStock.RECEIPT_58_MM, PrintDensity.DPI_203).render(SampleLabels.coffee());

        EscPosJobReader.Job job = EscPosJobReader.read(new EscPos(false).encode(label));

        assertFalse(job.cuts());
        assertEquals(1, job.labels().size());
    }
}

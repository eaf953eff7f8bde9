package vn.xuatxu.label.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import vn.xuatxu.label.content.RecordLabelContent;
import vn.xuatxu.label.content.RecordLabelContent.Line;
import vn.xuatxu.label.language.PrinterLanguage;
import vn.xuatxu.label.language.ZplJobReader;

/** Record labels (a kitchen's food sample): the QR decodes to the record and the whole lines are printed whole. */
class RecordLabelTest {

    private static final String LINK = "https://truyxuat.dienbien.example/bep/3/2026-12-07?mau=20261207-TR-03";

    static RecordLabelContent sample() {
        return new RecordLabelContent(LINK, "Mẫu lưu: Canh bí đỏ nấu tôm đồng",
                List.of(Line.whole("Lấy lúc 10:45 ngày 07/12/2026"), Line.of("Người lấy: Nguyễn Thị Hoa"),
                        Line.whole("Mã mẫu: 20261207-TR-03"), Line.of("Bữa trưa · Trường Tiểu học Him Lam"),
                        Line.whole("Ký: ................")),
                "Quét để xem sổ lưu mẫu");
    }

    @ParameterizedTest
    @EnumSource(value = LabelStock.class, names = {"MM_50_X_30", "MM_60_X_40"})
    void aSampleLabelDecodesToItsRecordAndKeepsTimeAndCodeWhole(LabelStock stock) throws Exception {
        for (PrintDensity density : PrintDensity.values()) {
            LabelImage label = LabelLayout.of(stock, density).render(sample());
            assertEquals(LINK, QrReadBack.cropped(label.toBufferedImage(), label.qr()).getText(), stock + " " + density);
            String text = String.join("\n", label.textLines());
            assertTrue(text.contains("Lấy lúc 10:45 ngày 07/12/2026"), text);
            assertTrue(text.contains("Mã mẫu: 20261207-TR-03"), text);
            assertTrue(text.contains("Mẫu lưu"), text);
            ZplJobReader.Job zpl = ZplJobReader.read(PrinterLanguage.zpl().encode(label));
            assertEquals(LINK, QrReadBack.wholeLabel(zpl.raster().toImage()).getText());
        }
    }

    @Test
    void aRecordLabelNeedsALinkAndLines() {
        assertThrows(IllegalArgumentException.class, () -> new RecordLabelContent("not a link", "T", List.of(Line.of("x")), "p"));
        assertThrows(IllegalArgumentException.class, () -> new RecordLabelContent(LINK, "T", List.of(), "p"));
    }
}

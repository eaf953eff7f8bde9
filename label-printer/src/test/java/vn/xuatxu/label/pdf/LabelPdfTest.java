package vn.xuatxu.label.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.xuatxu.label.content.LabelContent;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;
import vn.xuatxu.label.layout.QrReadBack;
import vn.xuatxu.label.layout.SampleLabels;

class LabelPdfTest {

    private static final double POINTS_PER_MM = 72 / 25.4;

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
    void onePageIsTheLabelsSizeAndItsQrScansFromTheRenderedPage(LabelStock stock, PrintDensity density)
            throws Exception {
        LabelImage label = LabelLayout.of(stock, density).render(SampleLabels.coffeeUnit());

        byte[] pdf = LabelPdf.pagePerLabel().toBytes(List.of(label));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertEquals(stock.widthMm() * POINTS_PER_MM, page.getMediaBox().getWidth(), 0.01, "width in points");
            assertEquals(stock.heightMm() * POINTS_PER_MM, page.getMediaBox().getHeight(), 0.01, "height in points");
            BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(0, 2 * density.dpi(), ImageType.GRAY);
            assertEquals(SampleLabels.UNIT_URI, QrReadBack.wholeLabel(rendered).getText());
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyStockAndDensity")
    void theEmbeddedImageIsTheLabelBitmapOneBitLosslessAtPhysicalSize(LabelStock stock, PrintDensity density)
            throws Exception {
        LabelImage label = LabelLayout.of(stock, density).render(SampleLabels.coffee());

        try (PDDocument document = Loader.loadPDF(LabelPdf.pagePerLabel().toBytes(List.of(label)))) {
            PDPage page = document.getPage(0);
            List<COSName> names = new ArrayList<>();
            page.getResources().getXObjectNames().forEach(names::add);
            assertEquals(1, names.size());
            PDImageXObject image = (PDImageXObject) page.getResources().getXObject(names.get(0));
            assertEquals(1, image.getBitsPerComponent());
            assertEquals(label.widthDots(), image.getWidth());
            assertEquals(label.heightDots(), image.getHeight());
            assertTrue(image.getCOSObject().getFilters() instanceof COSName flate && flate.equals(COSName.FLATE_DECODE),
                    "lossless Flate, not DCT");
            BufferedImage pixels = image.getImage();
            for (int y = 0; y < label.heightDots(); y++) {
                for (int x = 0; x < label.widthDots(); x++) {
                    assertEquals(label.isBlack(x, y), (pixels.getRGB(x, y) & 0xFFFFFF) == 0, "dot " + x + "," + y);
                }
            }
        }
    }

    @Test
    void fiftyByThirtyOnA4IsThreeByNineAndEveryQrOnTheSheetScans() throws Exception {
        LabelLayout layout = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203);
        List<LabelImage> labels = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < 30; i++) {
            String uri = "https://d.xuatxu.vn/01/08930000000019/10/L1/21/S" + (1000 + i);
            expected.add(uri);
            labels.add(layout.render(LabelContent.builder().qrPayload(uri).productName("Mật ong hoa cà phê")
                    .producerName("Hộ Lò Văn Ánh").lotNumber("L1").serial("S" + (1000 + i))
                    .productionDate(LocalDate.of(2026, 1, 5)).build()));
        }
        SheetGrid grid = SheetGrid.a4(LabelStock.MM_50_X_30);

        byte[] pdf = LabelPdf.sheets(grid).toBytes(labels);

        assertEquals(3, grid.columns());
        assertEquals(9, grid.rows());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages(), "30 labels, 27 per sheet");
            assertEquals(595.28, document.getPage(0).getMediaBox().getWidth(), 0.01, "A4 width in points");
            assertEquals(841.89, document.getPage(0).getMediaBox().getHeight(), 0.01, "A4 height in points");
            PDFRenderer renderer = new PDFRenderer(document);
            Set<String> found = new TreeSet<>();
            for (int page = 0; page < 2; page++) {
                BufferedImage sheet = renderer.renderImageWithDPI(page, 300, ImageType.GRAY);
                for (int row = 0; row < grid.rows(); row++) {
                    for (int column = 0; column < grid.columns(); column++) {
                        found.addAll(decodeCell(sheet, grid, column, row));
                    }
                }
            }
            assertEquals(expected, found);
        }
    }

    /** Crops one grid cell from a sheet rendered at 300 dpi and decodes what is in it. */
    private static List<String> decodeCell(BufferedImage sheet, SheetGrid grid, int column, int row) throws Exception {
        double pxPerMm = 300 / 25.4;
        int x = (int) Math.round(grid.cellLeftMm(column) * pxPerMm);
        int y = (int) Math.round(grid.cellTopMm(row) * pxPerMm);
        int w = (int) Math.round(grid.labelWidthMm() * pxPerMm);
        int h = (int) Math.round(grid.labelHeightMm() * pxPerMm);
        BufferedImage cell = sheet.getSubimage(x, y, Math.min(w, sheet.getWidth() - x), Math.min(h, sheet.getHeight() - y));
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(cell))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            List<String> texts = new ArrayList<>();
            for (Result r : results) {
                texts.add(r.getText());
            }
            return texts;
        } catch (com.google.zxing.NotFoundException empty) {
            return List.of();
        }
    }

    @Test
    void defaultA4GridsForEveryStock() {
        assertGrid(SheetGrid.a4(LabelStock.MM_40_X_30), 4, 9);
        assertGrid(SheetGrid.a4(LabelStock.MM_50_X_30), 3, 9);
        assertGrid(SheetGrid.a4(LabelStock.MM_60_X_40), 3, 6);
        assertGrid(SheetGrid.a4(LabelStock.RECEIPT_58_MM), 4, 6);
        SheetGrid fifty = SheetGrid.a4(LabelStock.MM_50_X_30);
        assertEquals(28.0, fifty.leftMm(), 1e-9, "(210 - 3*50 - 2*2) / 2");
        assertEquals(5.5, fifty.topMm(), 1e-9, "(297 - 9*30 - 8*2) / 2");
    }

    private static void assertGrid(SheetGrid grid, int columns, int rows) {
        assertEquals(columns, grid.columns(), grid.toString());
        assertEquals(rows, grid.rows(), grid.toString());
        assertTrue(grid.leftMm() >= SheetGrid.MIN_MARGIN_MM && grid.topMm() >= SheetGrid.MIN_MARGIN_MM, grid.toString());
    }

    @Test
    void identicalCopiesAreEmbeddedOnce() throws Exception {
        LabelImage label = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203).render(SampleLabels.coffee());
        byte[] one = LabelPdf.sheets(SheetGrid.a4(LabelStock.MM_50_X_30)).toBytes(List.of(label));
        byte[] many = LabelPdf.sheets(SheetGrid.a4(LabelStock.MM_50_X_30)).toBytes(java.util.Collections.nCopies(27, label));

        assertTrue(many.length < one.length + 27 * 100, one.length + " vs " + many.length);
    }

    @Test
    void refusesWhatCannotBePrinted() throws Exception {
        LabelImage large = LabelLayout.of(LabelStock.MM_60_X_40, PrintDensity.DPI_203).render(SampleLabels.coffee());

        assertThrows(IllegalArgumentException.class, () -> LabelPdf.pagePerLabel().toBytes(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> LabelPdf.sheets(SheetGrid.a4(LabelStock.MM_50_X_30)).toBytes(List.of(large)));
        assertThrows(IllegalArgumentException.class,
                () -> new SheetGrid(210, 297, 70, 37, 3, 9, 0, 0, 0, 0), "9 rows of 37 mm are 333 mm");
        assertArrayEquals(new int[] {3, 8}, new int[] {new SheetGrid(210, 297, 70, 37, 3, 8, 0, 0.5, 0, 0).columns(),
                new SheetGrid(210, 297, 70, 37, 3, 8, 0, 0.5, 0, 0).rows()}, "a commercial 3x8 sheet fits");
    }
}

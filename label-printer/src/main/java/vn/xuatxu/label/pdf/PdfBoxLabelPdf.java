package vn.xuatxu.label.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.xuatxu.label.layout.LabelImage;

/**
 * PDFBox implementation. The image XObject is built straight from the packed raster (inverted:
 * in DeviceGray 1 bit, 0 is black), Flate-compressed here, so no per-pixel colour conversion runs.
 */
final class PdfBoxLabelPdf implements LabelPdf {

    static final float POINTS_PER_MM = 72f / 25.4f;
    /** A label may exceed its cell by this much: 591 dots at 300 dpi are 50.04 mm on 50 mm stock. */
    private static final double CELL_TOLERANCE_MM = 0.2;

    /** Null for one label per page. */
    private final SheetGrid grid;

    PdfBoxLabelPdf(SheetGrid grid) {
        this.grid = grid;
    }

    @Override
    public void write(List<LabelImage> labels, OutputStream out) throws IOException {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one label");
        }
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Nhãn truy xuất nguồn gốc (" + labels.size() + ")");
            info.setCreator("Xuất Xứ label-printer");
            Map<LabelImage, PDImageXObject> embedded = new IdentityHashMap<>();
            if (grid == null) {
                for (LabelImage label : labels) {
                    PDPage page = new PDPage(new PDRectangle(
                            mm(label.stock().widthMm()), mm(label.stock().heightMm())));
                    document.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        draw(content, image(document, label, embedded), label, 0, page.getMediaBox().getHeight());
                    }
                }
            } else {
                writeSheets(document, labels, embedded);
            }
            document.save(out);
        }
    }

    private void writeSheets(PDDocument document, List<LabelImage> labels, Map<LabelImage, PDImageXObject> embedded)
            throws IOException {
        for (LabelImage label : labels) {
            double w = label.density().millimetres(label.widthDots());
            double h = label.density().millimetres(label.heightDots());
            if (w > grid.labelWidthMm() + CELL_TOLERANCE_MM || h > grid.labelHeightMm() + CELL_TOLERANCE_MM) {
                throw new IllegalArgumentException("a %.1f x %.1f mm label does not fit the %.1f x %.1f mm cells of %s"
                        .formatted(w, h, grid.labelWidthMm(), grid.labelHeightMm(), grid));
            }
        }
        PDRectangle size = new PDRectangle(mm(grid.pageWidthMm()), mm(grid.pageHeightMm()));
        for (int first = 0; first < labels.size(); first += grid.labelsPerSheet()) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                int last = Math.min(labels.size(), first + grid.labelsPerSheet());
                for (int i = first; i < last; i++) {
                    int cell = i - first;
                    LabelImage label = labels.get(i);
                    float left = mm(grid.cellLeftMm(cell % grid.columns()));
                    float top = size.getHeight() - mm(grid.cellTopMm(cell / grid.columns()));
                    draw(content, image(document, label, embedded), label, left, top);
                }
            }
        }
    }

    /** Draws the label at its physical size with its top-left corner at ({@code left}, {@code top}) in points. */
    private static void draw(PDPageContentStream content, PDImageXObject image, LabelImage label, float left, float top)
            throws IOException {
        float width = mm(label.density().millimetres(label.widthDots()));
        float height = mm(label.density().millimetres(label.heightDots()));
        content.drawImage(image, left, top - height, width, height);
    }

    private static PDImageXObject image(PDDocument document, LabelImage label, Map<LabelImage, PDImageXObject> cache)
            throws IOException {
        PDImageXObject existing = cache.get(label);
        if (existing != null) {
            return existing;
        }
        byte[] bits = label.packedRows();
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (byte) ~bits[i];
        }
        ByteArrayOutputStream flate = new ByteArrayOutputStream(bits.length / 4 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream zip = new DeflaterOutputStream(flate, deflater)) {
            zip.write(bits);
        } finally {
            deflater.end();
        }
        PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(flate.toByteArray()),
                COSName.FLATE_DECODE, label.widthDots(), label.heightDots(), 1, PDDeviceGray.INSTANCE);
        image.setInterpolate(false);
        cache.put(label, image);
        return image;
    }

    static float mm(double millimetres) {
        return (float) (millimetres * POINTS_PER_MM);
    }
}

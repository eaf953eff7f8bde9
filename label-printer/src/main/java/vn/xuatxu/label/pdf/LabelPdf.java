package vn.xuatxu.label.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import vn.xuatxu.label.layout.LabelImage;

/**
 * Rendered labels as a PDF, for people who print from a browser, an office printer or a print shop.
 *
 * <p>Why a PDF of images rather than of text: the label is already a verified 1-bit bitmap. It is
 * embedded losslessly (1 bit per dot, Flate-compressed, no interpolation) at its true physical
 * size — one dot is 1/203 or 1/300 inch — so what prints is exactly the bitmap whose QR code was
 * decoded back, and a thermal printer driver that receives the PDF at its own resolution maps
 * dot for dot. Print it at "actual size" (100 %), never "fit to page".
 *
 * <p>Two shapes:
 * <ul>
 *   <li>{@link #pagePerLabel()}: one page per label, the page exactly the label stock's size — for
 *       label printers driven by a normal (CUPS or Windows) driver;</li>
 *   <li>{@link #sheets(SheetGrid)}: labels in a grid on A4 (or any) pages — for office printers,
 *       on plain paper or pre-cut label sheets; {@code sheets(SheetGrid.a4(stock))} for the default.</li>
 * </ul>
 * Identical label objects passed several times (copies) are embedded once and drawn many times.
 * Instances are immutable and thread-safe.
 */
public interface LabelPdf {

    /** One label per page; each page is the size of its label's stock. */
    static LabelPdf pagePerLabel() {
        return new PdfBoxLabelPdf(null);
    }

    /** Labels row by row on sheets laid out by {@code grid}; the last sheet may be partly empty. */
    static LabelPdf sheets(SheetGrid grid) {
        return new PdfBoxLabelPdf(Objects.requireNonNull(grid, "grid"));
    }

    /**
     * Writes the labels, in order, as one PDF document (the stream is not closed).
     *
     * @throws IllegalArgumentException if there are no labels, or a label is larger than a sheet cell
     * @throws IOException              if the stream fails
     */
    void write(List<LabelImage> labels, OutputStream out) throws IOException;

    /** The PDF in memory. */
    default byte[] toBytes(List<LabelImage> labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            write(labels, out);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory PDF writing failed", e);
        }
        return out.toByteArray();
    }
}

package vn.xuatxu.label.layout;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * One rendered label: a 1-bit bitmap of exactly the stock's size in dots, plus what was drawn on
 * it. Immutable and safe to share between threads.
 *
 * <p>Why this shape: every printer language and the web PNG are views of the same bits, so the
 * bitmap whose QR was decoded back is the bitmap that gets printed. The packed form
 * ({@link #packedRows()}) is the one the printer languages share: rows top to bottom,
 * {@link #bytesPerRow()} bytes per row, most significant bit = leftmost dot, bit set = black (burn),
 * padding bits at the end of a row white (0).
 */
public final class LabelImage {

    private final LabelStock stock;
    private final PrintDensity density;
    private final int width;
    private final int height;
    private final byte[] packed;
    private final QrPlacement qr;
    private final List<String> textLines;

    LabelImage(LabelStock stock, PrintDensity density, int width, int height, byte[] packed,
               QrPlacement qr, List<String> textLines) {
        this.stock = Objects.requireNonNull(stock);
        this.density = Objects.requireNonNull(density);
        this.width = width;
        this.height = height;
        if (packed.length != bytesPerRow(width) * height) {
            throw new IllegalArgumentException("packed raster has " + packed.length + " bytes, expected "
                    + bytesPerRow(width) * height);
        }
        this.packed = packed.clone();
        clearPadding(this.packed, width, height);
        this.qr = Objects.requireNonNull(qr);
        this.textLines = List.copyOf(textLines);
    }

    /**
     * Reads a label PNG as written by {@link #toPng()} — for example a label rendered by the server
     * and pushed to a print agent, which then encodes it in its printer's language.
     *
     * <p>Density comes from the PNG's {@code pHYs} chunk and the stock from the size in dots; the
     * QR code is located and decoded, so an image without a scannable code is refused here rather
     * than printed. {@link #textLines()} is empty (the text is not read back).
     *
     * @throws IllegalArgumentException if it is not a 1-bit label PNG of a known stock and density,
     *                                  or its QR code cannot be read
     */
    public static LabelImage fromPng(byte[] png) {
        return LabelPngReader.read(png);
    }

    public LabelStock stock() {
        return stock;
    }

    public PrintDensity density() {
        return density;
    }

    public int widthDots() {
        return width;
    }

    public int heightDots() {
        return height;
    }

    /** Bytes per packed row: {@code ceil(widthDots / 8)}. */
    public int bytesPerRow() {
        return bytesPerRow(width);
    }

    /** Whether the dot at column {@code x}, row {@code y} is burnt. */
    public boolean isBlack(int x, int y) {
        Objects.checkIndex(x, width);
        Objects.checkIndex(y, height);
        return (packed[y * bytesPerRow() + (x >>> 3)] & (0x80 >>> (x & 7))) != 0;
    }

    /**
     * A copy of the packed raster: row-major from the top, MSB = leftmost dot, 1 = black, padding
     * bits 0. This is what ZPL {@code ^GF} and ESC/POS {@code GS v 0} expect; TSPL wants it inverted.
     */
    public byte[] packedRows() {
        return packed.clone();
    }

    /** Where the QR symbol is, its module size and error-correction level. */
    public QrPlacement qr() {
        return qr;
    }

    /**
     * The text lines printed, top to bottom, as drawn (shortened lines end with "…"). Useful as
     * alternative text for the image and for audit.
     */
    public List<String> textLines() {
        return textLines;
    }

    /** A new {@code TYPE_BYTE_BINARY} image (black and white palette) with these bits. */
    public BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        // TYPE_BYTE_BINARY stores palette indices with 0 = black, 1 = white: invert.
        for (int i = 0; i < packed.length; i++) {
            target[i] = (byte) ~packed[i];
        }
        return image;
    }

    /** The label as a 1-bit PNG with the print density in its {@code pHYs} chunk. */
    public byte[] toPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            writePng(out);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory PNG encoding failed", e);
        }
        return out.toByteArray();
    }

    /** Writes {@link #toPng()} to a stream (not closed). */
    public void writePng(OutputStream out) throws IOException {
        PngEncoder.write(toBufferedImage(), density, out);
    }

    @Override
    public String toString() {
        return "LabelImage[" + stock + ", " + density.dpi() + " dpi, " + width + "x" + height + " dots, " + qr + "]";
    }

    static int bytesPerRow(int width) {
        return (width + 7) >>> 3;
    }

    private static void clearPadding(byte[] packed, int width, int height) {
        int spare = bytesPerRow(width) * 8 - width;
        if (spare == 0) {
            return;
        }
        byte keep = (byte) (0xFF << spare);
        int stride = bytesPerRow(width);
        for (int y = 0; y < height; y++) {
            packed[y * stride + stride - 1] &= keep;
        }
    }
}

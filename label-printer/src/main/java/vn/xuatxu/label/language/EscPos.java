package vn.xuatxu.label.language;

import java.io.ByteArrayOutputStream;
import vn.xuatxu.label.layout.LabelImage;

/**
 * ESC/POS raster for receipt printers used as label printers at market stalls: {@code GS v 0}
 * bitmaps, 1 bit = burn, most significant bit leftmost.
 *
 * <p>{@code GS v 0} is what clones support reliably (Epson's newer {@code GS ( L} is not). The
 * image is sent in horizontal bands of at most {@value #MAX_BAND_ROWS} rows because some models
 * cap the rows per command. Receipt printers have no gap sensor, so the label length is the
 * bitmap's height; a feed and optional partial cut separate labels.
 *
 * @param cut whether to feed to the cutter and partial-cut after each copy (models without a
 *            cutter ignore it or just feed)
 */
public record EscPos(boolean cut) implements PrinterLanguage {

    /** Rows per {@code GS v 0} command. */
    static final int MAX_BAND_ROWS = 255;
    private static final byte ESC = 0x1B;
    private static final byte GS = 0x1D;

    @Override
    public String shortName() {
        return "escpos";
    }

    @Override
    public byte[] encode(LabelImage label, int copies) {
        PrinterLanguage.checkCopies(copies);
        byte[] bits = label.packedRows();
        int stride = label.bytesPerRow();
        int height = label.heightDots();
        ByteArrayOutputStream job = new ByteArrayOutputStream((bits.length + 64) * copies);
        job.write(ESC);
        job.write('@');
        for (int copy = 0; copy < copies; copy++) {
            for (int top = 0; top < height; top += MAX_BAND_ROWS) {
                int rows = Math.min(MAX_BAND_ROWS, height - top);
                job.writeBytes(new byte[] {GS, 'v', '0', 0,
                        (byte) (stride & 0xFF), (byte) (stride >>> 8),
                        (byte) (rows & 0xFF), (byte) (rows >>> 8)});
                job.write(bits, top * stride, rows * stride);
            }
            if (cut) {
                job.writeBytes(new byte[] {GS, 'V', 66, 0});
            } else {
                job.writeBytes(new byte[] {ESC, 'd', 4});
            }
        }
        return job.toByteArray();
    }
}

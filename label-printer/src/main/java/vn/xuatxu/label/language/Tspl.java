package vn.xuatxu.label.language;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import vn.xuatxu.label.layout.LabelImage;

/**
 * TSPL/TSPL2 (TSC, Xprinter, Gprinter, iDPRT and most low-cost label printers): the label as one
 * {@code BITMAP} in overwrite mode.
 *
 * <p>TSPL's bitmap polarity is the reverse of ZPL and ESC/POS — a 0 bit burns a dot — so the
 * packed raster is inverted and row padding is set to 1 (white); getting this wrong prints a
 * solid black label. Data is raw binary, no compression (clones do not agree on the compressed
 * modes).
 *
 * @param gapMm gap between die-cut labels in mm; ignored (0) for continuous stock
 */
public record Tspl(double gapMm) implements PrinterLanguage {

    private static final String CRLF = "\r\n";

    public Tspl {
        if (!(gapMm >= 0 && gapMm <= 20)) {
            throw new IllegalArgumentException("gap must be 0–20 mm, was " + gapMm);
        }
    }

    @Override
    public String shortName() {
        return "tspl";
    }

    @Override
    public byte[] encode(LabelImage label, int copies) {
        PrinterLanguage.checkCopies(copies);
        byte[] bits = label.packedRows();
        int stride = label.bytesPerRow();
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (byte) ~bits[i];
        }
        // Inverting turned the white padding bits into 1 already: 1 = blank in TSPL.
        double gap = label.stock().continuous() ? 0 : gapMm;
        ByteArrayOutputStream job = new ByteArrayOutputStream(bits.length + 256);
        ascii(job, "SIZE " + mm(label.stock().widthMm()) + " mm," + mm(label.stock().heightMm()) + " mm" + CRLF);
        ascii(job, "GAP " + mm(gap) + " mm,0 mm" + CRLF);
        ascii(job, "DIRECTION 1,0" + CRLF);
        ascii(job, "CLS" + CRLF);
        ascii(job, "BITMAP 0,0," + stride + "," + label.heightDots() + ",0,");
        job.writeBytes(bits);
        ascii(job, CRLF);
        ascii(job, "PRINT 1," + copies + CRLF);
        return job.toByteArray();
    }

    private static String mm(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}

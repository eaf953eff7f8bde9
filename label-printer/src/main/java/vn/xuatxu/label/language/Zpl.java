package vn.xuatxu.label.language;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import vn.xuatxu.label.layout.LabelImage;

/**
 * ZPL II (Zebra and the many printers that emulate it): the label as one {@code ^GFA} graphic field.
 *
 * <p>Z64 is the default because it cuts a 50x30 mm label from 24 KB of hex to under 2 KB, which
 * matters on Bluetooth and serial links. Its CRC must be CRC-16/XMODEM over the base64 text:
 * printers silently print nothing when it is wrong. {@link GraphicEncoding#HEX} exists for old
 * firmware and for reading jobs by eye.
 *
 * @param encoding how the bitmap is written inside {@code ^GFA}
 */
public record Zpl(GraphicEncoding encoding) implements PrinterLanguage {

    /** How the graphic data is encoded. */
    public enum GraphicEncoding {
        /** {@code :Z64:} zlib-compressed, base64, with CRC-16/XMODEM of the base64 text. */
        Z64,
        /** Two uppercase hex digits per byte, uncompressed. */
        HEX
    }

    public Zpl {
        Objects.requireNonNull(encoding, "encoding");
    }

    @Override
    public String shortName() {
        return "zpl";
    }

    @Override
    public byte[] encode(LabelImage label, int copies) {
        PrinterLanguage.checkCopies(copies);
        byte[] bits = label.packedRows();
        int total = bits.length;
        String data = switch (encoding) {
            case Z64 -> z64(bits);
            case HEX -> HexFormat.of().withUpperCase().formatHex(bits);
        };
        StringBuilder job = new StringBuilder(data.length() + 128);
        job.append("^XA\n");
        if (label.stock().continuous()) {
            job.append("^MNN\n");
        }
        job.append("^PW").append(label.widthDots()).append('\n');
        job.append("^LL").append(label.heightDots()).append('\n');
        job.append("^LH0,0\n");
        job.append("^FO0,0^GFA,").append(total).append(',').append(total).append(',')
                .append(label.bytesPerRow()).append(',').append(data).append("^FS\n");
        job.append("^PQ").append(copies).append('\n');
        job.append("^XZ\n");
        return job.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static String z64(byte[] bits) {
        byte[] zlib = zlib(bits);
        byte[] base64 = Base64.getEncoder().encode(zlib);
        int crc = crc16Xmodem(base64);
        char[] hex = new char[4];
        for (int i = 0; i < 4; i++) {
            hex[i] = Character.toUpperCase(Character.forDigit((crc >>> (12 - 4 * i)) & 0xF, 16));
        }
        return ":Z64:" + new String(base64, StandardCharsets.US_ASCII) + ":" + new String(hex);
    }

    /**
     * A zlib stream (RFC 1950) of the bitmap: the header {@code 78 9C}, deflate at its fastest level, Adler-32.
     *
     * <p>Why the fastest level: deflate was half of the time of a ZPL label once the QR mask search got fast;
     * level 1 takes about half the time of the default level for a stream about 12 % larger (3.3 KB instead of
     * 2.9 KB for a 50x30 mm unit label), which no printer link notices. Why this header: it is the one Zebra's
     * own tools write (base64 "eJ…") and the form known to work on printers; RFC 1950 says the level bits in
     * it are informational only and not used by the decompressor, so the body may come from any level.
     */
    static byte[] zlib(byte[] bits) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        byte[] out = new byte[bits.length / 3 + 64];
        out[0] = 0x78;
        out[1] = (byte) 0x9C;
        int length = 2;
        try {
            deflater.setInput(bits);
            deflater.finish();
            while (!deflater.finished()) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                length += deflater.deflate(out, length, out.length - length);
            }
        } finally {
            deflater.end();
        }
        Adler32 adler = new Adler32();
        adler.update(bits);
        long sum = adler.getValue();
        out = Arrays.copyOf(out, length + 4);
        for (int i = 0; i < 4; i++) {
            out[length + i] = (byte) (sum >>> (24 - 8 * i));
        }
        return out;
    }

    /** CRC-16/XMODEM: polynomial 0x1021, initial 0, not reflected, no final XOR; a byte at a time by table. */
    static int crc16Xmodem(byte[] data) {
        int crc = 0;
        for (byte b : data) {
            crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 8) ^ b) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }

    /** CRC-16/XMODEM of each single byte value: a constant, computed bit by bit once. */
    private static final int[] CRC_TABLE = crcTable();

    private static int[] crcTable() {
        int[] table = new int[256];
        for (int n = 0; n < 256; n++) {
            int crc = n << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
            table[n] = crc;
        }
        return table;
    }
}

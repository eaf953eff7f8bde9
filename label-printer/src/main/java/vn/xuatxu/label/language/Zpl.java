package vn.xuatxu.label.language;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
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
        // Default level, like Zebra's own tools (stream starts 0x78 0x9C, base64 "eJ"): the form known to work on printers.
        Deflater deflater = new Deflater();
        byte[] zlib = new byte[bits.length / 4 + 64];
        int length = 0;
        try {
            deflater.setInput(bits);
            deflater.finish();
            while (!deflater.finished()) {
                if (length == zlib.length) {
                    zlib = Arrays.copyOf(zlib, zlib.length * 2);
                }
                length += deflater.deflate(zlib, length, zlib.length - length);
            }
        } finally {
            deflater.end();
        }
        byte[] base64 = Base64.getEncoder().encode(Arrays.copyOf(zlib, length));
        int crc = crc16Xmodem(base64);
        char[] hex = new char[4];
        for (int i = 0; i < 4; i++) {
            hex[i] = Character.toUpperCase(Character.forDigit((crc >>> (12 - 4 * i)) & 0xF, 16));
        }
        return ":Z64:" + new String(base64, StandardCharsets.US_ASCII) + ":" + new String(hex);
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

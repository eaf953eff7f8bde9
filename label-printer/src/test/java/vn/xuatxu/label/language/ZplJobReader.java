package vn.xuatxu.label.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;

/**
 * Reads a one-graphic ZPL job back into a bitmap, checking what a Zebra printer checks: field
 * counts, Z64 CRC-16/XMODEM over the base64 text, and the inflated size.
 */
public final class ZplJobReader {

    public record Job(DecodedRaster raster, int copies, String text) {
    }

    private static final Pattern GRAPHIC =
            Pattern.compile("\\^FO0,0\\^GFA,(\\d+),(\\d+),(\\d+),([^\\^]*)\\^FS");

    private ZplJobReader() {
    }

    public static Job read(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("^XA"), "job starts with ^XA");
        assertTrue(text.strip().endsWith("^XZ"), "job ends with ^XZ");
        int width = intAfter(text, "^PW");
        int length = intAfter(text, "^LL");
        int copies = intAfter(text, "^PQ");
        Matcher graphic = GRAPHIC.matcher(text);
        assertTrue(graphic.find(), "one ^GFA graphic field");
        int byteCount = Integer.parseInt(graphic.group(1));
        int fieldCount = Integer.parseInt(graphic.group(2));
        int bytesPerRow = Integer.parseInt(graphic.group(3));
        assertEquals(byteCount, fieldCount, "for ^GFA the byte count equals the field count");
        assertEquals((width + 7) / 8, bytesPerRow);
        String data = graphic.group(4).replaceAll("[\\r\\n]", "");
        byte[] bits;
        if (data.startsWith(":Z64:")) {
            String[] parts = data.split(":");
            assertEquals(4, parts.length, "':Z64:<base64>:<crc>'");
            String base64 = parts[2];
            assertTrue(parts[3].matches("[0-9A-F]{4}"), "CRC is exactly four uppercase hex digits");
            assertEquals(crc16Xmodem(base64.getBytes(StandardCharsets.US_ASCII)),
                    Integer.parseInt(parts[3], 16), "Z64 CRC");
            bits = inflate(Base64.getDecoder().decode(base64));
        } else {
            bits = HexFormat.of().parseHex(data);
        }
        assertEquals(byteCount, bits.length, "graphic byte count");
        assertEquals(length, bits.length / bytesPerRow, "rows match ^LL");
        return new Job(new DecodedRaster(width, bits.length / bytesPerRow, bits), copies, text);
    }

    /** Independent of the production code on purpose: table-free bit loop. */
    static int crc16Xmodem(byte[] data) {
        int crc = 0;
        for (byte b : data) {
            for (int bit = 7; bit >= 0; bit--) {
                boolean inBit = ((b >> bit) & 1) == 1;
                boolean top = (crc & 0x8000) != 0;
                crc = (crc << 1) & 0xFFFF;
                if (inBit ^ top) {
                    crc ^= 0x1021;
                }
            }
        }
        return crc;
    }

    private static byte[] inflate(byte[] zlib) throws Exception {
        assertEquals(0x78, zlib[0] & 0xFF, "zlib header (RFC 1950)");
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(zlib);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsInput()) {
                    throw new IllegalStateException("truncated zlib stream");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private static int intAfter(String text, String command) {
        Matcher m = Pattern.compile(Pattern.quote(command) + "(\\d+)").matcher(text);
        assertTrue(m.find(), command + " present");
        return Integer.parseInt(m.group(1));
    }
}

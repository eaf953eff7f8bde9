package vn.xuatxu.api.passport.product.application;

/**
 * Reads the orientation tag (0x0112) from a JPEG's EXIF block: how the phone was held, which the camera
 * records instead of turning the pixels. Anything unreadable counts as 1, "as stored".
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    static int of(byte[] jpeg) {
        try {
            int at = 2;
            while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xFF) {
                int marker = jpeg[at + 1] & 0xff;
                int length = u16(jpeg, at + 2, true);
                if (marker == 0xDA || length < 2) {
                    return 1;
                }
                if (marker == 0xE1 && length >= 14 && ascii(jpeg, at + 4, "Exif\0\0")) {
                    return fromTiff(jpeg, at + 10, at + 2 + length);
                }
                at += 2 + length;
            }
        } catch (IndexOutOfBoundsException e) {
            return 1;
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean big = ascii(b, tiff, "MM");
        if (!big && !ascii(b, tiff, "II")) {
            return 1;
        }
        long ifd = tiff + u32(b, tiff + 4, big);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = u16(b, (int) ifd, big);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, big) == 0x0112) {
                int value = u16(b, entry + 8, big);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static boolean ascii(byte[] b, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (b[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at, boolean big) {
        int first = b[at] & 0xff;
        int second = b[at + 1] & 0xff;
        return big ? first << 8 | second : second << 8 | first;
    }

    private static long u32(byte[] b, int at, boolean big) {
        long high = u16(b, big ? at : at + 2, big);
        long low = u16(b, big ? at + 2 : at, big);
        return high << 16 | low;
    }
}

package vn.xuatxu.label.language;

import java.awt.image.BufferedImage;

/** A bitmap recovered from a printer job: packed rows, 1 = black, MSB = leftmost dot. */
public record DecodedRaster(int widthDots, int heightDots, byte[] packed) {

    public int bytesPerRow() {
        return (widthDots + 7) / 8;
    }

    public boolean isBlack(int x, int y) {
        return (packed[y * bytesPerRow() + (x >>> 3)] & (0x80 >>> (x & 7))) != 0;
    }

    /** What the printer would burn, as an image ZXing can read. */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(widthDots, heightDots, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < heightDots; y++) {
            for (int x = 0; x < widthDots; x++) {
                image.setRGB(x, y, isBlack(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }
}

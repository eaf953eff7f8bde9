package vn.xuatxu.api.passport.product.application;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/** Photos made in code for the photo tests: a red left half and a blue right half, so turns can be seen. */
public final class TestPhotos {

    /** A 40 × 30 WebP (VP8X with an ICC profile) as Chromium encodes it: left half blue, right half red. */
    public static final byte[] WEBP = Base64.getDecoder().decode("UklGRlICAABXRUJQVlA4WAoAAAAgAAAAJwAAHQAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggZAAAAHAEAJ0BKigAHgA+bSySRaQioZgEAEAGxKAHZA/CujAVf/uAAF7zBn9qjJgAAP7hw3//43gCxJ3if//mCZxtD4SLAIc95oZddpFLzQy7ZWuP8U7iL/IIT+KdxF/kJaebbCiAAAA=");

    private TestPhotos() {
    }

    /** A picture {@code width} × {@code height}, left half red, right half blue. */
    public static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JPEG as a phone held upright writes it: pixels stored sideways and an EXIF block saying "turn 90°
     * clockwise" (orientation 6), with a camera model that must not survive resizing.
     */
    public static byte[] sidewaysPhoneJpeg(int storedWidth, int storedHeight) {
        byte[] jpeg = encode(halves(storedWidth, storedHeight), "jpeg");
        byte[] model = "XuatXuTestCam\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        tiff.writeBytes(new byte[] {0, 2});                                      // two entries
        tiff.writeBytes(new byte[] {0x01, 0x10, 0, 2, 0, 0, 0, (byte) model.length, 0, 0, 0, 38}); // Model, ASCII
        tiff.writeBytes(new byte[] {0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0});  // Orientation = 6
        tiff.writeBytes(new byte[] {0, 0, 0, 0});                                // no next IFD
        tiff.writeBytes(model);                                                  // at offset 8 + 2 + 24 + 4 = 38
        byte[] exif = tiff.toByteArray();
        int length = 2 + 6 + exif.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeBytes(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}

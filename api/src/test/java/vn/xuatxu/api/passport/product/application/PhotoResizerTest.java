package vn.xuatxu.api.passport.product.application;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.problem.ProblemException;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhotoResizerTest {

    @Test
    void aBigPngBecomesA1200And320PixelJpeg() throws IOException {
        PhotoResizer.Resized resized = PhotoResizer.resize(TestPhotos.encode(TestPhotos.halves(3000, 2000), "png"));
        assertEquals(1200, resized.large().width());
        assertEquals(800, resized.large().height());
        assertEquals(320, resized.thumbnail().width());
        assertEquals(213, resized.thumbnail().height());
        BufferedImage large = read(resized.large().jpeg());
        assertEquals(1200, large.getWidth());
        assertTrue(isRed(large.getRGB(100, 400)) && isBlue(large.getRGB(1100, 400)), "the picture survives resizing");
        assertEquals(320, read(resized.thumbnail().jpeg()).getWidth());
    }

    @Test
    void aSmallPhotoIsNotEnlarged() {
        PhotoResizer.Resized resized = PhotoResizer.resize(TestPhotos.encode(TestPhotos.halves(200, 100), "png"));
        assertEquals(200, resized.large().width());
        assertEquals(200, resized.thumbnail().width());
    }

    @Test
    void thePhoneOrientationIsAppliedAndCameraMetadataDropped() throws IOException {
        byte[] upload = TestPhotos.sidewaysPhoneJpeg(1600, 1200);
        assertEquals(6, ExifOrientation.of(upload));
        assertTrue(contains(upload, "XuatXuTestCam"));
        PhotoResizer.Resized resized = PhotoResizer.resize(upload);
        assertEquals(900, resized.large().width(), "turned upright: portrait");
        assertEquals(1200, resized.large().height());
        BufferedImage large = read(resized.large().jpeg());
        assertTrue(isRed(large.getRGB(450, 100)) && isBlue(large.getRGB(450, 1100)),
                "turned clockwise, the stored left half (red) is on top");
        assertFalse(contains(resized.large().jpeg(), "Exif") || contains(resized.large().jpeg(), "XuatXuTestCam"));
        assertFalse(contains(resized.thumbnail().jpeg(), "Exif"));
    }

    @Test
    void webpIsRead() throws IOException {
        PhotoResizer.Resized resized = PhotoResizer.resize(TestPhotos.WEBP);
        assertEquals(40, resized.large().width());
        assertEquals(30, resized.large().height());
        BufferedImage large = read(resized.large().jpeg());
        assertTrue(isBlue(large.getRGB(5, 15)) && isRed(large.getRGB(35, 15)));
    }

    @Test
    void anythingButAnImageIsRefusedInVietnamese() {
        ProblemException.InvalidInput pdf = assertThrows(ProblemException.InvalidInput.class,
                () -> PhotoResizer.resize("%PDF-1.7 not a photo".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("photo", pdf.field());
        assertTrue(pdf.getMessage().contains("Chỉ nhận ảnh JPEG, PNG hoặc WebP"), pdf.getMessage());
        byte[] png = TestPhotos.encode(TestPhotos.halves(400, 300), "png");
        ProblemException.InvalidInput cut = assertThrows(ProblemException.InvalidInput.class,
                () -> PhotoResizer.resize(Arrays.copyOf(png, 60)));
        assertTrue(cut.getMessage().contains("Không đọc được ảnh"), cut.getMessage());
    }

    @Test
    void aPngClaimingGiantSizeIsRefusedBeforeDecoding() {
        byte[] png = TestPhotos.encode(TestPhotos.halves(10, 10), "png");
        // IHDR width and height (bytes 16–23) set to 20000 × 20000; the CRC no longer matters to the size check.
        byte[] giant = png.clone();
        int size = 20_000;
        for (int i = 0; i < 2; i++) {
            giant[16 + 4 * i] = (byte) (size >>> 24);
            giant[17 + 4 * i] = (byte) (size >>> 16);
            giant[18 + 4 * i] = (byte) (size >>> 8);
            giant[19 + 4 * i] = (byte) size;
        }
        ProblemException.InvalidInput refused = assertThrows(ProblemException.InvalidInput.class,
                () -> PhotoResizer.resize(giant));
        assertTrue(refused.getMessage().contains("Ảnh quá lớn") || refused.getMessage().contains("Không đọc được ảnh"),
                refused.getMessage());
    }

    private static BufferedImage read(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getBlue() < 80;
    }

    private static boolean isBlue(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 180 && c.getRed() < 80;
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}

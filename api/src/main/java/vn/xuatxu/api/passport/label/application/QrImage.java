package vn.xuatxu.api.passport.label.application;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A bare QR code as a small black-and-white PNG, for the sheet of blank-lot labels a producer prints from
 * the phone's browser: no lot, no date, so the label module's full layout (which requires both) does not apply.
 */
public final class QrImage {

    private static final int SCALE = 4;
    private static final int QUIET_ZONE = 4;

    private QrImage() {
    }

    /** The payload as a QR code at error correction M, 4 pixels a module, with the standard quiet zone. */
    public static byte[] png(String payload) {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(payload, ErrorCorrectionLevel.M, Map.<EncodeHintType, Object>of()).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("The link does not fit a QR code: " + payload, e);
        }
        int size = (matrix.getWidth() + 2 * QUIET_ZONE) * SCALE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int mx = x / SCALE - QUIET_ZONE;
                int my = y / SCALE - QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my) == 1;
                image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

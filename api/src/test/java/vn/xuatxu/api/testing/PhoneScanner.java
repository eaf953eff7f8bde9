package vn.xuatxu.api.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a label's QR code the way a phone's scanner does: the label lies on a white surface, and the
 * scanner tries several frames (scales, thresholding methods) before giving up. A single ZXing pass over
 * a whole label with text beside the symbol misses now and then, which would make tests flaky without
 * saying anything about whether a real phone can read the label; failing every one of these attempts does.
 */
public final class PhoneScanner {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
    private static final List<Function<LuminanceSource, BinaryBitmap>> BINARIZERS = List.of(
            source -> new BinaryBitmap(new HybridBinarizer(source)),
            source -> new BinaryBitmap(new GlobalHistogramBinarizer(source)));
    private static final double[] SCALES = {1.0, 0.75, 0.5, 1.5};

    private PhoneScanner() {
    }

    /** The text of the QR code on the label, or NotFoundException when no attempt reads it. */
    public static String read(BufferedImage label) throws NotFoundException {
        BufferedImage onWhite = onWhiteMargin(label);
        MultiFormatReader reader = new MultiFormatReader();
        for (double scale : SCALES) {
            LuminanceSource source = new BufferedImageLuminanceSource(scaled(onWhite, scale));
            for (Function<LuminanceSource, BinaryBitmap> binarizer : BINARIZERS) {
                try {
                    return reader.decode(binarizer.apply(source), HINTS).getText();
                } catch (ReaderException missed) {
                    reader.reset();
                }
            }
        }
        throw NotFoundException.getNotFoundInstance();
    }

    private static BufferedImage onWhiteMargin(BufferedImage label) {
        int margin = Math.max(40, Math.min(label.getWidth(), label.getHeight()) / 10);
        BufferedImage framed = new BufferedImage(label.getWidth() + 2 * margin, label.getHeight() + 2 * margin,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = framed.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, framed.getWidth(), framed.getHeight());
        graphics.drawImage(label, margin, margin, null);
        graphics.dispose();
        return framed;
    }

    private static BufferedImage scaled(BufferedImage image, double scale) {
        if (scale == 1.0) {
            return image;
        }
        int width = (int) Math.round(image.getWidth() * scale);
        int height = (int) Math.round(image.getHeight() * scale);
        BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = resized.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        return resized;
    }
}

package vn.xuatxu.label.layout;

import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.DecoderResult;
import com.google.zxing.common.DetectorResult;
import com.google.zxing.qrcode.decoder.Decoder;
import com.google.zxing.qrcode.detector.Detector;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * Reads a label PNG back into a {@link LabelImage}: density from {@code pHYs}, stock from the size
 * in dots, and the QR symbol found and decoded with ZXing so that the placement is known and a
 * label whose code does not scan is refused before it is printed.
 */
final class LabelPngReader {

    private LabelPngReader() {
    }

    static LabelImage read(byte[] png) {
        BufferedImage image;
        int dotsPerMetre;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                image = reader.read(0);
                dotsPerMetre = dotsPerMetre(reader.getImageMetadata(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable PNG: " + e.getMessage(), e);
        }
        PrintDensity density = null;
        for (PrintDensity d : PrintDensity.values()) {
            if (Math.abs(d.dotsPerMetre() - dotsPerMetre) <= 2) {
                density = d;
            }
        }
        if (density == null) {
            throw new IllegalArgumentException("the PNG's pHYs says " + dotsPerMetre
                    + " dots per metre; a label PNG has 8000 (203 dpi) or 11811 (300 dpi)");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        LabelStock stock = null;
        for (LabelStock s : LabelStock.values()) {
            if (s.widthDots(density) == width && s.heightDots(density) == height) {
                stock = s;
            }
        }
        if (stock == null) {
            throw new IllegalArgumentException(width + "x" + height + " dots is not a label stock at "
                    + density.dpi() + " dpi");
        }
        int stride = LabelImage.bytesPerRow(width);
        byte[] packed = new byte[stride * height];
        BitMatrix matrix = new BitMatrix(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                boolean opaque = (rgb >>> 24) >= 128;
                if (opaque && grey != 0 && grey != 255) {
                    throw new IllegalArgumentException("grey dot at " + x + "," + y
                            + ": a label PNG is pure black and white");
                }
                if (opaque && grey == 0) {
                    packed[y * stride + (x >>> 3)] |= (byte) (0x80 >>> (x & 7));
                    matrix.set(x, y);
                }
            }
        }
        return new LabelImage(stock, density, width, height, packed, locateQr(matrix), List.of());
    }

    private static QrPlacement locateQr(BitMatrix matrix) {
        try {
            DetectorResult detected = new Detector(matrix).detect(Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            DecoderResult decoded = new Decoder().decode(detected.getBits());
            int modules = detected.getBits().getHeight();
            ResultPoint[] finders = detected.getPoints();
            ResultPoint topLeft = finders[1];
            ResultPoint topRight = finders[2];
            double moduleSize = ResultPoint.distance(topLeft, topRight) / (modules - 7);
            int moduleDots = (int) Math.round(moduleSize);
            int x = (int) Math.round(topLeft.getX() - 3.5 * moduleSize);
            int y = (int) Math.round(topLeft.getY() - 3.5 * moduleSize);
            QrErrorCorrection level;
            try {
                level = QrErrorCorrection.valueOf(decoded.getECLevel());
            } catch (IllegalArgumentException low) {
                throw new IllegalArgumentException("the label's QR code uses error correction "
                        + decoded.getECLevel() + "; labels need M or higher");
            }
            return new QrPlacement(x, y, moduleDots, modules, (modules - 17) / 4, level);
        } catch (NotFoundException | FormatException | ChecksumException e) {
            throw new IllegalArgumentException("no readable QR code on the label image", e);
        }
    }

    private static int dotsPerMetre(IIOMetadata metadata) {
        Node root = metadata.getAsTree("javax_imageio_png_1.0");
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals("pHYs")) {
                Node unit = n.getAttributes().getNamedItem("unitSpecifier");
                if (unit != null && unit.getNodeValue().equals("meter")) {
                    return Integer.parseInt(n.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
                }
            }
        }
        throw new IllegalArgumentException("the PNG has no pHYs chunk in dots per metre, so its print density is unknown");
    }
}

package vn.xuatxu.api.passport.product.application;

import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Turns a photo as a phone uploads it into the two JPEGs the platform serves: the long side at most
 * {@value #LARGE} px for the full view and {@value #THUMBNAIL} px for pages. The format is decided from the
 * file's first bytes (JPEG, PNG, WebP), never from its name; a JPEG's EXIF orientation is applied; the
 * output is encoded afresh, so no camera metadata (GPS position, device, time) leaves the server. Huge
 * images are decoded subsampled, so a 50-megapixel photo never needs its full size in memory.
 */
final class PhotoResizer {

    static final int LARGE = 1200;
    static final int THUMBNAIL = 320;
    static final long MAX_PIXELS = 60_000_000L;

    /** One encoded JPEG and its size in pixels. */
    record Rendition(byte[] jpeg, int width, int height) {
    }

    /** Both renditions of one photo. */
    record Resized(Rendition large, Rendition thumbnail) {
    }

    private PhotoResizer() {
    }

    /** The image format of {@code content} by its signature: {@code jpeg}, {@code png} or {@code webp}. */
    static Optional<String> formatOf(byte[] c) {
        if (c.length > 3 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xD8 && (c[2] & 0xff) == 0xFF) {
            return Optional.of("jpeg");
        }
        if (c.length > 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
            return Optional.of("png");
        }
        if (c.length > 12 && c[0] == 'R' && c[1] == 'I' && c[2] == 'F' && c[3] == 'F'
                && c[8] == 'W' && c[9] == 'E' && c[10] == 'B' && c[11] == 'P') {
            return Optional.of("webp");
        }
        return Optional.empty();
    }

    static Resized resize(byte[] content) {
        String format = formatOf(content).orElseThrow(() -> new ProblemException.InvalidInput("photo",
                PageText.of("product.error.photoNotImage")));
        BufferedImage decoded = decode(content, format);
        int orientation = format.equals("jpeg") ? ExifOrientation.of(content) : 1;
        BufferedImage upright = upright(decoded, orientation);
        BufferedImage large = scaled(upright, LARGE);
        BufferedImage thumbnail = scaled(large, THUMBNAIL);
        return new Resized(encode(large, 0.85f), encode(thumbnail, 0.8f));
    }

    private static BufferedImage decode(byte[] content, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new ProblemException.InvalidInput("photo", PageText.of("product.error.photoFormat", format.toUpperCase()));
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > MAX_PIXELS) {
                throw new ProblemException.InvalidInput("photo", PageText.of("product.error.photoPixels", width, height));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, Math.max(width, height) / (2L * LARGE));
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                throw new IOException("empty image");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw new ProblemException.InvalidInput("photo", PageText.of("product.error.photoUnreadable"));
        } finally {
            reader.dispose();
        }
    }

    /** Applies an EXIF orientation (1–8) and flattens transparency onto white, as a JPEG has no alpha. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5 && orientation <= 8;
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        BufferedImage result = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, result.getWidth(), result.getHeight());
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    /** Scales down so the long side is at most {@code longSide}, halving first for quality; never enlarges. */
    private static BufferedImage scaled(BufferedImage image, int longSide) {
        BufferedImage current = image;
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= longSide) {
            return image;
        }
        double ratio = (double) longSide / longest;
        int targetWidth = Math.max(1, (int) Math.round(image.getWidth() * ratio));
        int targetHeight = Math.max(1, (int) Math.round(image.getHeight() * ratio));
        int w = current.getWidth();
        int h = current.getHeight();
        do {
            w = Math.max(targetWidth, w / 2);
            h = Math.max(targetHeight, h / 2);
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (w != targetWidth || h != targetHeight);
        return current;
    }

    private static Rendition encode(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("A photo could not be encoded", e);
        } finally {
            writer.dispose();
        }
        return new Rendition(bytes.toByteArray(), image.getWidth(), image.getHeight());
    }
}

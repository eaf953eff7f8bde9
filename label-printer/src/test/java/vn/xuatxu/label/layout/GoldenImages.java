package vn.xuatxu.label.layout;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Bit-exact comparison of rendered labels with PNGs stored under {@code src/test/resources/golden/}.
 *
 * <p>On a mismatch it writes {@code target/golden/<name>.actual.png} and {@code <name>.diff.png}
 * (black: both, red: only in the actual label, blue: only in the golden one) and fails with the
 * number of differing dots and where they are. Run with {@code -Dgolden.update=true} to rewrite
 * the goldens from the current rendering (then look at them before committing).
 */
final class GoldenImages {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    static final Path OUTPUT = Path.of("target", "golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private GoldenImages() {
    }

    static void assertMatches(String name, LabelImage actual) throws IOException {
        Path golden = GOLDEN.resolve(name + ".png");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, actual.toPng());
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden image " + golden.toAbsolutePath() + "; create it with -Dgolden.update=true");
        }
        BufferedImage expected = ImageIO.read(golden.toFile());
        String difference = compare(expected, actual);
        if (difference == null) {
            return;
        }
        Files.createDirectories(OUTPUT);
        Path actualFile = OUTPUT.resolve(name + ".actual.png");
        Path diffFile = OUTPUT.resolve(name + ".diff.png");
        Files.write(actualFile, actual.toPng());
        ImageIO.write(diff(expected, actual), "png", diffFile.toFile());
        fail(name + ": " + difference + ".\n  golden: " + golden.toAbsolutePath() + "\n  actual: "
                + actualFile.toAbsolutePath() + "\n  diff:   " + diffFile.toAbsolutePath()
                + " (red = only in actual, blue = only in golden)\n  If the change is intended, regenerate with "
                + "-Dgolden.update=true and review the new PNGs.");
    }

    /** Null when identical, else a description of the difference. */
    static String compare(BufferedImage expected, LabelImage actual) {
        if (expected.getWidth() != actual.widthDots() || expected.getHeight() != actual.heightDots()) {
            return "size differs: golden " + expected.getWidth() + "x" + expected.getHeight() + " dots, actual "
                    + actual.widthDots() + "x" + actual.heightDots();
        }
        int count = 0;
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        List<String> first = new ArrayList<>();
        for (int y = 0; y < actual.heightDots(); y++) {
            for (int x = 0; x < actual.widthDots(); x++) {
                boolean goldenBlack = (expected.getRGB(x, y) & 0xFFFFFF) == 0;
                if (goldenBlack != actual.isBlack(x, y)) {
                    count++;
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                    if (first.size() < 5) {
                        first.add("(" + x + "," + y + (goldenBlack ? " black→white" : " white→black") + ")");
                    }
                }
            }
        }
        if (count == 0) {
            return null;
        }
        QrPlacement qr = actual.qr();
        int quiet = QrPlacement.QUIET_ZONE_MODULES * qr.moduleDots();
        java.awt.Rectangle qrBlock = new java.awt.Rectangle(qr.x() - quiet, qr.y() - quiet, qr.blockDots(), qr.blockDots());
        java.awt.Rectangle changed = new java.awt.Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
        String where = qrBlock.contains(changed) ? "inside the QR block" : qrBlock.intersects(changed)
                ? "in the QR block and the text" : "outside the QR block";
        return count + " of " + actual.widthDots() * actual.heightDots() + " dots differ, within x " + minX + "–"
                + maxX + ", y " + minY + "–" + maxY + " (" + where + "); first: " + String.join(" ", first);
    }

    private static BufferedImage diff(BufferedImage expected, LabelImage actual) {
        int w = Math.max(expected.getWidth(), actual.widthDots());
        int h = Math.max(expected.getHeight(), actual.heightDots());
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean g = x < expected.getWidth() && y < expected.getHeight() && (expected.getRGB(x, y) & 0xFFFFFF) == 0;
                boolean a = x < actual.widthDots() && y < actual.heightDots() && actual.isBlack(x, y);
                out.setRGB(x, y, g && a ? 0x000000 : a ? 0xE00000 : g ? 0x0040FF : 0xFFFFFF);
            }
        }
        return out;
    }
}

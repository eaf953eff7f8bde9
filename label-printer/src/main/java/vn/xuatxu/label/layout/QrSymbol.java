package vn.xuatxu.label.layout;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.Map;
import java.util.Optional;

/**
 * A QR symbol as a square grid of modules, the smallest version that holds the payload at one
 * error-correction level. No character-set hint: the payload is ASCII, and a UTF-8 hint would add
 * an ECI segment that some older readers mishandle.
 */
final class QrSymbol {

    private final boolean[] dark;
    private final int modules;
    private final int version;
    private final QrErrorCorrection errorCorrection;

    private QrSymbol(boolean[] dark, int modules, int version, QrErrorCorrection errorCorrection) {
        this.dark = dark;
        this.modules = modules;
        this.version = version;
        this.errorCorrection = errorCorrection;
    }

    /** The symbol, or empty if the payload exceeds QR capacity at this level. */
    static Optional<QrSymbol> encode(String payload, QrErrorCorrection level) {
        QRCode code;
        try {
            code = Encoder.encode(payload, ErrorCorrectionLevel.valueOf(level.name()),
                    Map.<EncodeHintType, Object>of());
        } catch (WriterException e) {
            return Optional.empty();
        }
        ByteMatrix matrix = code.getMatrix();
        int size = matrix.getWidth();
        boolean[] dark = new boolean[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                dark[y * size + x] = matrix.get(x, y) == 1;
            }
        }
        return Optional.of(new QrSymbol(dark, size, code.getVersion().getVersionNumber(), level));
    }

    int modules() {
        return modules;
    }

    /** Modules across including the quiet zone on both sides. */
    int modulesWithQuietZone() {
        return modules + 2 * QrPlacement.QUIET_ZONE_MODULES;
    }

    int version() {
        return version;
    }

    QrErrorCorrection errorCorrection() {
        return errorCorrection;
    }

    boolean isDark(int x, int y) {
        return dark[y * modules + x];
    }
}

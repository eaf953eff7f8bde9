package vn.xuatxu.label.layout;

import com.google.zxing.WriterException;
import java.util.Optional;

/**
 * A QR symbol as a square grid of modules, the smallest version that holds the payload at one
 * error-correction level. No character-set hint: the payload is ASCII, and a UTF-8 hint would add
 * an ECI segment that some older readers mishandle. Encoded by ZXing, its mask chosen by
 * {@link QrMaskSearch} (the same choice, faster).
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
        QrMaskSearch.Symbol code;
        try {
            code = QrMaskSearch.encode(payload, level);
        } catch (WriterException e) {
            return Optional.empty();
        }
        int size = code.size();
        boolean[] dark = new boolean[size * size];
        for (int i = 0; i < dark.length; i++) {
            dark[i] = code.modules()[i] == 1;
        }
        return Optional.of(new QrSymbol(dark, size, code.version(), level));
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

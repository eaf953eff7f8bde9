package vn.xuatxu.label.layout;

/**
 * Where and how big the QR symbol was drawn on a {@link LabelImage}, in dots.
 *
 * <p>Exposed so that callers (and tests) can check what a scanner will meet: module size in
 * millimetres, error-correction level, and the area to crop for a decode-back check. The quiet
 * zone of {@value #QUIET_ZONE_MODULES} modules around the symbol is guaranteed white and inside
 * the label.
 *
 * @param x               left edge of the symbol (first module), in dots
 * @param y               top edge of the symbol, in dots
 * @param moduleDots      dots per module side, a whole number
 * @param modules         symbol width in modules (21 for version 1, +4 per version)
 * @param version         QR version, 1–40
 * @param errorCorrection error-correction level
 */
public record QrPlacement(int x, int y, int moduleDots, int modules, int version,
                          QrErrorCorrection errorCorrection) {

    /** Quiet zone on every side, in modules, as the QR standard requires. */
    public static final int QUIET_ZONE_MODULES = 4;

    /** Width and height of the symbol without quiet zone, in dots. */
    public int symbolDots() {
        return modules * moduleDots;
    }

    /** Width and height of the symbol with its quiet zone, in dots. */
    public int blockDots() {
        return (modules + 2 * QUIET_ZONE_MODULES) * moduleDots;
    }

    /** Module side in millimetres at the given density. */
    public double moduleMm(PrintDensity density) {
        return density.millimetres(moduleDots);
    }
}

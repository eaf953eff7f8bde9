package vn.xuatxu.label.layout;

/**
 * The label stocks we lay out for. The printable size in dots depends on the
 * {@link PrintDensity}; the layout is computed for that exact size, so the bitmap never needs
 * scaling (scaling blurs QR modules and text).
 *
 * <p>Die-cut stocks are the common OCOP food label sizes. The 58 mm receipt roll is continuous
 * paper whose print head covers only 48 mm; we print it as a 48 x 40 mm label so that receipt
 * printers at market stalls can print the same label as label printers.
 */
public enum LabelStock {
    /** 40 x 30 mm die-cut label. */
    MM_40_X_30(40, 30, false),
    /** 50 x 30 mm die-cut label; the size served by the web API. */
    MM_50_X_30(50, 30, false),
    /** 60 x 40 mm die-cut label. */
    MM_60_X_40(60, 40, false),
    /** 58 mm receipt roll: 48 mm printable width, cut to 40 mm long. */
    RECEIPT_58_MM(48, 40, true);

    private final double widthMm;
    private final double heightMm;
    private final boolean continuous;

    LabelStock(double widthMm, double heightMm, boolean continuous) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.continuous = continuous;
    }

    /** Printable width in millimetres (the whole label for die-cut stock). */
    public double widthMm() {
        return widthMm;
    }

    /** Printable length in millimetres, in the feed direction. */
    public double heightMm() {
        return heightMm;
    }

    /** True for roll paper without gaps: the software decides where a label ends. */
    public boolean continuous() {
        return continuous;
    }

    /**
     * Width in dots. Receipt heads have a fixed number of dots, always a whole number of bytes
     * (384 at 203 dpi), so the continuous stock is rounded down to a multiple of 8.
     */
    public int widthDots(PrintDensity density) {
        if (continuous) {
            return (int) Math.floor(widthMm * density.dotsPerMm() / 8) * 8;
        }
        return density.dots(widthMm);
    }

    /** Length in dots. */
    public int heightDots(PrintDensity density) {
        return density.dots(heightMm);
    }
}

package vn.xuatxu.label.layout;

/**
 * Print-head resolution. Every size on a label is computed in whole dots from this, because a
 * thermal head cannot burn a fraction of a dot.
 *
 * <p>"203 dpi" heads are 8 dots per mm (203.2 dpi) and "300 dpi" heads are 11.81 dots per mm;
 * computing with the head's own dots per mm rather than a rounded dpi keeps a 50 mm label 400
 * dots wide, as the printer expects.
 */
public enum PrintDensity {
    /** 8 dots/mm: cheap TSPL/ZPL desktop printers and 58/80 mm receipt printers. */
    DPI_203(203, 8.0),
    /** 11.81 dots/mm (300 dpi): sharper small text, smaller QR modules. */
    DPI_300(300, 300 / 25.4);

    private final int dpi;
    private final double dotsPerMm;

    PrintDensity(int dpi, double dotsPerMm) {
        this.dpi = dpi;
        this.dotsPerMm = dotsPerMm;
    }

    /** Nominal dots per inch, as printed on the printer's box. */
    public int dpi() {
        return dpi;
    }

    public double dotsPerMm() {
        return dotsPerMm;
    }

    /** A length in millimetres rounded to the nearest whole dot. */
    public int dots(double mm) {
        return (int) Math.round(mm * dotsPerMm);
    }

    /** A number of dots in millimetres. */
    public double millimetres(int dots) {
        return dots / dotsPerMm;
    }

    /** Dots per metre, the unit of the PNG {@code pHYs} chunk (8000 for 203 dpi, 11811 for 300 dpi). */
    public int dotsPerMetre() {
        return (int) Math.round(dotsPerMm * 1000);
    }
}

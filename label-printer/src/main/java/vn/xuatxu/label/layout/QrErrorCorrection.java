package vn.xuatxu.label.layout;

/**
 * QR error-correction levels we print. L (7 %) is deliberately missing: labels get rubbed, wet
 * and refrigerated, and M (15 %) is the floor GS1 and common practice recommend. The layout picks
 * the highest level that still fits the stock with modules of at least 0.33 mm.
 */
public enum QrErrorCorrection {
    /** Recovers about 15 % of the symbol. */
    M,
    /** Recovers about 25 %. */
    Q,
    /** Recovers about 30 %. */
    H
}

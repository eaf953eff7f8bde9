package vn.xuatxu.label.pdf;

import vn.xuatxu.label.layout.LabelStock;

/**
 * Where labels go on a sheet of paper, in millimetres from the top-left corner of the page.
 *
 * <p>Why a record with every measure rather than just "A4": besides plain paper cut with scissors,
 * co-operatives buy pre-cut A4 label sheets whose grid is printed on the packet (e.g. 3 x 8 of
 * 70 x 37 mm, no margins). Any such sheet can be described here; {@link #a4(LabelStock)} gives
 * the default for plain A4 paper.
 *
 * @param pageWidthMm  page width (A4: 210)
 * @param pageHeightMm page height (A4: 297)
 * @param labelWidthMm width of one cell; the label image is drawn at its true size inside it
 * @param labelHeightMm height of one cell
 * @param columns      labels across
 * @param rows         labels down
 * @param leftMm       distance from the left page edge to the first column
 * @param topMm        distance from the top page edge to the first row
 * @param columnGapMm  space between two columns
 * @param rowGapMm     space between two rows
 */
public record SheetGrid(double pageWidthMm, double pageHeightMm, double labelWidthMm, double labelHeightMm,
                        int columns, int rows, double leftMm, double topMm, double columnGapMm, double rowGapMm) {

    /** A4 portrait. */
    public static final double A4_WIDTH_MM = 210;
    public static final double A4_HEIGHT_MM = 297;
    /**
     * Smallest margin on plain paper: office laser and inkjet printers cannot print the outer
     * 3–5 mm of a sheet, so a label closer to the edge would lose its border (or its quiet zone).
     */
    public static final double MIN_MARGIN_MM = 5;
    /** Space between neighbouring labels on plain paper: room for a scissor cut without touching a label. */
    public static final double GAP_MM = 2;

    private static final double TOLERANCE_MM = 1e-6;

    public SheetGrid {
        positive(pageWidthMm, "page width");
        positive(pageHeightMm, "page height");
        positive(labelWidthMm, "label width");
        positive(labelHeightMm, "label height");
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a sheet needs at least one column and one row");
        }
        if (!(leftMm >= 0 && topMm >= 0 && columnGapMm >= 0 && rowGapMm >= 0)) {
            throw new IllegalArgumentException("margins and gaps must not be negative");
        }
        double right = leftMm + columns * labelWidthMm + (columns - 1) * columnGapMm;
        double bottom = topMm + rows * labelHeightMm + (rows - 1) * rowGapMm;
        if (right > pageWidthMm + TOLERANCE_MM || bottom > pageHeightMm + TOLERANCE_MM) {
            throw new IllegalArgumentException("the grid (%.1f x %.1f mm) runs off the %.0f x %.0f mm page"
                    .formatted(right, bottom, pageWidthMm, pageHeightMm));
        }
    }

    /**
     * As many labels of this stock as fit on plain A4 paper with at least {@value #MIN_MARGIN_MM} mm
     * margins and {@value #GAP_MM} mm gaps, the grid centred on the page. 40x30 mm: 4 x 9 = 36;
     * 50x30 mm: 3 x 9 = 27; 60x40 mm: 3 x 6 = 18; 58 mm receipt (48x40 mm): 4 x 6 = 24.
     */
    public static SheetGrid a4(LabelStock stock) {
        return plainPaper(A4_WIDTH_MM, A4_HEIGHT_MM, stock.widthMm(), stock.heightMm());
    }

    /** The plain-paper grid ({@link #a4(LabelStock)} rules) for any page and label size. */
    public static SheetGrid plainPaper(double pageWidthMm, double pageHeightMm, double labelWidthMm,
                                       double labelHeightMm) {
        int columns = fitting(pageWidthMm, labelWidthMm);
        int rows = fitting(pageHeightMm, labelHeightMm);
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a %.0f x %.0f mm label does not fit a %.0f x %.0f mm page"
                    .formatted(labelWidthMm, labelHeightMm, pageWidthMm, pageHeightMm));
        }
        double left = (pageWidthMm - columns * labelWidthMm - (columns - 1) * GAP_MM) / 2;
        double top = (pageHeightMm - rows * labelHeightMm - (rows - 1) * GAP_MM) / 2;
        return new SheetGrid(pageWidthMm, pageHeightMm, labelWidthMm, labelHeightMm, columns, rows,
                left, top, GAP_MM, GAP_MM);
    }

    /** Labels on one full sheet. */
    public int labelsPerSheet() {
        return columns * rows;
    }

    /** Left edge of the cell in a column (0-based), in mm from the left page edge. */
    public double cellLeftMm(int column) {
        return leftMm + column * (labelWidthMm + columnGapMm);
    }

    /** Top edge of the cell in a row (0-based), in mm from the top page edge. */
    public double cellTopMm(int row) {
        return topMm + row * (labelHeightMm + rowGapMm);
    }

    private static int fitting(double page, double label) {
        return (int) Math.floor((page - 2 * MIN_MARGIN_MM + GAP_MM) / (label + GAP_MM) + TOLERANCE_MM);
    }

    private static void positive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a positive number of mm, was " + value);
        }
    }
}

package vn.xuatxu.label.layout;

/**
 * The content cannot be printed legibly on the chosen stock: usually a QR payload so long that
 * even error correction M with the smallest usable module does not fit.
 *
 * <p>Checked, because the caller can act: choose a larger stock, a higher density, or a shorter
 * Digital Link (shorter host, fewer query attributes). Text never causes this on its own; long
 * text is shortened with an ellipsis.
 */
public class LabelDoesNotFitException extends Exception {

    private static final long serialVersionUID = 1L;

    private final LabelStock stock;
    private final PrintDensity density;

    public LabelDoesNotFitException(LabelStock stock, PrintDensity density, String reason) {
        super("label does not fit " + stock + " at " + density.dpi() + " dpi: " + reason);
        this.stock = stock;
        this.density = density;
    }

    public LabelStock stock() {
        return stock;
    }

    public PrintDensity density() {
        return density;
    }
}

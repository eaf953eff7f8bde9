package vn.xuatxu.kitchen.inspection;

/**
 * A reference to a paper that came with a delivery: invoice or delivery note number, or the id
 * of a stored scan.
 *
 * <p>Why only a reference: the papers themselves (invoice images may carry bank details) are
 * kept elsewhere; Form 1 needs to show that they exist and which one it is.
 *
 * @param reference the number or stored-document id
 */
public record DocumentRef(String reference) {

    /** True when there is nothing written in it. */
    public boolean blank() {
        return reference == null || reference.isBlank();
    }
}

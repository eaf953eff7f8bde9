package vn.xuatxu.kitchen.inspection;

import vn.xuatxu.kitchen.form.OfficialForm;

/**
 * The two tables of Form 1.
 *
 * <p>Why two: Decision 1246/QĐ-BYT checks fresh food by its veterinary papers and senses, and
 * packaged food by its label and expiry date, so the columns differ.
 */
public enum ReceivingTable {
    /** Bảng I: thực phẩm tươi sống, đông lạnh (meat, fish, vegetables, fruit …). */
    FRESH(OfficialForm.FORM_1_FRESH),
    /** Bảng II: thực phẩm khô, bao gói sẵn, phụ gia thực phẩm. */
    PACKAGED(OfficialForm.FORM_1_PACKAGED);

    private final OfficialForm form;

    ReceivingTable(OfficialForm form) {
        this.form = form;
    }

    /** The printed form of this table. */
    public OfficialForm form() {
        return form;
    }
}

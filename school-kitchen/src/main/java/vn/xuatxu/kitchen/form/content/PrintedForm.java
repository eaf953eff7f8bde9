package vn.xuatxu.kitchen.form.content;

import java.util.List;

import vn.xuatxu.kitchen.form.OfficialForm;

/**
 * The five forms of Decision 1246/QĐ-BYT as they are printed: Form 1 is one printed form with two
 * tables (I: fresh and frozen food, II: dry and packaged food), which {@link OfficialForm} keeps
 * apart because their columns differ.
 *
 * <p>Why: a printed book and a spreadsheet are organised by printed form ("Mẫu số 1" … "Mẫu số
 * 5"), and the order of this enum is the order in which a day's forms are printed: the order in
 * which the kitchen fills them during the day (receiving, cooking, serving, sample labels, sample
 * register).
 */
public enum PrintedForm {
    /** Mẫu số 1: Step 1, check before cooking; tables I and II. */
    FORM_1("Mẫu số 1", List.of(OfficialForm.FORM_1_FRESH, OfficialForm.FORM_1_PACKAGED)),
    /** Mẫu số 2: Step 2, check during cooking. */
    FORM_2("Mẫu số 2", List.of(OfficialForm.FORM_2)),
    /** Mẫu số 3: Step 3, check before eating. */
    FORM_3("Mẫu số 3", List.of(OfficialForm.FORM_3)),
    /** Mẫu số 4: the label on each retained sample. */
    FORM_4("Mẫu số 4", List.of(OfficialForm.FORM_4)),
    /** Mẫu số 5: the register of keeping and destroying samples. */
    FORM_5("Mẫu số 5", List.of(OfficialForm.FORM_5));

    private static final String TABLE_SEPARATOR = " – ";

    private final String code;
    private final List<OfficialForm> tables;

    PrintedForm(String code, List<OfficialForm> tables) {
        this.code = code;
        this.tables = tables;
    }

    /** The printed form number, e.g. "Mẫu số 1". */
    public String code() {
        return code;
    }

    /**
     * The printed title, e.g. "Kiểm tra trước khi chế biến thức ăn (Bước 1)": the
     * {@link OfficialForm#title()} without the table name that Form 1's two tables add.
     */
    public String title() {
        String title = tables.get(0).title();
        int separator = title.indexOf(TABLE_SEPARATOR);
        return separator < 0 ? title : title.substring(0, separator);
    }

    /** The tables (grids) of the form, in printed order. */
    public List<OfficialForm> tables() {
        return tables;
    }

    /**
     * The caption printed above a table when the form has more than one, e.g. "I. Thực phẩm tươi
     * sống, đông lạnh"; empty for single-table forms.
     */
    public String caption(OfficialForm table) {
        int index = tables.indexOf(table);
        if (index < 0) {
            throw new IllegalArgumentException(table + " is not a table of " + this);
        }
        if (tables.size() == 1) {
            return "";
        }
        String title = table.title();
        int separator = title.indexOf(TABLE_SEPARATOR);
        String name = separator < 0 ? title : title.substring(separator + TABLE_SEPARATOR.length());
        return (index == 0 ? "I. " : "II. ") + name;
    }

    /** The printed form a table belongs to. */
    public static PrintedForm of(OfficialForm table) {
        for (PrintedForm form : values()) {
            if (form.tables.contains(table)) {
                return form;
            }
        }
        throw new IllegalArgumentException("No printed form for " + table);
    }
}

package vn.xuatxu.kitchen.form.content;

/**
 * What a printed column holds, which decides alignment in the PDF and the cell type in the
 * spreadsheet.
 *
 * <p>Why: the Đạt / Không đạt pairs of Forms 1–3 are tick boxes (one logical pass/fail value
 * printed as two columns, reference §1), and counts such as "TT" or "Số lượng suất ăn" must stay
 * numbers in a spreadsheet so an inspector can sum or filter them.
 */
public enum ColumnKind {
    /** Free text, left aligned, wrapped. */
    TEXT,
    /** A number (row number, servings, temperature), centred; numeric in spreadsheets. */
    NUMBER,
    /** One of the two tick boxes Đạt / Không đạt, centred. */
    TICK
}

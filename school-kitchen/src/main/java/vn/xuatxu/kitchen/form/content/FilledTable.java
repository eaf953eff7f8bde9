package vn.xuatxu.kitchen.form.content;

import java.util.List;
import java.util.Objects;

import vn.xuatxu.kitchen.form.OfficialForm;

/**
 * One table (grid) of a filled form: its printed columns and its rows of cells.
 *
 * <p>Why rows are plain cell texts: the rules were applied when the form was checked; what is
 * left is what an inspector reads, column by column, in the order of Decision 1246/QĐ-BYT.
 *
 * @param table   which table of which form
 * @param caption the caption printed above it ("I. …", "II. …" on Form 1), or empty
 * @param columns the printed columns, in order
 * @param rows    the rows; each has exactly one cell per printed column
 */
public record FilledTable(OfficialForm table, String caption, List<PrintedColumn> columns, List<List<FormCell>> rows) {

    public FilledTable {
        Objects.requireNonNull(table, "table");
        caption = FormText.nfc(caption);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException(table.code() + " row " + (i + 1) + " has " + rows.get(i).size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }
}

package vn.xuatxu.kitchen.form.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.xuatxu.kitchen.form.FormColumn;
import vn.xuatxu.kitchen.form.OfficialForm;

/**
 * One printed column of a form table, with its number from the form's "1, 2, 3 …" index row.
 *
 * <p>Why a second column type next to {@link FormColumn}: the domain stores one value per
 * {@link FormColumn}, but the paper form prints a two-level header. Columns sharing a prefix
 * ("Nơi cung cấp – Tên cơ sở", "Nơi cung cấp – Địa chỉ, điện thoại" …) sit under one merged
 * group cell "Nơi cung cấp", and a pass/fail check is a group cell over two tick columns "Đạt"
 * and "Không đạt" (Decision 1246/QĐ-BYT, Forms 1–3). This type is that printed column.
 *
 * @param number the printed column number
 * @param group  the merged upper header cell, or empty when the label spans both header rows
 * @param label  the lower header cell (or the whole header when {@code group} is empty)
 * @param kind   what the column holds
 * @param source the domain column it is printed from
 */
public record PrintedColumn(int number, String group, String label, ColumnKind kind, FormColumn source) {

    private static final String GROUP_SEPARATOR = " – ";
    private static final String TICK_SUFFIX = ": Đạt / Không đạt";

    public PrintedColumn {
        group = FormText.nfc(group);
        label = FormText.nfc(label);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    /** The printed columns of one table, in printed order, numbered as on the form. */
    public static List<PrintedColumn> of(OfficialForm table) {
        List<PrintedColumn> columns = new ArrayList<>();
        for (FormColumn c : FormColumn.of(table)) {
            String label = c.label();
            if (c.lastColumn() > c.firstColumn() && label.endsWith(TICK_SUFFIX)) {
                String group = label.substring(0, label.length() - TICK_SUFFIX.length());
                columns.add(new PrintedColumn(c.firstColumn(), group, "Đạt", ColumnKind.TICK, c));
                columns.add(new PrintedColumn(c.lastColumn(), group, "Không đạt", ColumnKind.TICK, c));
                continue;
            }
            int separator = label.indexOf(GROUP_SEPARATOR);
            String group = separator < 0 ? "" : label.substring(0, separator);
            String lower = separator < 0 ? label : label.substring(separator + GROUP_SEPARATOR.length());
            for (int n = c.firstColumn(); n <= c.lastColumn(); n++) {
                columns.add(new PrintedColumn(n, group, lower, kindOf(c), c));
            }
        }
        return List.copyOf(columns);
    }

    private static ColumnKind kindOf(FormColumn c) {
        return switch (c) {
            case F1_ROW, F1P_ROW, F2_ROW, F3_ROW, F5_ROW, F2_SERVINGS, F3_SERVINGS, F5_SERVINGS, F5_TEMPERATURE ->
                    ColumnKind.NUMBER;
            default -> ColumnKind.TEXT;
        };
    }

    /** The full header text as one line, e.g. "Nơi cung cấp – Tên cơ sở" or "Kiểm tra cảm quan (…): Đạt". */
    public String fullLabel() {
        if (group.isEmpty()) {
            return label;
        }
        return kind == ColumnKind.TICK ? group + ": " + label : group + GROUP_SEPARATOR + label;
    }
}

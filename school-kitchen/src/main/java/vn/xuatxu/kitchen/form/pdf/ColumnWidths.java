package vn.xuatxu.kitchen.form.pdf;

import java.util.List;

import vn.xuatxu.kitchen.form.FormColumn;
import vn.xuatxu.kitchen.form.content.FilledTable;
import vn.xuatxu.kitchen.form.content.FormCell;
import vn.xuatxu.kitchen.form.content.PrintedColumn;

/**
 * How wide each printed column is: a relative weight per column, chosen so that the columns
 * holding the most text (ingredients, actions, suppliers) get the most room, then widened where a
 * header word (e.g. "Không đạt") or a short body word (a date, an invoice number) would otherwise
 * have to be broken, taking the room from the columns that have some to spare.
 */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /** Body words up to this width are kept whole when the table has room; longer ones are broken. */
    static final float LONGEST_KEPT_WORD = 64f;

    static float[] of(FilledTable table, float totalWidth, PdfText text, float headerSize, float bodySize,
                      float padding) {
        List<PrintedColumn> columns = table.columns();
        int n = columns.size();
        float[] weights = new float[n];
        float[] minimum = new float[n];
        float weightSum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = weight(columns.get(i).source());
            weightSum += weights[i];
            float widestWord = 0;
            for (String word : text.clean(columns.get(i).label()).split("[ \n]+")) {
                widestWord = Math.max(widestWord, text.width(word, true, headerSize));
            }
            for (List<FormCell> row : table.rows()) {
                for (String word : text.clean(row.get(i).text()).split("[ \n]+")) {
                    widestWord = Math.max(widestWord, Math.min(LONGEST_KEPT_WORD, text.width(word, false, bodySize)));
                }
            }
            minimum[i] = widestWord + 2 * padding + 1f;
        }
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            widths[i] = totalWidth * weights[i] / weightSum;
        }
        // Raise narrow columns to their minimum and take the room from the others, in proportion.
        for (int round = 0; round < n; round++) {
            float deficit = 0;
            float flexible = 0;
            for (int i = 0; i < n; i++) {
                if (widths[i] < minimum[i]) {
                    deficit += minimum[i] - widths[i];
                    widths[i] = minimum[i];
                } else if (widths[i] > minimum[i]) {
                    flexible += widths[i] - minimum[i];
                }
            }
            if (deficit <= 0.01f || flexible <= 0f) {
                break;
            }
            float share = Math.min(1f, deficit / flexible);
            for (int i = 0; i < n; i++) {
                if (widths[i] > minimum[i]) {
                    widths[i] -= (widths[i] - minimum[i]) * share;
                }
            }
        }
        return widths;
    }

    /** The relative weight of a printed column; both tick boxes of a pair get the same weight. */
    static float weight(FormColumn column) {
        return switch (column) {
            case F1_ROW, F1P_ROW, F2_ROW, F3_ROW, F5_ROW -> 2.6f;
            case F1_SENSORY, F1_RAPID_TEST, F1P_LABEL_CHECK, F2_SENSORY -> 4.2f;
            case F3_SENSORY -> 5f;
            case F1_FOOD_NAME, F1P_FOOD_NAME, F2_DISH, F1P_MANUFACTURER_ADDRESS -> 8.5f;
            case F1_RECEIVED_AT, F1P_RECEIVED_AT, F1_INVOICE, F1P_INVOICE, F2_PREP_FINISHED, F2_COOKING_FINISHED -> 6.5f;
            case F1_QUANTITY, F1P_QUANTITY, F2_SERVINGS, F5_SERVINGS, F5_TEMPERATURE -> 5.5f;
            case F1_SUPPLIER_NAME, F1_SUPPLIER_CONTACT, F1P_MANUFACTURER, F1P_SUPPLIER_NAME, F1P_SUPPLIER_CONTACT,
                 F5_DISH, F5_CONTAINER, F5_STORER, F5_DESTROYER -> 9.5f;
            case F1_DELIVERED_BY, F1P_DELIVERED_BY, F1_VETERINARY, F1_QUARANTINE, F3_MEAL, F5_MEAL, F5_TAKEN_AT,
                 F5_DESTROYED_AT -> 7f;
            case F1P_EXPIRY, F1P_STORAGE, F2_MEAL, F3_SERVINGS, F5_AMOUNT -> 6f;
            case F1_ACTION, F1P_ACTION, F2_ACTION -> 11f;
            case F2_INGREDIENTS -> 16f;
            case F2_HYGIENE_HANDLERS, F2_HYGIENE_EQUIPMENT, F2_HYGIENE_AREA -> 8.5f;
            case F3_DISH -> 11f;
            case F3_PORTIONING_FINISHED, F3_EATING_STARTS -> 8f;
            case F3_UTENSILS, F3_ACTION -> 14f;
            case F5_NOTES -> 12f;
            case F4_MEAL, F4_DISH, F4_TAKEN_AT, F4_SAMPLER -> 10f;
        };
    }
}

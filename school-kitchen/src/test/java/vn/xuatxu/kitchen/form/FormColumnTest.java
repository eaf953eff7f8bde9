package vn.xuatxu.kitchen.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormColumnTest {

    /** The printed column counts of Decision 1246/QĐ-BYT (reference §1), with no gap or overlap. */
    @ParameterizedTest
    @CsvSource({"FORM_1_FRESH, 15", "FORM_1_PACKAGED, 15", "FORM_2, 13", "FORM_3, 10", "FORM_4, 4", "FORM_5, 12"})
    void everyPrintedColumnIsLabelledOnceInOrder(OfficialForm form, int printedColumns) {
        List<FormColumn> columns = FormColumn.of(form);
        int next = 1;
        for (FormColumn c : columns) {
            assertEquals(next, c.firstColumn(), () -> "gap or overlap before " + c);
            next = c.lastColumn() + 1;
        }
        assertEquals(printedColumns, next - 1);
    }
}

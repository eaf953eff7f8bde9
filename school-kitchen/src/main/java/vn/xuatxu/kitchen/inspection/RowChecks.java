package vn.xuatxu.kitchen.inspection;

import java.time.LocalDateTime;
import java.util.List;

import vn.xuatxu.kitchen.CheckHeader;
import vn.xuatxu.kitchen.form.OfficialForm;

/** The checks every one of Forms 1–3 repeats: header, numbering, required text, time order. */
final class RowChecks {

    private final OfficialForm form;
    private final List<InspectionViolation> violations;

    RowChecks(OfficialForm form, List<InspectionViolation> violations) {
        this.form = form;
        this.violations = violations;
    }

    void header(CheckHeader header) {
        if (header == null) {
            violations.add(new InspectionViolation.IncompleteHeader(form, "Tên cơ sở"));
            return;
        }
        header.missingFields().forEach(f -> violations.add(new InspectionViolation.IncompleteHeader(form, f)));
    }

    void rowNumber(int expected, int actual) {
        if (expected != actual) {
            violations.add(new InspectionViolation.RowOutOfSequence(form, expected, actual));
        }
    }

    void required(int row, String column, Object value) {
        boolean missing = value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof DocumentRef d && d.blank())
                || (value instanceof List<?> l && l.isEmpty());
        if (missing) {
            violations.add(new InspectionViolation.MissingField(form, row, column));
        }
    }

    void actionWhen(boolean needed, int row, String action) {
        if (needed && (action == null || action.isBlank())) {
            violations.add(new InspectionViolation.ActionMissing(form, row));
        }
    }

    void inOrder(int row, String earlier, LocalDateTime earlierAt, String later, LocalDateTime laterAt) {
        if (earlierAt != null && laterAt != null && earlierAt.isAfter(laterAt)) {
            violations.add(new InspectionViolation.TimesOutOfOrder(form, row, earlier, earlierAt, later, laterAt));
        }
    }
}

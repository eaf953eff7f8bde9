package vn.xuatxu.kitchen.form.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A filled table form: Form 1 (tables I and II), Form 2, Form 3 or Form 5.
 *
 * <p>Why notes are separate from rows: on Form 3 a menu dish that was not served has no row of
 * its own, yet the comparison with the menu must be written down (reference §5.19); such notes
 * are printed under the table.
 *
 * @param form          which form
 * @param date          the school day
 * @param establishment "Tên cơ sở"
 * @param header        the header block
 * @param tables        the tables, in printed order
 * @param notes         lines printed under the tables; may be empty
 * @param signingLine   the line above the signatures, e.g. "Điện Biên, ngày 23 tháng 11 năm 2026"
 * @param signOffs      the signature places, left to right; may be empty
 */
public record TabularForm(PrintedForm form, LocalDate date, String establishment, List<HeaderField> header,
                          List<FilledTable> tables, List<String> notes, String signingLine,
                          List<SignOff> signOffs) implements FilledForm {

    public TabularForm {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(date, "date");
        establishment = FormText.nfc(establishment);
        header = List.copyOf(header);
        tables = List.copyOf(tables);
        notes = notes.stream().map(FormText::nfc).toList();
        signingLine = FormText.nfc(signingLine);
        signOffs = List.copyOf(signOffs);
        if (form == PrintedForm.FORM_4) {
            throw new IllegalArgumentException("Form 4 is a label sheet, not a table");
        }
    }
}

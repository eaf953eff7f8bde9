package vn.xuatxu.kitchen.form.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Form 4 for one day: the labels of every sample taken, printed as a sheet.
 *
 * <p>Why a sheet in the book: the labels themselves go on the thermal printer, but an inspector
 * reading the day's book sees which label each container carried, next to Form 5.
 *
 * @param form          always {@link PrintedForm#FORM_4}
 * @param date          the school day
 * @param establishment "Tên cơ sở"
 * @param header        the header block
 * @param labels        one label per sample, in register order
 */
public record LabelSheet(PrintedForm form, LocalDate date, String establishment, List<HeaderField> header,
                         List<FilledLabel> labels) implements FilledForm {

    public LabelSheet {
        if (form != PrintedForm.FORM_4) {
            throw new IllegalArgumentException("A label sheet is Form 4, not " + form);
        }
        Objects.requireNonNull(date, "date");
        establishment = FormText.nfc(establishment);
        header = List.copyOf(header);
        labels = List.copyOf(labels);
    }
}

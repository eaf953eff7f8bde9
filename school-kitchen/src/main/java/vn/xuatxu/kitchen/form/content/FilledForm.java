package vn.xuatxu.kitchen.form.content;

import java.time.LocalDate;
import java.util.List;

/**
 * One printed form of Decision 1246/QĐ-BYT filled in for one day.
 *
 * <p>Why sealed over two shapes: Forms 1, 2, 3 and 5 are tables with a header block and a
 * sign-off; Form 4 is not a table but a label fixed to each sample container. Renderers switch
 * over the two and cannot forget one.
 */
public sealed interface FilledForm permits TabularForm, LabelSheet {

    /** Which form. */
    PrintedForm form();

    /** The school day the form records. */
    LocalDate date();

    /** The establishment name ("Tên cơ sở"), repeated in page footers. */
    String establishment();

    /** The header block, in printed order. */
    List<HeaderField> header();
}

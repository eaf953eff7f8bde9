package vn.xuatxu.kitchen.form.content;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.xuatxu.kitchen.day.KitchenDay;
import vn.xuatxu.kitchen.sample.FoodSample;
import vn.xuatxu.kitchen.sample.SampleId;

/**
 * The three-step check and sample book (sổ kiểm thực ba bước và lưu mẫu thức ăn) of one day or
 * a range of days, filled in from closed {@link KitchenDay}s: the input of the PDF and
 * spreadsheet renderers.
 *
 * <p>Order, for a day and for a range alike: days in ascending date order; within a day, the
 * forms in {@link PrintedForm} order: Form 1 (table I, then table II), Form 2, Form 3, Form 4,
 * Form 5. That is the order the kitchen fills them during the day and the order of the paper
 * book, so an inspector reading a week finds each day complete before the next one starts.
 *
 * <p>Why samples can be passed separately: a closed day holds its samples as they were when the
 * day was closed, before any was destroyed (destruction comes at least 24 h later, Decision
 * 1246/QĐ-BYT). Form 5 must show the destruction columns 9, 10 and 12, so the latest versions
 * from the sample register replace the day's copies, matched by sample id.
 *
 * @param title    the document title, e.g. "Sổ kiểm thực ba bước và lưu mẫu thức ăn – … – 23/11/2026"
 * @param firstDay the first day in the book
 * @param lastDay  the last day in the book
 * @param forms    the filled forms, in book order
 */
public record FormBook(String title, LocalDate firstDay, LocalDate lastDay, List<FilledForm> forms) {

    private static final String BOOK_TITLE = "Sổ kiểm thực ba bước và lưu mẫu thức ăn";

    public FormBook {
        title = FormText.nfc(title);
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        forms = List.copyOf(forms);
    }

    /** The book of one day, with its samples as recorded when the day was closed. */
    public static FormBook ofDay(KitchenDay day, FormSettings settings) {
        return ofDays(List.of(day), List.of(), settings);
    }

    /** The book of one day, with the latest versions of its samples (destruction filled in). */
    public static FormBook ofDay(KitchenDay day, List<FoodSample> latestSamples, FormSettings settings) {
        return ofDays(List.of(day), latestSamples, settings);
    }

    /** The book of several days, in date order, with their samples as recorded when closed. */
    public static FormBook ofDays(List<KitchenDay> days, FormSettings settings) {
        return ofDays(days, List.of(), settings);
    }

    /**
     * The book of several days, in date order.
     *
     * @param days          the closed days; at least one, no date twice
     * @param latestSamples the latest versions of samples from the register; any of the days'
     *                      samples found here (by id) is printed in this version
     * @param settings      address, forms and sign-offs
     * @return the book
     */
    public static FormBook ofDays(List<KitchenDay> days, List<FoodSample> latestSamples, FormSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("A book needs at least one day");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (KitchenDay day : days) {
            if (!seen.add(day.date())) {
                throw new IllegalArgumentException("Day " + day.date() + " is given twice");
            }
        }
        Map<SampleId, FoodSample> latest = latestSamples.stream()
                .collect(Collectors.toMap(FoodSample::id, Function.identity(), (a, b) -> a.version() >= b.version() ? a : b));
        List<KitchenDay> ordered = days.stream().sorted(Comparator.comparing(KitchenDay::date)).toList();
        DayFormFiller filler = new DayFormFiller(settings);
        List<FilledForm> forms = ordered.stream().flatMap(d -> filler.fill(d, latest).stream()).toList();
        LocalDate first = ordered.get(0).date();
        LocalDate last = ordered.get(ordered.size() - 1).date();
        String establishment = ordered.get(0).receiving().header().establishment();
        String dates = first.equals(last) ? FormText.date(first) : FormText.date(first) + " – " + FormText.date(last);
        return new FormBook(BOOK_TITLE + " – " + establishment + " – " + dates, first, last, forms);
    }

    /** The forms of one printed form number, in book order (e.g. every day's Form 2). */
    public List<FilledForm> formsOf(PrintedForm form) {
        return forms.stream().filter(f -> f.form() == form).toList();
    }
}

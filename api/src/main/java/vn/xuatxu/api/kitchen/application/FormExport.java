package vn.xuatxu.api.kitchen.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.kitchen.persistence.DayVersionStore;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.day.KitchenDay;
import vn.xuatxu.kitchen.form.content.FormBook;
import vn.xuatxu.kitchen.form.content.FormSettings;
import vn.xuatxu.kitchen.form.pdf.FormPdfRenderer;
import vn.xuatxu.kitchen.form.sheet.FormWorkbook;
import vn.xuatxu.kitchen.sample.FoodSample;

/**
 * The official Forms 1–5 of one day or a date range, as the A4 PDF and the XLSX workbook of the
 * school-kitchen module. A closed day is printed as its latest closed version (the content whose hash is on
 * the ledger); a day not closed yet is printed as it stands if it is complete. Form 5 always shows the
 * samples' latest state, so a destruction after closing appears on it.
 */
@Singleton
public final class FormExport {

    /** The longest range one download covers: a month of school days. */
    static final int MAX_DAYS = 31;

    /** A rendered file and the name to save it under. */
    public record Download(byte[] content, String fileName) {
    }

    private final DSLContext db;
    private final KitchenAccess access;
    private final DayReconstruction reconstruction;
    private final DayVersionStore versions;
    private final Clock clock;

    FormExport(DSLContext db, KitchenAccess access, DayReconstruction reconstruction, DayVersionStore versions, Clock clock) {
        this.db = db;
        this.access = access;
        this.reconstruction = reconstruction;
        this.versions = versions;
        this.clock = clock;
    }

    public Download pdf(Actor actor, String kitchenId, LocalDate from, LocalDate to) {
        Kitchen kitchen = access.readable(actor, kitchenId);
        FormBook book = book(kitchen, from, to);
        return new Download(new FormPdfRenderer(clock).render(book), fileName(kitchen, book, "pdf"));
    }

    public Download xlsx(Actor actor, String kitchenId, LocalDate from, LocalDate to) {
        Kitchen kitchen = access.readable(actor, kitchenId);
        FormBook book = book(kitchen, from, to);
        return new Download(new FormWorkbook(clock).render(book), fileName(kitchen, book, "xlsx"));
    }

    private FormBook book(Kitchen kitchen, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(KitchenTime.ZONE));
        LocalDate first = from == null ? today : from;
        LocalDate last = to == null ? first : to;
        if (last.isBefore(first)) {
            throw new ProblemException.InvalidInput("to", PageText.of("kitchen.error.exportEndBeforeStart"));
        }
        if (first.plusDays(MAX_DAYS - 1).isBefore(last)) {
            throw new ProblemException.InvalidInput("to", PageText.of("kitchen.error.exportTooManyDays", MAX_DAYS));
        }
        List<KitchenDay> days = new ArrayList<>();
        List<FoodSample> latestSamples = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            DayRecords records = reconstruction.load(db, kitchen, d);
            var latest = versions.latest(db, kitchen.id(), d);
            try {
                DayRecords printed = latest.map(v -> records.standingAt(v.recordedAt()))
                        .orElseGet(() -> records.standingAt(clock.instant()));
                days.add(reconstruction.closedDay(printed));
                latestSamples.addAll(reconstruction.assemble(records.standingAt(clock.instant()),
                        java.util.Optional.empty()).samples());
            } catch (ProblemException incomplete) {
                // An open day that is not complete yet has no official form to print.
            }
        }
        if (days.isEmpty()) {
            throw new ProblemException.NotFound(PageText.of("kitchen.error.exportNoDays", first, last));
        }
        FormSettings settings = FormSettings.of(kitchen.address(), kitchen.province());
        return FormBook.ofDays(days, latestSamples, settings);
    }

    private static String fileName(Kitchen kitchen, FormBook book, String extension) {
        String dates = book.firstDay().equals(book.lastDay()) ? book.firstDay().toString()
                : book.firstDay() + "_" + book.lastDay();
        return "so-kiem-thuc-" + kitchen.mspId() + "-" + dates + "." + extension;
    }
}

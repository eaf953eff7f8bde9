package vn.xuatxu.api.kitchen.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;
import vn.xuatxu.api.kitchen.persistence.SampleStore;
import vn.xuatxu.api.printing.application.RecordLabels;
import vn.xuatxu.api.printing.domain.PrintJobSource;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.label.content.RecordLabelContent;
import vn.xuatxu.label.content.RecordLabelContent.Line;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Form 4, the label on each retained sample, printed from the sample as recorded, so label and register always
 * agree (inspectors found labels that did not match the book). Its QR opens the sample's day in the kitchen book,
 * where an inspector sees the Form 5 row. The kitchen's staff also send them to the kitchen's print agent: a job
 * keeps the sample codes, and this class renders them when the agent fetches them ({@link RecordLabels}).
 */
@Singleton
public final class SampleLabels implements RecordLabels {

    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final DSLContext db;
    private final KitchenAccess access;
    private final SampleStore samples;
    private final KitchenDirectory kitchens;
    private final String publicBaseUrl;

    SampleLabels(DSLContext db, KitchenAccess access, SampleStore samples, KitchenDirectory kitchens,
                 @Value("${xuatxu.public-base-url}") String publicBaseUrl) {
        this.db = db;
        this.access = access;
        this.samples = samples;
        this.kitchens = kitchens;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** The label of one sample, for the school's staff or the agency. */
    public RecordLabelContent content(Actor actor, String kitchenId, String code) {
        Kitchen kitchen = access.readable(actor, kitchenId);
        SampleStore.SampleRow sample = samples.byCode(db, kitchen.id(), code)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("kitchen.error.noSampleCode", code)));
        return content(kitchenId, kitchen, sample);
    }

    /** The labels of every sample taken on a day, in the order they were taken. */
    public List<RecordLabelContent> ofDay(Actor actor, String kitchenId, LocalDate day) {
        Kitchen kitchen = access.readable(actor, kitchenId);
        List<RecordLabelContent> labels = new ArrayList<>();
        for (SampleStore.SampleRow sample : samples.ofDay(db, kitchen.id(), day)) {
            labels.add(content(kitchenId, kitchen, sample));
        }
        if (labels.isEmpty()) {
            throw new ProblemException.NotFound(PageText.of("kitchen.error.noSamplesOnDay", day));
        }
        return labels;
    }

    /** Samples the kitchen's own staff send to the printer: one by its code, or the day's, in the order taken. */
    public record ToPrint(List<String> codes, String description) {
    }

    /**
     * What a kitchen's staff member (not the agency: printing is the kitchen's own work) sends to the kitchen's
     * printer: the sample {@code code}, or every sample of {@code day} when no code is given.
     */
    public ToPrint toPrint(Actor actor, String kitchenId, LocalDate day, String code) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        if (code != null && !code.isBlank()) {
            SampleStore.SampleRow sample = samples.byCode(db, kitchen.id(), code.strip())
                    .orElseThrow(() -> new ProblemException.NotFound(PageText.of("kitchen.error.noSampleCode", code)));
            return new ToPrint(List.of(sample.code()), "Nhãn mẫu lưu " + sample.code());
        }
        List<String> codes = samples.ofDay(db, kitchen.id(), day).stream().map(SampleStore.SampleRow::code).toList();
        if (codes.isEmpty()) {
            throw new ProblemException.NotFound(PageText.of("kitchen.error.noSamplesOnDay", day));
        }
        return new ToPrint(codes, "Nhãn mẫu lưu ngày " + day);
    }

    @Override
    public PrintJobSource source() {
        return PrintJobSource.KITCHEN_SAMPLES;
    }

    @Override
    public List<RecordLabelContent> contents(long organisationId, List<String> refs) {
        Kitchen kitchen = kitchens.byId(db, organisationId)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("kitchen.error.printerKitchenNotFound")));
        List<RecordLabelContent> labels = new ArrayList<>();
        for (String code : refs) {
            labels.add(content(kitchen.mspId(), kitchen, samples.byCode(db, kitchen.id(), code)
                    .orElseThrow(() -> new ProblemException.NotFound(PageText.of("kitchen.error.noSampleCode", code)))));
        }
        return labels;
    }

    private RecordLabelContent content(String kitchenId, Kitchen kitchen, SampleStore.SampleRow sample) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.whole("Lấy lúc " + TAKEN.format(sample.takenAt())));
        lines.add(Line.of("Người lấy: " + sample.samplerName()));
        lines.add(Line.whole("Mã mẫu: " + sample.code()));
        lines.add(Line.of(sample.meal().meal().label() + " · " + kitchen.name()));
        if (sample.container().sealId() != null && !sample.container().sealId().isBlank()) {
            lines.add(Line.whole("Niêm phong: " + sample.container().sealId()));
        }
        lines.add(Line.whole("Ký: ................"));
        String link = publicBaseUrl + "/bep/" + encode(kitchenId) + "/" + sample.day() + "?buoc=luu-mau&mau=" + encode(sample.code());
        return new RecordLabelContent(link, "Mẫu lưu: " + sample.dish().name(), lines, "Quét để xem sổ lưu mẫu");
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}

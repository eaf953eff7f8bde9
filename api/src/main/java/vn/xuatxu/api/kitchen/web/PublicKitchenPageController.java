package vn.xuatxu.api.kitchen.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.xuatxu.api.kitchen.application.DayOverview;
import vn.xuatxu.api.kitchen.application.DayProof;
import vn.xuatxu.api.kitchen.application.DayReconstruction;
import vn.xuatxu.api.kitchen.application.DayRecords;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory;
import vn.xuatxu.api.platform.i18n.LocaleFormat;
import vn.xuatxu.api.platform.i18n.MessageBundles;
import vn.xuatxu.api.platform.i18n.ReaderLanguage;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.kitchen.PassFail;
import vn.xuatxu.kitchen.inspection.ReceivingTable;
import vn.xuatxu.kitchen.sample.FoodSample;

/**
 * The public page of a school's day, reached from the QR code at the school gate: the menu, the suppliers
 * with their certificates, the results of the three steps, the samples kept, and whether the ledger holds
 * the hash recomputed from these records. It shows the day as last closed, never work in progress, and no
 * personal data: no staff or delivery names, no phone numbers, no free-text notes. In Vietnamese, or in
 * English for a reader who asks ({@code ?lang=en}, or a browser in a language other than Vietnamese or
 * English; see {@link ReaderLanguage}); the records themselves (dishes, foods, suppliers) stay as entered.
 */
@Controller("/truong")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PublicKitchenPageController {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final String BUNDLE = "kitchen-public";
    private final MessageBundles bundles;
    private final DSLContext db;
    private final KitchenDirectory kitchens;
    private final CatalogueStore catalogue;
    private final DayReconstruction reconstruction;
    private final DayProof proof;
    private final java.time.Clock clock;

    PublicKitchenPageController(DSLContext db, KitchenDirectory kitchens, CatalogueStore catalogue,
                                DayReconstruction reconstruction, DayProof proof, java.time.Clock clock,
                                MessageBundles bundles) {
        this.bundles = bundles;
        this.clock = clock;
        this.db = db;
        this.kitchens = kitchens;
        this.catalogue = catalogue;
        this.reconstruction = reconstruction;
        this.proof = proof;
    }

    @Get("/{kitchenId}/{day}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> day(String kitchenId, String day, @Nullable @QueryValue String lang,
                                                         @Nullable @Header("Accept-Language") String acceptLanguage) {
        ReaderLanguage reader = ReaderLanguage.of(lang, acceptLanguage);
        LocaleFormat format = reader.format();
        LocalDate date = KitchenController.date(day, "day");
        if (date == null) {
            throw new ProblemException.NotFound(PageText.of("kitchen.error.dayNotFound"));
        }
        KitchenDirectory.Kitchen kitchen = kitchens.byMspId(db, kitchenId)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("kitchen.error.schoolNotFound", kitchenId)));
        Map<String, Object> model = new HashMap<>();
        String page = reader.page();
        String query = page.equals("vi") ? "" : "?lang=" + page;
        model.put("t", bundles.of(BUNDLE, page));
        model.put("lang", page);
        model.put("title", bundles.format(BUNDLE, page, "page.title", kitchen.name(), format.date(date)));
        model.put("dayLabel", bundles.format(BUNDLE, page, "day.label", format.date(date)));
        model.put("switchHref", "/truong/" + kitchen.mspId() + "/" + date + "?lang=" + (page.equals("vi") ? "en" : "vi"));
        model.put("schoolName", kitchen.name());
        model.put("address", kitchen.address());
        model.put("previousPath", "/truong/" + kitchen.mspId() + "/" + date.minusDays(1) + query);
        model.put("nextPath", "/truong/" + kitchen.mspId() + "/" + date.plusDays(1) + query);
        model.put("menu", catalogue.menu(db, kitchen.id(), date).stream()
                .map(m -> Map.of("meal", m.meal().name(), "dish", m.dish().name())).toList());
        Optional<DayRecords> closed = proof.closedRecords(kitchen, date);
        model.put("closed", closed.isPresent());
        closed.ifPresent(records -> fill(model, records, format));
        DayProof.Result result = proof.check(kitchen, date);
        if (result instanceof DayProof.Result.Matches matches) {
            model.put("proof", "MATCHES");
            model.put("version", matches.version());
            model.put("contentHash", matches.contentHash());
            model.put("transactionId", matches.transactionId());
        } else if (result instanceof DayProof.Result.Differs) {
            model.put("proof", "DIFFERS");
        } else if (result instanceof DayProof.Result.Pending) {
            model.put("proof", "PENDING");
        } else if (result instanceof DayProof.Result.NotClosed) {
            model.put("proof", "NOT_CLOSED");
        } else {
            model.put("proof", "UNVERIFIABLE");
        }
        return HttpResponse.ok(new ModelAndView<>("kitchen-public", model))
                .header("Cache-Control", "no-cache").header("Content-Language", page)
                .header("Vary", "Accept-Language");
    }

    private void fill(Map<String, Object> model, DayRecords records, LocaleFormat format) {
        model.put("suppliers", records.receipts().stream().map(r -> records.suppliers().get(r.supplierId())).distinct()
                .map(DayOverview::supplier).toList());
        model.put("deliveries", records.receipts().stream().map(r -> Map.of(
                "food", r.foodName(),
                "supplier", records.suppliers().get(r.supplierId()).businessName(),
                "quantity", format.number(r.quantity().amount()) + " " + r.quantity().unit().symbol(),
                "result", (r.table() == ReceivingTable.FRESH ? r.sensory() : r.labelCheck()) == PassFail.FAIL
                        ? "FAIL" : "PASS",
                "decision", r.decision().name())).toList());
        model.put("cooking", records.cooking().stream().map(c -> Map.of("dish", c.dish().name(),
                "time", HM.format(c.cookingFinishedAt()),
                "result", c.sensory().failed() || c.handlers().failed() || c.equipment().failed() || c.area().failed()
                        ? "FAIL" : "PASS")).toList());
        model.put("serving", records.serving().stream().map(s -> Map.of("dish", s.dish().name(),
                "time", HM.format(s.eatingStartsAt()),
                "result", s.sensory().failed() || s.utensilCheck().failed() ? "FAIL" : "PASS")).toList());
        model.put("deviations", records.deviations().stream().map(d -> Map.of("meal", d.meal().name(),
                "dish", d.dishName(), "note", d.note())).toList());
        List<FoodSample> kept = reconstruction.assemble(reconstruction.load(db, records.kitchen(), records.day())
                .standingAt(clock.instant()), Optional.empty()).samples();
        model.put("samples", kept.stream().map(sample -> {
            DayOverview.SampleLine line = DayOverview.sample(sample);
            // A hold is incident data, internal until the authorities publish it (reference §4.3): parents see "kept".
            String status = sample.destruction().isPresent() ? "DESTROYED" : "KEPT";
            return Map.of("dish", line.dish(), "takenAt", line.takenAt(), "amount", line.amount(),
                    "storage", format.number(sample.storageReading().celsius()) + " °C", "status", status,
                    "destroyedAt", line.destroyedAt() == null ? "" : line.destroyedAt());
        }).toList());
    }
}

package vn.xuatxu.api.kitchen.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
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
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.kitchen.PassFail;
import vn.xuatxu.kitchen.inspection.ReceivingTable;

/**
 * The public page of a school's day, reached from the QR code at the school gate: the menu, the suppliers
 * with their certificates, the results of the three steps, the samples kept, and whether the ledger holds
 * the hash recomputed from these records. It shows the day as last closed, never work in progress, and no
 * personal data: no staff or delivery names, no phone numbers, no free-text notes.
 */
@Controller("/truong")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PublicKitchenPageController {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private final DSLContext db;
    private final KitchenDirectory kitchens;
    private final CatalogueStore catalogue;
    private final DayReconstruction reconstruction;
    private final DayProof proof;
    private final java.time.Clock clock;

    PublicKitchenPageController(DSLContext db, KitchenDirectory kitchens, CatalogueStore catalogue,
                                DayReconstruction reconstruction, DayProof proof, java.time.Clock clock) {
        this.clock = clock;
        this.db = db;
        this.kitchens = kitchens;
        this.catalogue = catalogue;
        this.reconstruction = reconstruction;
        this.proof = proof;
    }

    @Get("/{kitchenId}/{day}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> day(String kitchenId, String day) {
        LocalDate date = KitchenController.date(day, "day");
        if (date == null) {
            throw new ProblemException.NotFound("Không tìm thấy ngày này.");
        }
        KitchenDirectory.Kitchen kitchen = kitchens.byMspId(db, kitchenId)
                .orElseThrow(() -> new ProblemException.NotFound("Không tìm thấy trường \"" + kitchenId + "\"."));
        Map<String, Object> model = new HashMap<>();
        model.put("schoolName", kitchen.name());
        model.put("address", kitchen.address());
        model.put("date", DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date));
        model.put("previousPath", "/truong/" + kitchen.mspId() + "/" + date.minusDays(1));
        model.put("nextPath", "/truong/" + kitchen.mspId() + "/" + date.plusDays(1));
        model.put("menu", catalogue.menu(db, kitchen.id(), date).stream()
                .map(m -> Map.of("meal", m.meal().label(), "dish", m.dish().name())).toList());
        Optional<DayRecords> closed = proof.closedRecords(kitchen, date);
        model.put("closed", closed.isPresent());
        closed.ifPresent(records -> fill(model, records));
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
                .header("Cache-Control", "no-cache").header("Content-Language", "vi");
    }

    private void fill(Map<String, Object> model, DayRecords records) {
        model.put("suppliers", records.receipts().stream().map(r -> records.suppliers().get(r.supplierId())).distinct()
                .map(DayOverview::supplier).toList());
        model.put("deliveries", records.receipts().stream().map(r -> Map.of(
                "food", r.foodName(),
                "supplier", records.suppliers().get(r.supplierId()).businessName(),
                "quantity", r.quantity().amount().toPlainString() + " " + r.quantity().unit().symbol(),
                "result", (r.table() == ReceivingTable.FRESH ? r.sensory() : r.labelCheck()) == PassFail.FAIL
                        ? "Không đạt" : "Đạt",
                "decision", r.decision().label())).toList());
        model.put("cooking", records.cooking().stream().map(c -> Map.of("dish", c.dish().name(),
                "time", HM.format(c.cookingFinishedAt()),
                "result", c.sensory().failed() || c.handlers().failed() || c.equipment().failed() || c.area().failed()
                        ? "Không đạt" : "Đạt")).toList());
        model.put("serving", records.serving().stream().map(s -> Map.of("dish", s.dish().name(),
                "time", HM.format(s.eatingStartsAt()),
                "result", s.sensory().failed() || s.utensilCheck().failed() ? "Không đạt" : "Đạt")).toList());
        List<DayOverview.SampleLine> samples = reconstruction.assemble(reconstruction.load(db, records.kitchen(), records.day())
                .standingAt(clock.instant()), Optional.empty()).samples().stream().map(DayOverview::sample).toList();
        model.put("samples", samples.stream().map(s -> Map.of("dish", s.dish(), "takenAt", s.takenAt(), "amount", s.amount(),
                "storage", s.storageCelsius() + " °C", "status", s.status(),
                "destroyedAt", s.destroyedAt() == null ? "" : s.destroyedAt())).toList());
    }
}

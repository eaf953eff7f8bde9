package vn.xuatxu.api.kitchen.application;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore.StoredSupplier;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.CookingRow;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.ReceiptRow;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.ServingRow;
import vn.xuatxu.api.kitchen.persistence.DayVersionStore;
import vn.xuatxu.api.kitchen.persistence.DeviationStore;
import vn.xuatxu.api.kitchen.persistence.DayVersionStore.StoredVersion;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;
import vn.xuatxu.api.kitchen.persistence.SampleStore;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.PassFail;
import vn.xuatxu.kitchen.day.KitchenDay;
import vn.xuatxu.kitchen.inspection.ReceiptRef;
import vn.xuatxu.kitchen.inspection.ReceivingTable;
import vn.xuatxu.kitchen.sample.FoodSample;

/**
 * One kitchen day as the tablet, the API and inspectors see it: the menu, every row of Forms 1–3 with its
 * form row number (struck-out rows too, marked), the samples with their status, the closed versions with
 * their ledger status, and, while the day is open or changed, what still stops it from closing.
 */
@Singleton
public final class DayOverview {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HM_DATE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Serdeable
    public record MenuLine(long id, String meal, String mealLabel, String mealTime, long dishId, String dish, String kind,
                           String kindLabel, int servings) {
    }

    @Serdeable
    public record SupplierLine(long id, String businessName, String address, String certificate, String validUntil) {
    }

    @Serdeable
    public record ReceiptLine(long id, String table, Integer row, String food, String supplier, String quantity,
                              String receivedAt, String result, boolean failed, String decision, String action,
                              boolean struckOut, String struckOutReason) {
    }

    @Serdeable
    public record CookingLine(long id, Integer row, String meal, String dish, String ingredients, String prepFinishedAt,
                              String cookingFinishedAt, String result, boolean failed, String action, boolean struckOut) {
    }

    @Serdeable
    public record ServingLine(long id, Integer row, String meal, String dish, String portioningFinishedAt,
                              String eatingStartsAt, String result, boolean failed, String action, boolean struckOut) {
    }

    @Serdeable
    public record SampleLine(String code, String meal, String dish, String amount, String takenAt, String storageCelsius,
                             String storer, String status, String earliestDestruction, String destroyedAt, boolean held,
                             String holdReasons) {
    }

    /** A note on how the dishes differed from the menu. */
    @Serdeable
    public record DeviationLine(String meal, String mealLabel, String dish, String note, String enteredBy, String enteredAt) {
    }

    @Serdeable
    public record VersionLine(int version, String contentHash, String reason, String recordedAt, String recordedBy,
                              String ledgerStatus, String transactionId, Long blockNumber) {
    }

    @Serdeable
    public record DayView(String kitchenId, String kitchenName, String day, String today, boolean writable,
                          boolean canClose, List<MenuLine> menu, List<SupplierLine> suppliers,
                          List<ReceiptLine> deliveries, List<CookingLine> cooking, List<ServingLine> serving,
                          List<SampleLine> samples, List<VersionLine> versions, boolean closed,
                          boolean changedSinceClose, List<String> problems, List<DeviationLine> deviations) {
    }

    private final DSLContext db;
    private final KitchenAccess access;
    private final DayReconstruction reconstruction;
    private final CatalogueStore catalogue;
    private final DayVersionStore versions;
    private final Clock clock;

    DayOverview(DSLContext db, KitchenAccess access, DayReconstruction reconstruction, CatalogueStore catalogue,
                DayVersionStore versions, Clock clock) {
        this.db = db;
        this.access = access;
        this.reconstruction = reconstruction;
        this.catalogue = catalogue;
        this.versions = versions;
        this.clock = clock;
    }

    public DayView view(Actor actor, String kitchenId, LocalDate day) {
        Kitchen kitchen = access.readable(actor, kitchenId);
        LocalDate today = LocalDate.now(clock.withZone(KitchenTime.ZONE));
        LocalDate date = day == null ? today : day;
        boolean writable = actor.organisationId() == kitchen.id();
        Instant now = clock.instant();
        DayRecords all = reconstruction.load(db, kitchen, date);
        DayRecords standing = all.standingAt(now);
        DayReconstruction.Assembled assembled = reconstruction.assemble(standing, Optional.empty());

        List<String> problems = new ArrayList<>();
        Optional<KitchenDay> closable = Optional.empty();
        try {
            closable = Optional.of(reconstruction.closedDay(standing));
        } catch (ProblemException e) {
            problems.add(e.getMessage());
        }
        List<StoredVersion> stored = versions.versions(db, kitchen.id(), date);
        boolean closed = !stored.isEmpty();
        boolean changed = closed && closable.map(d -> !d.contentHash().hex().equals(stored.get(stored.size() - 1).contentHash()))
                .orElse(true);

        List<ReceiptLine> deliveries = all.receipts().stream().map(r -> receipt(r, all, assembled)).toList();
        List<CookingLine> cooking = new ArrayList<>();
        int row = 0;
        for (CookingRow c : all.cooking()) {
            boolean standingRow = c.voided() == null;
            cooking.add(new CookingLine(c.id(), standingRow ? ++row : null, c.meal().meal().label(), c.dish().name(),
                    c.ingredients().stream().map(i -> i.name() + " " + i.quantity().amount().toPlainString() + " "
                            + i.quantity().unit().symbol()).collect(Collectors.joining(", ")),
                    HM.format(c.prepFinishedAt()), HM.format(c.cookingFinishedAt()),
                    anyFailed(c) ? PassFail.FAIL.label() : PassFail.PASS.label(), anyFailed(c), c.actionNote(),
                    !standingRow));
        }
        List<ServingLine> serving = new ArrayList<>();
        row = 0;
        for (ServingRow s : all.serving()) {
            boolean standingRow = s.voided() == null;
            boolean failed = s.sensory().failed() || s.utensilCheck().failed();
            serving.add(new ServingLine(s.id(), standingRow ? ++row : null, s.meal().meal().label(), s.dish().name(),
                    HM.format(s.portioningFinishedAt()), HM.format(s.eatingStartsAt()),
                    failed ? PassFail.FAIL.label() : PassFail.PASS.label(), failed, s.actionNote(), !standingRow));
        }
        List<SampleLine> samples = assembled.samples().stream().map(DayOverview::sample).toList();
        return new DayView(kitchen.mspId(), kitchen.name(), date.toString(), today.toString(), writable,
                writable && KitchenAccess.manager(actor),
                standing.menu().stream().map(m -> new MenuLine(m.id(), m.meal().name(), m.meal().label(),
                        HM.format(m.mealTime()), m.dish().id(), m.dish().name(), m.dish().kind().name(),
                        m.dish().kind().label(), m.servings())).toList(),
                catalogue.suppliers(db, kitchen.id()).stream().map(DayOverview::supplier).toList(),
                deliveries, cooking, serving, samples,
                stored.stream().map(DayOverview::version).toList(), closed, changed, problems,
                standing.deviations().stream().map(DayOverview::deviation).toList());
    }

    public static SupplierLine supplier(StoredSupplier s) {
        String certificate = String.join(" ", java.util.stream.Stream.of(s.certificateType(),
                s.certificateNumber() == null ? null : "số " + s.certificateNumber(),
                s.certificateIssuer() == null ? null : "do " + s.certificateIssuer() + " cấp")
                .filter(p -> p != null && !p.isBlank()).toList());
        return new SupplierLine(s.id(), s.businessName(), s.address(), certificate,
                s.certificateValidUntil() == null ? null : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(s.certificateValidUntil()));
    }

    public static SampleLine sample(FoodSample s) {
        String status = s.destruction().isPresent() ? "Đã hủy" : (s.activeHolds().isEmpty() ? "Đang lưu" : "Đang phong tỏa");
        return new SampleLine(s.id().value(), s.meal().meal().label(), s.dish().name(), s.amount().toString(),
                HM_DATE.format(s.takenAt()), s.storageReading().celsius().toPlainString(), s.storer().fullName(), status,
                HM_DATE.format(s.earliestDestruction()),
                s.destruction().map(d -> HM_DATE.format(d.destroyedAt())).orElse(null), !s.activeHolds().isEmpty(),
                s.activeHolds().stream().map(h -> h.holdId() + ": " + h.reason()).collect(Collectors.joining("; ")));
    }

    /** A deviation note as shown to staff, inspectors and (without who wrote it) parents. */
    public static DeviationLine deviation(DeviationStore.StoredDeviation d) {
        return new DeviationLine(d.meal().name(), d.meal().label(), d.dishName(), d.note(), d.enteredByName(),
                HM_DATE.format(LocalDateTime.ofInstant(d.enteredAt(), KitchenTime.ZONE)));
    }

    static VersionLine version(StoredVersion v) {
        return new VersionLine(v.version(), v.contentHash(), v.reason(),
                HM_DATE.format(LocalDateTime.ofInstant(v.recordedAt(), KitchenTime.ZONE)), v.recordedByName(),
                v.ledger().status(), v.ledger().transactionId(), v.ledger().blockNumber());
    }

    private static ReceiptLine receipt(ReceiptRow r, DayRecords all, DayReconstruction.Assembled assembled) {
        ReceiptRef ref = r.voided() == null ? assembled.receiptRefs().get(r.id()) : null;
        StoredSupplier supplier = all.suppliers().get(r.supplierId());
        PassFail check = r.table() == ReceivingTable.FRESH ? r.sensory() : r.labelCheck();
        boolean failed = r.decision() != vn.xuatxu.kitchen.inspection.ReceivingDecision.ACCEPTED;
        return new ReceiptLine(r.id(), r.table() == ReceivingTable.FRESH ? "Tươi sống, đông lạnh" : "Khô, bao gói sẵn",
                ref == null ? null : ref.row(), r.foodName(), supplier == null ? "" : supplier.businessName(),
                r.quantity().amount().toPlainString() + " " + r.quantity().unit().symbol(), HM.format(r.receivedAt()),
                check == null ? "" : check.label(), failed, r.decision().label(), r.actionNote(), r.voided() != null,
                r.voided() == null ? null : r.voided().reason());
    }

    private static boolean anyFailed(CookingRow c) {
        return c.sensory().failed() || c.handlers().failed() || c.equipment().failed() || c.area().failed();
    }
}

package vn.xuatxu.api.kitchen.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;
import vn.xuatxu.api.passport.gs1.ScannedLink;
import vn.xuatxu.api.passport.journey.application.LotJourney;
import vn.xuatxu.api.passport.journey.domain.JourneyStep;
import vn.xuatxu.api.passport.journey.domain.LotStatus;
import vn.xuatxu.api.passport.journey.persistence.LotCustodyStore;
import vn.xuatxu.api.passport.journey.persistence.RecallStore;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.passport.model.Passport;
import vn.xuatxu.api.passport.model.persistence.PassportReader;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.kitchen.KitchenTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Receiving a delivery by scanning the supplier's QR e-label: the lot's passport fills the Form 1 row (food,
 * manufacturer, lot, expiry, the supplier with its certificate), a recalled lot is refused on the spot, and when
 * the producer shipped the lot to this school on the platform the receipt becomes the lot's EPCIS receiving
 * event, so the lot's journey shows one step forward into the school and a later recall reaches the kitchen.
 */
@Singleton
public final class KitchenReceiving {

    /** What a scan tells the kitchen about a lot, to fill the delivery form with. */
    public record ScannedLot(String uri, long lotId, String productName, String producerName, String producerAddress,
                             String lotNumber, LocalDate bestBefore, String certificateType, String certificateNumber,
                             LocalDate certificateValidUntil, String recallReason, boolean shippedToUs, Long supplierId) {
        public boolean recalled() {
            return recallReason != null;
        }
    }

    /** A recorded delivery, and what became of the lot's journey (empty when the lot was not shipped to us). */
    public record Received(long deliveryId, Optional<String> journeyNote) {
    }

    private final DSLContext db;
    private final KitchenAccess access;
    private final KitchenEntries entries;
    private final CatalogueStore catalogue;
    private final LotStore lots;
    private final LotCustodyStore custody;
    private final RecallStore recalls;
    private final PassportReader passports;
    private final LotJourney journey;
    private final Clock clock;

    KitchenReceiving(DSLContext db, KitchenAccess access, KitchenEntries entries, CatalogueStore catalogue, LotStore lots,
                     LotCustodyStore custody, RecallStore recalls, PassportReader passports, LotJourney journey, Clock clock) {
        this.db = db;
        this.access = access;
        this.entries = entries;
        this.catalogue = catalogue;
        this.lots = lots;
        this.custody = custody;
        this.recalls = recalls;
        this.passports = passports;
        this.journey = journey;
        this.clock = clock;
    }

    /** The lot a scanned label names, as the delivery form needs it. */
    public ScannedLot scan(Actor actor, String kitchenId, String scanned) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        ScannedLink link = ScannedLink.parse(scanned).orElseThrow(() -> new ProblemException.InvalidInput("lotUri",
                PageText.of("kitchen.error.notGs1Link")));
        if (link.lot().isEmpty()) {
            throw new ProblemException.InvalidInput("lotUri", PageText.of("kitchen.error.noLotInLink"));
        }
        LotStore.StoredLot lot = lots.byGtinAndNumber(db, link.gtin(), link.lot().get()).orElseThrow(() ->
                new ProblemException.NotFound(PageText.of("kitchen.error.lotUnknown", link.lot().get().value())));
        Optional<Passport> passport = passports.ofLot(db, lot.id());
        String address = passport.map(p -> p.producer().address()).map(a -> Stream.of(a.line(), a.commune(), a.province())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", ")))
                .filter(s -> !s.isBlank())
                .orElse(Stream.of(lot.commune(), lot.province()).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", ")));
        String certificateType = null;
        String certificateNumber = null;
        LocalDate certificateValidUntil = null;
        Optional<Passport.Product> product = passport.map(Passport::product);
        if (product.map(Passport.Product::qualityCertificate).isPresent()) {
            Passport.QualityCertificate certificate = product.get().qualityCertificate();
            certificateType = certificate.name();
            certificateNumber = certificate.number();
            certificateValidUntil = certificate.validUntil();
        } else if (product.map(Passport.Product::ocop).isPresent()) {
            certificateType = "OCOP " + product.get().ocop().stars() + " sao";
            certificateNumber = product.get().ocop().certificateNumber();
            certificateValidUntil = product.get().ocop().expiryDate();
        }
        Optional<LotCustodyStore.Custody> held = custody.of(db, lot.id(), false);
        boolean shippedToUs = held.map(c -> c.status() == LotStatus.IN_TRANSIT && c.receiverId() != null
                && c.receiverId() == kitchen.id()).orElse(false);
        String producer = lot.producerName();
        Long supplierId = catalogue.suppliers(db, kitchen.id()).stream()
                .filter(s -> s.businessName().equalsIgnoreCase(producer)).map(CatalogueStore.StoredSupplier::id)
                .findFirst().orElse(null);
        return new ScannedLot(scanned.strip(), lot.id(), lot.productName(), producer, address, lot.details().lotNumber().value(),
                lot.details().bestBeforeDate().orElse(null), certificateType, certificateNumber, certificateValidUntil,
                recalls.ofLot(db, lot.id()).map(RecallStore.StoredRecall::reason).orElse(null), shippedToUs, supplierId);
    }

    /**
     * Records a delivery; with {@code lotUri} (a scanned label) the lot's passport fills what the person left
     * blank, the producer becomes a supplier of the school if it was not one, a recalled lot is refused, and a
     * lot shipped to this school is marked received on its journey.
     */
    public Received recordDelivery(Actor actor, String kitchenId, LocalDate day, KitchenEntries.Delivery d, String lotUri) {
        if (lotUri == null || lotUri.isBlank()) {
            return new Received(entries.recordDelivery(actor, kitchenId, day, d), Optional.empty());
        }
        ScannedLot lot = scan(actor, kitchenId, lotUri);
        if (lot.recalled()) {
            throw new ProblemException.Conflict(PageText.of("kitchen.error.lotRecalled", lot.lotNumber(), lot.productName(),
                    lot.recallReason()));
        }
        Long supplierId = d.supplierId() != null ? d.supplierId() : lot.supplierId() != null ? lot.supplierId()
                : entries.addSupplier(actor, kitchenId, new CatalogueStore.NewSupplier(lot.producerName(),
                lot.producerAddress().isBlank() ? "Điện Biên" : lot.producerAddress(), null, lot.certificateType(),
                lot.certificateNumber(), null, lot.certificateValidUntil(), null));
        KitchenEntries.Delivery filled = new KitchenEntries.Delivery(d.table(), supplierId,
                blank(d.foodName()) ? lot.productName() : d.foodName(), d.animalOrigin(), d.receivedAt(), d.quantity(),
                d.unit(), d.deliveredBy(), d.invoiceRef(), d.veterinaryRef(), d.quarantineRef(), d.papersNotApplicable(),
                d.sensory(), d.rapidTest(), blank(d.manufacturer()) ? lot.producerName() : d.manufacturer(),
                blank(d.manufacturerAddress()) ? lot.producerAddress() : d.manufacturerAddress(),
                d.expiryDate() != null ? d.expiryDate() : lot.bestBefore(), d.storage(),
                blank(d.lotNumber()) ? lot.lotNumber() : d.lotNumber(), d.actionNote());
        long id = entries.recordDelivery(actor, kitchenId, day, filled);
        if (!lot.shippedToUs()) {
            return new Received(id, Optional.empty());
        }
        LocalTime at = d.receivedAt() != null ? d.receivedAt() : KitchenTime.now(clock).toLocalTime();
        OffsetDateTime eventTime = ZonedDateTime.of(day, at, KitchenTime.ZONE).toOffsetDateTime();
        try {
            journey.record(actor, lot.lotId(), new LotJourney.EventRequest(JourneyStep.RECEIVING, eventTime, null, null,
                    "Bếp ăn nhận hàng (Mẫu số 1)", null, null, null));
            return new Received(id, Optional.of("Lô đã được ghi nhận là đã đến trường trên hành trình sản phẩm."));
        } catch (ProblemException e) {
            return new Received(id, Optional.of("Chưa ghi được vào hành trình lô hàng: " + e.getMessage()));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

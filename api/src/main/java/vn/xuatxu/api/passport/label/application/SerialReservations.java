package vn.xuatxu.api.passport.label.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.passport.gs1.DigitalLink;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.label.persistence.LabelBatchStore;
import vn.xuatxu.api.passport.label.persistence.SerialReservationStore;
import vn.xuatxu.api.passport.lot.application.LotRegistration;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.passport.product.persistence.ProductStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * Blocks of label serials reserved while online, so labels can be printed for a lot registered where there
 * is no signal. A blank-lot label carries {@code /01/{gtin}/21/{serial}}: until a lot binds its block, a
 * scan shows the product; once the offline lot reaches the server and names the block, the block becomes an
 * ordinary label batch of that lot (Merkle root to the ledger) and the same scan leads to the lot. The price:
 * serials of a block never bound stay issued but unused, and a blank label proves only the product until then.
 */
@Singleton
public final class SerialReservations {

    /** The most serials one block may hold: a few days of labels for a household producer. */
    public static final int MAX_LABELS = 500;

    /** A block with its serials in printing order. */
    public record Reservation(SerialReservationStore.StoredReservation stored, List<String> serials) {
    }

    private final DSLContext db;
    private final ProductStore products;
    private final LotStore lots;
    private final LotRegistration registration;
    private final LabelBatches labelBatches;
    private final LabelBatchStore batches;
    private final SerialReservationStore reservations;
    private final DigitalLink links;
    private final SecureRandom random = new SecureRandom();

    SerialReservations(DSLContext db, ProductStore products, LotStore lots, LotRegistration registration,
                       LabelBatches labelBatches, LabelBatchStore batches, SerialReservationStore reservations,
                       DigitalLink links) {
        this.db = db;
        this.products = products;
        this.lots = lots;
        this.registration = registration;
        this.labelBatches = labelBatches;
        this.batches = batches;
        this.reservations = reservations;
        this.links = links;
    }

    /** Reserves a block of serials for one of the organisation's products. */
    public Reservation reserve(Actor actor, String gtinText, Integer count) {
        requireProducer(actor);
        if (count == null || count < 1 || count > MAX_LABELS) {
            throw new ProblemException.InvalidInput("count", PageText.of("reservation.error.count", MAX_LABELS));
        }
        Gtin gtin = Gtin.parse(gtinText);
        ProductStore.StoredProduct product = products.byGtin(db, gtin)
                .filter(p -> p.organisationId() == actor.organisationId())
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("lot.error.productNotFound", gtin)));
        List<String> serialList = labelBatches.newSerials(count);
        String reservationId = "R" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36).toUpperCase();
        db.transaction(configuration -> reservations.insert(configuration.dsl(), reservationId, actor.organisationId(),
                product.id(), actor.userId(), serialList));
        return find(actor, reservationId);
    }

    public Reservation find(Actor actor, String reservationId) {
        SerialReservationStore.StoredReservation stored = reservations.byReservationId(db, reservationId)
                .filter(r -> r.organisationId() == actor.organisationId())
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("reservation.error.notFound", reservationId)));
        return new Reservation(stored, reservations.serials(db, stored.id()));
    }

    public List<SerialReservationStore.StoredReservation> newest(Actor actor) {
        return reservations.newest(db, actor.organisationId(), 20);
    }

    /**
     * Registers a lot and binds a reserved block to it in one transaction: either both happen or neither,
     * so a retried offline entry never leaves a lot without its labels or labels bound twice.
     */
    public LotStore.StoredLot registerAndBind(Actor actor, LotRegistration.Request request, String reservationId) {
        long lotId = db.transactionResult(configuration -> {
            DSLContext transaction = configuration.dsl();
            long id = registration.registerIn(transaction, actor, request);
            bindIn(transaction, actor, reservationId, lots.byId(transaction, id).orElseThrow());
            return id;
        });
        return lots.byId(db, lotId).orElseThrow();
    }

    private void bindIn(DSLContext transaction, Actor actor, String reservationId, LotStore.StoredLot lot) {
        SerialReservationStore.StoredReservation block = reservations.lock(transaction, reservationId)
                .filter(r -> r.organisationId() == actor.organisationId())
                .orElseThrow(() -> new ProblemException.InvalidInput("reservationId",
                        PageText.of("reservation.error.notFoundOwn", reservationId)));
        if (block.bound()) {
            throw new ProblemException.Conflict(PageText.of("reservation.error.bound", reservationId));
        }
        if (block.productId() != lot.productId()) {
            throw new ProblemException.InvalidInput("reservationId", PageText.of("reservation.error.otherProduct", reservationId, block.productName()));
        }
        long batchKey = labelBatches.issueIn(transaction, actor, lot, reservations.serials(transaction, block.id()));
        reservations.bind(transaction, block.id(), lot.id(), batchKey);
    }

    /** The link printed on a blank-lot label: the product's GTIN and the serial, no lot yet. */
    public String blankLink(String gtin, String serial) {
        return links.baseUrl() + "/01/" + gtin + "/21/" + URLEncoder.encode(serial, StandardCharsets.UTF_8);
    }

    /**
     * Where a scan of a blank-lot label leads: the serial's own link under its lot once a lot bound the
     * block, the product's page while the block is unbound, nothing for a serial never reserved.
     */
    public Optional<String> resolveBlank(Gtin gtin, String serial) {
        Optional<String> bound = batches.batchOfSerial(db, serial).flatMap(batch -> lots.byId(db, batch.lotId()))
                .filter(lot -> lot.details().gtin().equals(gtin))
                .map(lot -> DigitalLink.lotPath(lot.details().gtin(), lot.details().lotNumber()) + "/21/"
                        + URLEncoder.encode(serial, StandardCharsets.UTF_8));
        return bound.or(() -> reservations.unboundHolding(db, serial).filter(r -> r.gtin().equals(gtin.value()))
                .map(r -> "/01/" + gtin.value()));
    }

    private static void requireProducer(Actor actor) {
        if (actor.organisationKind() != OrganisationKind.PRODUCER || !actor.hasAnyRole(Role.ORG_ADMIN, Role.STAFF)) {
            throw new ProblemException.Forbidden(PageText.of("reservation.error.who"));
        }
    }
}

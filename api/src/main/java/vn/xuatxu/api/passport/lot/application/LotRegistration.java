package vn.xuatxu.api.passport.lot.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.passport.lot.domain.LotDetails;
import vn.xuatxu.api.passport.lot.domain.QuantityUnit;
import vn.xuatxu.api.passport.lot.persistence.LotDefaultsStore;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.passport.product.persistence.ProductStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Registers a lot of one of the producer's own products: checks the input, stores the lot and its
 * ledger write in one database transaction, and leaves the ledger to the outbox relay so the producer
 * never waits on it.
 */
@Singleton
public final class LotRegistration {

    /** Dates are the producer's dates: Vietnam's, not the server's. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

    /** The input, as it came from a form or JSON, before any check. */
    public record Request(String gtin, String lotNumber, LocalDate productionDate, LocalDate bestBeforeDate,
                          BigDecimal quantity, String unit) {
    }

    private final DSLContext db;
    private final ProductStore products;
    private final LotStore lots;
    private final Outbox outbox;
    private final Clock clock;
    private final LotDefaultsStore defaults;

    LotRegistration(DSLContext db, ProductStore products, LotStore lots, Outbox outbox, Clock clock,
                    LotDefaultsStore defaults) {
        this.db = db;
        this.defaults = defaults;
        this.products = products;
        this.lots = lots;
        this.outbox = outbox;
        this.clock = clock;
    }

    public LotStore.StoredLot register(Actor actor, Request request) {
        long lotId = db.transactionResult(configuration -> registerIn(configuration.dsl(), actor, request));
        return lots.byId(db, lotId).orElseThrow();
    }

    /**
     * Registers a lot inside the caller's transaction (a processing event registers its output lot this
     * way, so the lot and the event reach the ledger together, in order); returns its id.
     */
    public long registerIn(DSLContext transaction, Actor actor, Request request) {
        if (actor.organisationKind() != OrganisationKind.PRODUCER || !actor.hasAnyRole(Role.ORG_ADMIN, Role.STAFF)) {
            throw new ProblemException.Forbidden(PageText.of("lot.error.producersOnly"));
        }
        Gtin gtin = Gtin.parse(request.gtin());
        LotNumber lotNumber = LotNumber.parse(request.lotNumber());
        LotDetails details = new LotDetails(gtin, lotNumber, productionDate(request), bestBefore(request),
                quantity(request.quantity()), QuantityUnit.parse(request.unit()), actor.mspId());
        ProductStore.StoredProduct product = products.byGtin(transaction, gtin)
                .filter(p -> p.organisationId() == actor.organisationId())
                .orElseThrow(() -> new ProblemException.NotFound(
                        PageText.of("lot.error.productNotFound", gtin)));
        long id;
        try {
            id = lots.insert(transaction, product.id(), actor.userId(), details);
        } catch (LotStore.DuplicateLotException e) {
            throw new ProblemException.Conflict(PageText.of("lot.error.duplicate", lotNumber, product.name()));
        }
        outbox.enqueue(transaction, Outbox.SubjectType.LOT, id,
                LedgerTransaction.of(actor.mspId(), "registerLot", details.ledgerArgument()));
        defaults.remember(transaction, actor.organisationId(), product.id(), details);
        return id;
    }

    private LocalDate productionDate(Request request) {
        if (request.productionDate() == null) {
            throw new ProblemException.InvalidInput("productionDate", PageText.of("lot.error.productionDateMissing"));
        }
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        if (request.productionDate().isAfter(today)) {
            throw new ProblemException.InvalidInput("productionDate",
                    PageText.of("lot.error.productionDateFuture", request.productionDate(), today));
        }
        return request.productionDate();
    }

    private static Optional<LocalDate> bestBefore(Request request) {
        if (request.bestBeforeDate() != null && request.productionDate() != null
                && request.bestBeforeDate().isBefore(request.productionDate())) {
            throw new ProblemException.InvalidInput("bestBeforeDate", PageText.of("lot.error.bestBeforeEarly"));
        }
        return Optional.ofNullable(request.bestBeforeDate());
    }

    private static BigDecimal quantity(BigDecimal quantity) {
        if (quantity == null) {
            throw new ProblemException.InvalidInput("quantity", PageText.of("lot.error.quantityMissing"));
        }
        if (quantity.signum() <= 0) {
            throw new ProblemException.InvalidInput("quantity", PageText.of("lot.error.quantityPositive"));
        }
        if (quantity.compareTo(MAX_QUANTITY) > 0) {
            throw new ProblemException.InvalidInput("quantity", PageText.of("lot.error.quantityTooLarge"));
        }
        if (quantity.stripTrailingZeros().scale() > 3) {
            throw new ProblemException.InvalidInput("quantity", PageText.of("lot.error.quantityDecimals"));
        }
        return quantity.stripTrailingZeros();
    }
}

package vn.xuatxu.api.passport.product.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.db.enums.ProductLedgerStatus;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.ledger.OutboxSubject;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.api.passport.gs1.Gtin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.PRODUCT;

/** Stores products and records what the ledger said about them. */
@Singleton
public final class ProductStore implements OutboxSubject {

    /** The fields a new product is registered with. */
    public record NewProduct(long organisationId, Gtin gtin, String name, String category, String description,
                             String netContent, Integer ocopStars) {
    }

    /** A product as stored. */
    public record StoredProduct(long id, long organisationId, Gtin gtin, String name, String ledgerStatus) {
    }

    private final Clock clock;

    ProductStore(Clock clock) {
        this.clock = clock;
    }

    public long insert(DSLContext transaction, NewProduct product) {
        return transaction.insertInto(PRODUCT)
                .set(PRODUCT.ORGANISATION_ID, product.organisationId())
                .set(PRODUCT.GTIN, product.gtin().value())
                .set(PRODUCT.NAME, product.name())
                .set(PRODUCT.CATEGORY, product.category())
                .set(PRODUCT.DESCRIPTION, product.description())
                .set(PRODUCT.NET_CONTENT, product.netContent())
                .set(PRODUCT.OCOP_STARS, product.ocopStars() == null ? null : product.ocopStars().byteValue())
                .set(PRODUCT.LEDGER_STATUS, ProductLedgerStatus.PENDING)
                .set(PRODUCT.CREATED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .returningResult(PRODUCT.ID)
                .fetchOne()
                .value1();
    }

    public Optional<StoredProduct> byGtin(DSLContext db, Gtin gtin) {
        return db.selectFrom(PRODUCT).where(PRODUCT.GTIN.eq(gtin.value()))
                .fetchOptional(row -> new StoredProduct(row.getId(), row.getOrganisationId(), new Gtin(row.getGtin()),
                        row.getName(), row.getLedgerStatus().name()));
    }

    public java.util.List<StoredProduct> ofOrganisation(DSLContext db, long organisationId) {
        return db.selectFrom(PRODUCT).where(PRODUCT.ORGANISATION_ID.eq(organisationId)).orderBy(PRODUCT.NAME)
                .fetch(row -> new StoredProduct(row.getId(), row.getOrganisationId(), new Gtin(row.getGtin()),
                        row.getName(), row.getLedgerStatus().name()));
    }

    @Override
    public Outbox.SubjectType type() {
        return Outbox.SubjectType.PRODUCT;
    }

    @Override
    public void markRetrying(DSLContext transaction, long productId) {
        transaction.update(PRODUCT).set(PRODUCT.LEDGER_STATUS, ProductLedgerStatus.PENDING)
                .setNull(PRODUCT.LEDGER_ERROR).where(PRODUCT.ID.eq(productId)).execute();
    }

    @Override
    public void recordOutcome(DSLContext transaction, long productId, SubmitOutcome outcome) {
        transaction.update(PRODUCT)
                .set(PRODUCT.LEDGER_STATUS, outcome instanceof SubmitOutcome.Committed
                        ? ProductLedgerStatus.COMMITTED : ProductLedgerStatus.FAILED)
                .set(PRODUCT.LEDGER_TX_ID, outcome instanceof SubmitOutcome.Committed committed
                        ? committed.transactionId() : null)
                .set(PRODUCT.LEDGER_ERROR, outcome instanceof SubmitOutcome.Rejected rejected
                        ? rejected.summary() : null)
                .where(PRODUCT.ID.eq(productId))
                .execute();
    }
}

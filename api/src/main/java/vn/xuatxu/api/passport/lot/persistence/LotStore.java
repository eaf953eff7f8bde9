package vn.xuatxu.api.passport.lot.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import vn.xuatxu.api.db.enums.LotLedgerStatus;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.ledger.OutboxSubject;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.passport.lot.domain.LotDetails;
import vn.xuatxu.api.passport.lot.domain.QuantityUnit;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.LOT;
import static vn.xuatxu.api.db.Tables.ORGANISATION;
import static vn.xuatxu.api.db.Tables.PRODUCT;

/** Stores lots and records what the ledger said about them. */
@Singleton
public final class LotStore implements OutboxSubject {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Clock clock;

    LotStore(Clock clock) {
        this.clock = clock;
    }

    /** A lot with its product and producer, as pages and the API show it. */
    public record StoredLot(long id, long productId, long organisationId, LotDetails details, String productName,
                            String category, String netContent, Integer ocopStars, String producerName,
                            String province, String district, String commune, LedgerState ledger,
                            LocalDateTime createdAt) {
    }

    /** Where the lot stands on the ledger. */
    public record LedgerState(String status, String transactionId, Long blockNumber, String error,
                              LocalDateTime committedAt) {
    }

    /** Inserts a lot as PENDING on the ledger; the caller's transaction also holds its outbox entry. */
    public long insert(DSLContext transaction, long productId, long registeredBy, LotDetails details) {
        try {
            return transaction.insertInto(LOT)
                    .set(LOT.PRODUCT_ID, productId)
                    .set(LOT.LOT_NUMBER, details.lotNumber().value())
                    .set(LOT.PRODUCTION_DATE, details.productionDate())
                    .set(LOT.BEST_BEFORE_DATE, details.bestBeforeDate().orElse(null))
                    .set(LOT.QUANTITY, details.quantity())
                    .set(LOT.UNIT, details.unit().name())
                    .set(LOT.RECORD_HASH, details.recordHash())
                    .set(LOT.REGISTERED_BY, registeredBy)
                    .set(LOT.LEDGER_STATUS, LotLedgerStatus.PENDING)
                    .set(LOT.CREATED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .returningResult(LOT.ID)
                    .fetchOne()
                    .value1();
        } catch (DataAccessException e) {
            if (e.sqlStateClass() == org.jooq.exception.SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                throw new DuplicateLotException(details.lotNumber());
            }
            throw e;
        }
    }

    /** The lot number is already registered for that product. */
    public static final class DuplicateLotException extends RuntimeException {
        DuplicateLotException(LotNumber lotNumber) {
            super("Lot " + lotNumber + " already exists", null, false, false);
        }
    }

    public Optional<StoredLot> byId(DSLContext db, long id) {
        return select(db).where(LOT.ID.eq(id)).fetchOptional(LotStore::toStoredLot);
    }

    public Optional<StoredLot> byGtinAndNumber(DSLContext db, Gtin gtin, LotNumber lotNumber) {
        return select(db).where(PRODUCT.GTIN.eq(gtin.value()).and(LOT.LOT_NUMBER.eq(lotNumber.value())))
                .fetchOptional(LotStore::toStoredLot);
    }

    /** The newest lots of one organisation, or of all organisations when {@code organisationId} is empty. */
    public java.util.List<StoredLot> newest(DSLContext db, Optional<Long> organisationId, int limit) {
        return select(db).where(organisationId.map(PRODUCT.ORGANISATION_ID::eq).orElse(org.jooq.impl.DSL.trueCondition()))
                .orderBy(LOT.ID.desc()).limit(limit).fetch(LotStore::toStoredLot);
    }

    private static org.jooq.SelectOnConditionStep<Record> select(DSLContext db) {
        return db.select(LOT.fields()).select(PRODUCT.GTIN, PRODUCT.NAME, PRODUCT.CATEGORY, PRODUCT.NET_CONTENT,
                        PRODUCT.OCOP_STARS, PRODUCT.ORGANISATION_ID, ORGANISATION.NAME, ORGANISATION.MSP_ID,
                        ORGANISATION.PROVINCE, ORGANISATION.DISTRICT, ORGANISATION.COMMUNE)
                .from(LOT)
                .join(PRODUCT).on(PRODUCT.ID.eq(LOT.PRODUCT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PRODUCT.ORGANISATION_ID));
    }

    private static StoredLot toStoredLot(Record row) {
        LotDetails details = new LotDetails(new Gtin(row.get(PRODUCT.GTIN)), new LotNumber(row.get(LOT.LOT_NUMBER)),
                row.get(LOT.PRODUCTION_DATE), Optional.ofNullable(row.get(LOT.BEST_BEFORE_DATE)),
                row.get(LOT.QUANTITY), QuantityUnit.valueOf(row.get(LOT.UNIT)), row.get(ORGANISATION.MSP_ID));
        return new StoredLot(row.get(LOT.ID), row.get(LOT.PRODUCT_ID), row.get(PRODUCT.ORGANISATION_ID), details,
                row.get(PRODUCT.NAME), row.get(PRODUCT.CATEGORY), row.get(PRODUCT.NET_CONTENT),
                row.get(PRODUCT.OCOP_STARS) == null ? null : row.get(PRODUCT.OCOP_STARS).intValue(),
                row.get(ORGANISATION.NAME), row.get(ORGANISATION.PROVINCE), row.get(ORGANISATION.DISTRICT),
                row.get(ORGANISATION.COMMUNE),
                new LedgerState(row.get(LOT.LEDGER_STATUS).name(), row.get(LOT.LEDGER_TX_ID), row.get(LOT.LEDGER_BLOCK),
                        row.get(LOT.LEDGER_ERROR), row.get(LOT.COMMITTED_AT)),
                row.get(LOT.CREATED_AT));
    }

    @Override
    public Outbox.SubjectType type() {
        return Outbox.SubjectType.LOT;
    }

    @Override
    public void markRetrying(DSLContext transaction, long lotId) {
        transaction.update(LOT).set(LOT.LEDGER_STATUS, LotLedgerStatus.PENDING)
                .setNull(LOT.LEDGER_ERROR).where(LOT.ID.eq(lotId)).execute();
    }

    @Override
    public void recordOutcome(DSLContext transaction, long lotId, SubmitOutcome outcome) {
        if (outcome instanceof SubmitOutcome.Committed committed) {
            // A redelivered registration is answered with the record stored the first time: keep its transaction.
            String writtenBy = transactionIdIn(committed.payload()).orElse(committed.transactionId());
            transaction.update(LOT)
                    .set(LOT.LEDGER_STATUS, LotLedgerStatus.COMMITTED)
                    .set(LOT.LEDGER_TX_ID, writtenBy)
                    .set(LOT.LEDGER_BLOCK, writtenBy.equals(committed.transactionId()) ? committed.blockNumber() : null)
                    .set(LOT.LEDGER_ERROR, (String) null)
                    .set(LOT.COMMITTED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .where(LOT.ID.eq(lotId))
                    .execute();
        } else if (outcome instanceof SubmitOutcome.Rejected rejected) {
            transaction.update(LOT)
                    .set(LOT.LEDGER_STATUS, LotLedgerStatus.FAILED)
                    .set(LOT.LEDGER_ERROR, rejected.summary())
                    .where(LOT.ID.eq(lotId))
                    .execute();
        }
    }

    private static Optional<String> transactionIdIn(String payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            return Optional.ofNullable(node).map(n -> n.get("txId")).filter(JsonNode::isTextual).map(JsonNode::asText);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

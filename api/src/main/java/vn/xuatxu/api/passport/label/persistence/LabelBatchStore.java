package vn.xuatxu.api.passport.label.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import vn.xuatxu.api.db.enums.LabelBatchLedgerStatus;
import vn.xuatxu.api.db.tables.records.LabelSerialRecord;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.ledger.OutboxSubject;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.label.serial.LabelSerial;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static vn.xuatxu.api.db.Tables.LABEL_BATCH;
import static vn.xuatxu.api.db.Tables.LABEL_SERIAL;

/** Stores label batches with their serials, and records what the ledger said about each batch. */
@Singleton
public final class LabelBatchStore implements OutboxSubject {

    /** A batch as stored. */
    public record StoredBatch(long id, String batchId, long lotId, int labelCount, String merkleRoot,
                              String ledgerStatus, String ledgerError, LocalDateTime createdAt) {
    }

    /** A serial of a batch, with its voiding if any. */
    public record StoredSerial(String serial, int position, boolean voided) {
    }

    private final Clock clock;

    LabelBatchStore(Clock clock) {
        this.clock = clock;
    }

    public long insert(DSLContext transaction, String batchId, long lotId, long createdBy, String merkleRoot,
                       List<String> serials) {
        long id = transaction.insertInto(LABEL_BATCH)
                .set(LABEL_BATCH.BATCH_ID, batchId)
                .set(LABEL_BATCH.LOT_ID, lotId)
                .set(LABEL_BATCH.LABEL_COUNT, serials.size())
                .set(LABEL_BATCH.MERKLE_ROOT, merkleRoot)
                .set(LABEL_BATCH.CREATED_BY, createdBy)
                .set(LABEL_BATCH.LEDGER_STATUS, LabelBatchLedgerStatus.PENDING)
                .set(LABEL_BATCH.CREATED_AT, now())
                .returningResult(LABEL_BATCH.ID)
                .fetchOne()
                .value1();
        for (int from = 0; from < serials.size(); from += 1000) {
            InsertValuesStep4<LabelSerialRecord, String, String, Long, Integer> rows = transaction.insertInto(LABEL_SERIAL,
                    LABEL_SERIAL.SERIAL, LABEL_SERIAL.SMS_CODE, LABEL_SERIAL.BATCH_ID, LABEL_SERIAL.POSITION);
            for (int i = from; i < Math.min(serials.size(), from + 1000); i++) {
                String serial = serials.get(i);
                String smsCode = serial.length() >= LabelSerial.SMS_CODE_LENGTH
                        ? serial.substring(0, LabelSerial.SMS_CODE_LENGTH) : null;
                rows = rows.values(serial, smsCode, id, i + 1);
            }
            rows.execute();
        }
        return id;
    }

    public Optional<StoredBatch> byBatchId(DSLContext db, String batchId) {
        return db.selectFrom(LABEL_BATCH).where(LABEL_BATCH.BATCH_ID.eq(batchId)).fetchOptional(row ->
                new StoredBatch(row.getId(), row.getBatchId(), row.getLotId(), row.getLabelCount(), row.getMerkleRoot(),
                        row.getLedgerStatus().name(), row.getLedgerError(), row.getCreatedAt()));
    }

    public Optional<StoredBatch> byId(DSLContext db, long id) {
        return db.selectFrom(LABEL_BATCH).where(LABEL_BATCH.ID.eq(id)).fetchOptional(row ->
                new StoredBatch(row.getId(), row.getBatchId(), row.getLotId(), row.getLabelCount(), row.getMerkleRoot(),
                        row.getLedgerStatus().name(), row.getLedgerError(), row.getCreatedAt()));
    }

    public List<StoredBatch> ofLot(DSLContext db, long lotId) {
        return db.selectFrom(LABEL_BATCH).where(LABEL_BATCH.LOT_ID.eq(lotId)).orderBy(LABEL_BATCH.ID).fetch(row ->
                new StoredBatch(row.getId(), row.getBatchId(), row.getLotId(), row.getLabelCount(), row.getMerkleRoot(),
                        row.getLedgerStatus().name(), row.getLedgerError(), row.getCreatedAt()));
    }

    /** The batch's serials in printing order. */
    public List<StoredSerial> serials(DSLContext db, long batchKey) {
        return db.selectFrom(LABEL_SERIAL).where(LABEL_SERIAL.BATCH_ID.eq(batchKey)).orderBy(LABEL_SERIAL.POSITION)
                .fetch(row -> new StoredSerial(row.getSerial(), row.getPosition(), row.getVoidedAt() != null));
    }

    /** Which of these SMS codes (serial prefixes) issued serials already use. */
    public Set<String> takenSmsCodes(DSLContext db, Collection<String> codes) {
        Set<String> taken = new HashSet<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += 1000) {
            taken.addAll(db.select(LABEL_SERIAL.SMS_CODE).from(LABEL_SERIAL)
                    .where(LABEL_SERIAL.SMS_CODE.in(all.subList(from, Math.min(all.size(), from + 1000))))
                    .fetch(LABEL_SERIAL.SMS_CODE));
        }
        return taken;
    }

    /** The batch a serial belongs to, if any. */
    public Optional<StoredBatch> batchOfSerial(DSLContext db, String serial) {
        return db.select(LABEL_BATCH.fields()).from(LABEL_SERIAL).join(LABEL_BATCH).on(LABEL_BATCH.ID.eq(LABEL_SERIAL.BATCH_ID))
                .where(LABEL_SERIAL.SERIAL.eq(serial))
                .fetchOptional(row -> new StoredBatch(row.get(LABEL_BATCH.ID), row.get(LABEL_BATCH.BATCH_ID),
                        row.get(LABEL_BATCH.LOT_ID), row.get(LABEL_BATCH.LABEL_COUNT), row.get(LABEL_BATCH.MERKLE_ROOT),
                        row.get(LABEL_BATCH.LEDGER_STATUS).name(), row.get(LABEL_BATCH.LEDGER_ERROR),
                        row.get(LABEL_BATCH.CREATED_AT)));
    }

    /** Marks serials of the batch voided; returns how many were newly voided. */
    public int voidSerials(DSLContext transaction, long batchKey, List<String> serials, String reason) {
        return transaction.update(LABEL_SERIAL)
                .set(LABEL_SERIAL.VOIDED_AT, now())
                .set(LABEL_SERIAL.VOID_REASON, reason)
                .where(LABEL_SERIAL.BATCH_ID.eq(batchKey).and(LABEL_SERIAL.SERIAL.in(serials))
                        .and(LABEL_SERIAL.VOIDED_AT.isNull()))
                .execute();
    }

    @Override
    public Outbox.SubjectType type() {
        return Outbox.SubjectType.LABEL_BATCH;
    }

    @Override
    public void markRetrying(DSLContext transaction, long batchKey) {
        transaction.update(LABEL_BATCH).set(LABEL_BATCH.LEDGER_STATUS, LabelBatchLedgerStatus.PENDING)
                .setNull(LABEL_BATCH.LEDGER_ERROR).where(LABEL_BATCH.ID.eq(batchKey)).execute();
    }

    @Override
    public void recordOutcome(DSLContext transaction, long batchKey, SubmitOutcome outcome) {
        if (outcome instanceof SubmitOutcome.Rejected rejected) {
            transaction.update(LABEL_BATCH).set(LABEL_BATCH.LEDGER_STATUS, LabelBatchLedgerStatus.FAILED)
                    .set(LABEL_BATCH.LEDGER_ERROR, rejected.summary())
                    .where(LABEL_BATCH.ID.eq(batchKey)).execute();
        } else {
            transaction.update(LABEL_BATCH).set(LABEL_BATCH.LEDGER_STATUS, LabelBatchLedgerStatus.COMMITTED)
                    .where(LABEL_BATCH.ID.eq(batchKey)).execute();
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

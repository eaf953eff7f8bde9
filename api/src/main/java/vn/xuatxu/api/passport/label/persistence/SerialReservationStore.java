package vn.xuatxu.api.passport.label.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.jooq.Record;
import vn.xuatxu.api.db.tables.records.ReservedSerialRecord;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.PRODUCT;
import static vn.xuatxu.api.db.Tables.RESERVED_SERIAL;
import static vn.xuatxu.api.db.Tables.SERIAL_RESERVATION;

/** Stores blocks of reserved label serials and which lot, if any, bound each block. */
@Singleton
public final class SerialReservationStore {

    /** A block as stored, with its product's GTIN and name for printing. */
    public record StoredReservation(long id, String reservationId, long organisationId, long productId, String gtin,
                                    String productName, int labelCount, LocalDateTime reservedAt, Long lotId,
                                    LocalDateTime boundAt) {
        public boolean bound() {
            return lotId != null;
        }
    }

    private final Clock clock;

    SerialReservationStore(Clock clock) {
        this.clock = clock;
    }

    public long insert(DSLContext transaction, String reservationId, long organisationId, long productId, long reservedBy,
                       List<String> serials) {
        long id = transaction.insertInto(SERIAL_RESERVATION)
                .set(SERIAL_RESERVATION.RESERVATION_ID, reservationId)
                .set(SERIAL_RESERVATION.ORGANISATION_ID, organisationId)
                .set(SERIAL_RESERVATION.PRODUCT_ID, productId)
                .set(SERIAL_RESERVATION.LABEL_COUNT, serials.size())
                .set(SERIAL_RESERVATION.RESERVED_BY, reservedBy)
                .set(SERIAL_RESERVATION.RESERVED_AT, now())
                .returningResult(SERIAL_RESERVATION.ID)
                .fetchOne()
                .value1();
        InsertValuesStep3<ReservedSerialRecord, String, Long, Integer> rows = transaction
                .insertInto(RESERVED_SERIAL, RESERVED_SERIAL.SERIAL, RESERVED_SERIAL.RESERVATION_ID, RESERVED_SERIAL.POSITION);
        for (int i = 0; i < serials.size(); i++) {
            rows = rows.values(serials.get(i), id, i + 1);
        }
        rows.execute();
        return id;
    }

    public Optional<StoredReservation> byReservationId(DSLContext db, String reservationId) {
        return select(db).where(SERIAL_RESERVATION.RESERVATION_ID.eq(reservationId)).fetchOptional(SerialReservationStore::map);
    }

    /** The block, locked until the caller's transaction ends, so two lots cannot bind it at once. */
    public Optional<StoredReservation> lock(DSLContext transaction, String reservationId) {
        return select(transaction).where(SERIAL_RESERVATION.RESERVATION_ID.eq(reservationId)).forUpdate()
                .fetchOptional(SerialReservationStore::map);
    }

    public List<StoredReservation> newest(DSLContext db, long organisationId, int limit) {
        return select(db).where(SERIAL_RESERVATION.ORGANISATION_ID.eq(organisationId))
                .orderBy(SERIAL_RESERVATION.ID.desc()).limit(limit).fetch(SerialReservationStore::map);
    }

    /** The block's serials in printing order. */
    public List<String> serials(DSLContext db, long reservationKey) {
        return db.select(RESERVED_SERIAL.SERIAL).from(RESERVED_SERIAL).where(RESERVED_SERIAL.RESERVATION_ID.eq(reservationKey))
                .orderBy(RESERVED_SERIAL.POSITION).fetch(RESERVED_SERIAL.SERIAL);
    }

    /** The still unbound block holding a serial, if any. */
    public Optional<StoredReservation> unboundHolding(DSLContext db, String serial) {
        return select(db).join(RESERVED_SERIAL).on(RESERVED_SERIAL.RESERVATION_ID.eq(SERIAL_RESERVATION.ID))
                .where(RESERVED_SERIAL.SERIAL.eq(serial)).and(SERIAL_RESERVATION.LOT_ID.isNull())
                .fetchOptional(SerialReservationStore::map);
    }

    public void bind(DSLContext transaction, long reservationKey, long lotId, long labelBatchKey) {
        transaction.update(SERIAL_RESERVATION)
                .set(SERIAL_RESERVATION.LOT_ID, lotId)
                .set(SERIAL_RESERVATION.LABEL_BATCH_ID, labelBatchKey)
                .set(SERIAL_RESERVATION.BOUND_AT, now())
                .where(SERIAL_RESERVATION.ID.eq(reservationKey)).and(SERIAL_RESERVATION.LOT_ID.isNull())
                .execute();
    }

    private static org.jooq.SelectOnConditionStep<Record> select(DSLContext db) {
        return db.select(SERIAL_RESERVATION.fields()).select(PRODUCT.GTIN, PRODUCT.NAME).from(SERIAL_RESERVATION)
                .join(PRODUCT).on(PRODUCT.ID.eq(SERIAL_RESERVATION.PRODUCT_ID));
    }

    private static StoredReservation map(Record row) {
        return new StoredReservation(row.get(SERIAL_RESERVATION.ID), row.get(SERIAL_RESERVATION.RESERVATION_ID),
                row.get(SERIAL_RESERVATION.ORGANISATION_ID), row.get(SERIAL_RESERVATION.PRODUCT_ID), row.get(PRODUCT.GTIN),
                row.get(PRODUCT.NAME), row.get(SERIAL_RESERVATION.LABEL_COUNT), row.get(SERIAL_RESERVATION.RESERVED_AT),
                row.get(SERIAL_RESERVATION.LOT_ID), row.get(SERIAL_RESERVATION.BOUND_AT));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

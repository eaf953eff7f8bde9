package vn.xuatxu.api.passport.export.persistence;

import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import vn.xuatxu.api.passport.export.domain.ExportScope;
import vn.xuatxu.api.passport.export.domain.PassportRow;
import vn.xuatxu.api.passport.gs1.DigitalLink;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;

import java.time.LocalDateTime;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.LOT;
import static vn.xuatxu.api.db.Tables.ORGANISATION;
import static vn.xuatxu.api.db.Tables.PRODUCT;
import static vn.xuatxu.api.db.Tables.TRACE_EVENT;
import static vn.xuatxu.api.db.Tables.TRACE_EVENT_LOT;

/**
 * Reads passports for export in one shape ({@link PassportRow}): one lot by id, a count, and a forward-only
 * server-side cursor over a scope. The cursor is read {@value #FETCH_SIZE} rows at a time (MariaDB
 * Connector/J streams a result set when a fetch size is set), so an export of any size holds one batch in
 * memory, and rows come in lot id order so the output is stable.
 */
@Singleton
public final class PassportExportStore {

    /** Rows fetched from the server per round trip while streaming. */
    public static final int FETCH_SIZE = 500;

    private final DigitalLink links;

    PassportExportStore(DigitalLink links) {
        this.links = links;
    }

    public Optional<PassportRow> byLot(DSLContext db, long lotId) {
        return select(db).where(LOT.ID.eq(lotId)).fetchOptional(this::toRow);
    }

    /** How many passports of the scope changed at or after {@code since} (UTC). */
    public int count(DSLContext db, ExportScope scope, LocalDateTime since) {
        return db.fetchCount(db.select(LOT.ID).from(LOT)
                .join(PRODUCT).on(PRODUCT.ID.eq(LOT.PRODUCT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PRODUCT.ORGANISATION_ID))
                .where(in(scope)).and(changedAt().ge(since)));
    }

    /**
     * The passports of the scope changed at or after {@code since}, lot id ascending, after {@code afterLotId}
     * (0 for all), as a lazy cursor the caller must close. It holds a database connection until closed.
     */
    public Cursor<Record> open(DSLContext db, ExportScope scope, LocalDateTime since, long afterLotId) {
        return select(db).where(in(scope)).and(changedAt().ge(since)).and(LOT.ID.gt(afterLotId))
                .orderBy(LOT.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy();
    }

    /**
     * At most {@code limit} passports changed after the position ({@code changedAt}, {@code lotId}), in that
     * order: the next batch of a push that resumes where the last accepted one ended.
     */
    public java.util.List<PassportRow> after(DSLContext db, LocalDateTime changedAt, long lotId, int limit) {
        return select(db).where(changedAt().gt(changedAt).or(changedAt().eq(changedAt).and(LOT.ID.gt(lotId))))
                .orderBy(DSL.field(DSL.name("changed_at")), LOT.ID)
                .limit(limit)
                .fetch(this::toRow);
    }

    /** The row of one cursor record. */
    public PassportRow toRow(Record row) {
        Integer stars = row.get(PRODUCT.OCOP_STARS) == null ? null : row.get(PRODUCT.OCOP_STARS).intValue();
        return new PassportRow(row.get(LOT.ID), row.get(PRODUCT.ORGANISATION_ID), row.get(PRODUCT.GTIN),
                row.get(LOT.LOT_NUMBER), links.lot(new Gtin(row.get(PRODUCT.GTIN)), new LotNumber(row.get(LOT.LOT_NUMBER)),
                Optional.ofNullable(row.get(LOT.BEST_BEFORE_DATE))),
                row.get(PRODUCT.NAME), row.get(PRODUCT.CATEGORY), row.get(PRODUCT.NET_CONTENT), stars,
                row.get(PRODUCT.OCOP_CERTIFICATE_NUMBER), row.get(PRODUCT.OCOP_EXPIRY_DATE),
                row.get(PRODUCT.MARK_KIND) == null ? null : row.get(PRODUCT.MARK_KIND).getLiteral(),
                row.get(PRODUCT.MARK_NAME), row.get(PRODUCT.MARK_CERTIFICATE_NUMBER), row.get(ORGANISATION.NAME),
                row.get(ORGANISATION.MSP_ID), row.get(ORGANISATION.PROVINCE), row.get(ORGANISATION.DISTRICT),
                row.get(ORGANISATION.COMMUNE), row.get(LOT.PRODUCTION_DATE), row.get(LOT.BEST_BEFORE_DATE),
                row.get(LOT.QUANTITY), row.get(LOT.UNIT), row.get(LOT.RECORD_HASH), row.get(LOT.LEDGER_STATUS).getLiteral(),
                row.get(LOT.LEDGER_TX_ID), row.get(EVENT_COUNT), row.get(CHANGED_AT));
    }

    private static final Field<Integer> EVENT_COUNT = DSL.field(DSL.selectCount().from(TRACE_EVENT_LOT)
            .where(TRACE_EVENT_LOT.LOT_ID.eq(LOT.ID))).as("event_count");
    private static final Field<LocalDateTime> CHANGED_AT = changedAt().as("changed_at");

    /**
     * The latest of registration, ledger commit, product edit and last journey event. Computed, not stored:
     * the writers of those rows need not know about exports.
     */
    private static Field<LocalDateTime> changedAt() {
        Field<LocalDateTime> lastEvent = DSL.field(DSL.select(DSL.max(TRACE_EVENT.CREATED_AT)).from(TRACE_EVENT_LOT)
                .join(TRACE_EVENT).on(TRACE_EVENT.ID.eq(TRACE_EVENT_LOT.EVENT_ID))
                .where(TRACE_EVENT_LOT.LOT_ID.eq(LOT.ID)));
        return DSL.greatest(LOT.CREATED_AT, DSL.coalesce(LOT.COMMITTED_AT, LOT.CREATED_AT),
                DSL.coalesce(PRODUCT.UPDATED_AT, PRODUCT.CREATED_AT), DSL.coalesce(lastEvent, LOT.CREATED_AT));
    }

    private static Condition in(ExportScope scope) {
        if (scope instanceof ExportScope.Organisation organisation) {
            return PRODUCT.ORGANISATION_ID.eq(organisation.organisationId());
        }
        return ORGANISATION.PROVINCE.eq(((ExportScope.Province) scope).province());
    }

    private static SelectOnConditionStep<Record> select(DSLContext db) {
        return db.select(LOT.ID, LOT.LOT_NUMBER, LOT.PRODUCTION_DATE, LOT.BEST_BEFORE_DATE, LOT.QUANTITY, LOT.UNIT,
                        LOT.RECORD_HASH, LOT.LEDGER_STATUS, LOT.LEDGER_TX_ID)
                .select(PRODUCT.ORGANISATION_ID, PRODUCT.GTIN, PRODUCT.NAME, PRODUCT.CATEGORY, PRODUCT.NET_CONTENT,
                        PRODUCT.OCOP_STARS, PRODUCT.OCOP_CERTIFICATE_NUMBER, PRODUCT.OCOP_EXPIRY_DATE, PRODUCT.MARK_KIND,
                        PRODUCT.MARK_NAME, PRODUCT.MARK_CERTIFICATE_NUMBER)
                .select(ORGANISATION.NAME, ORGANISATION.MSP_ID, ORGANISATION.PROVINCE, ORGANISATION.DISTRICT,
                        ORGANISATION.COMMUNE)
                .select(EVENT_COUNT, CHANGED_AT)
                .from(LOT)
                .join(PRODUCT).on(PRODUCT.ID.eq(LOT.PRODUCT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PRODUCT.ORGANISATION_ID));
    }
}

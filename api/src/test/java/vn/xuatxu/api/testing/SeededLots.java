package vn.xuatxu.api.testing;

import org.jooq.DSLContext;
import vn.xuatxu.api.db.enums.LotLedgerStatus;
import vn.xuatxu.api.db.tables.records.LotRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static vn.xuatxu.api.db.Tables.APP_USER;
import static vn.xuatxu.api.db.Tables.PRODUCT;

/**
 * Many lots of the demo coffee product written straight into the {@code lot} table in batches, as load
 * harnesses need them: rows as the application writes them (the demo producer's user, a record hash, marked
 * committed with a transaction id), named {@code <prefix><n>}. They are not on the ledger.
 */
public final class SeededLots {

    private static final int BATCH = 5_000;

    private SeededLots() {
    }

    /** Inserts lots {@code prefix + from} to {@code prefix + (from + count - 1)}. */
    public static void insert(DSLContext db, String prefix, long from, long count) {
        long productId = db.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.GTIN.eq("08938600001016")).fetchOne(PRODUCT.ID);
        long userId = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("htx.muongang")).fetchOne(APP_USER.ID);
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        for (long start = 0; start < count; start += BATCH) {
            List<LotRecord> rows = new ArrayList<>();
            for (long i = start; i < Math.min(count, start + BATCH); i++) {
                LotRecord row = new LotRecord();
                row.setProductId(productId);
                row.setLotNumber(prefix + (from + i));
                row.setProductionDate(LocalDate.of(2026, 10, 1));
                row.setBestBeforeDate(LocalDate.of(2027, 10, 1));
                row.setQuantity(new BigDecimal("125.5"));
                row.setUnit("KGM");
                row.setRecordHash(String.format("%064x", from + i));
                row.setRegisteredBy(userId);
                row.setLedgerStatus(LotLedgerStatus.COMMITTED);
                row.setLedgerTxId(String.format("%064x", (from + i) * 31));
                row.setCreatedAt(now);
                rows.add(row);
            }
            db.batchInsert(rows).execute();
        }
    }
}

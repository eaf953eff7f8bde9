package vn.xuatxu.api.passport.lot.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.passport.lot.domain.LotDetails;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.LOT;
import static vn.xuatxu.api.db.Tables.LOT_DEFAULTS;

/** What an organisation entered for its last lot of each product, so the next lot is prefilled. */
@Singleton
public final class LotDefaultsStore {

    /** The remembered values of one product. */
    public record Defaults(long productId, String lastLotNumber, BigDecimal quantity, String unit, Integer shelfLifeDays) {
    }

    private final Clock clock;

    LotDefaultsStore(Clock clock) {
        this.clock = clock;
    }

    public void remember(DSLContext transaction, long organisationId, long productId, LotDetails details) {
        Integer shelfLife = details.bestBeforeDate()
                .map(d -> (int) ChronoUnit.DAYS.between(details.productionDate(), d)).orElse(null);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        transaction.insertInto(LOT_DEFAULTS)
                .set(LOT_DEFAULTS.ORGANISATION_ID, organisationId)
                .set(LOT_DEFAULTS.PRODUCT_ID, productId)
                .set(LOT_DEFAULTS.LAST_LOT_NUMBER, details.lotNumber().value())
                .set(LOT_DEFAULTS.QUANTITY, details.quantity())
                .set(LOT_DEFAULTS.UNIT, details.unit().name())
                .set(LOT_DEFAULTS.SHELF_LIFE_DAYS, shelfLife)
                .set(LOT_DEFAULTS.UPDATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(LOT_DEFAULTS.LAST_LOT_NUMBER, details.lotNumber().value())
                .set(LOT_DEFAULTS.QUANTITY, details.quantity())
                .set(LOT_DEFAULTS.UNIT, details.unit().name())
                .set(LOT_DEFAULTS.SHELF_LIFE_DAYS, shelfLife)
                .set(LOT_DEFAULTS.UPDATED_AT, now)
                .execute();
    }

    /** The organisation's remembered products, most recently used first. */
    public List<Defaults> of(DSLContext db, long organisationId) {
        return db.selectFrom(LOT_DEFAULTS).where(LOT_DEFAULTS.ORGANISATION_ID.eq(organisationId))
                .orderBy(LOT_DEFAULTS.UPDATED_AT.desc())
                .fetch(r -> new Defaults(r.getProductId(), r.getLastLotNumber(), r.getQuantity(), r.getUnit(),
                        r.getShelfLifeDays()));
    }

    public Optional<Defaults> of(DSLContext db, long organisationId, long productId) {
        return of(db, organisationId).stream().filter(d -> d.productId() == productId).findFirst();
    }

    /** The product's lot numbers that start with a prefix, for finding the next sequence number. */
    public List<String> lotNumbersStartingWith(DSLContext db, long productId, String prefix) {
        return db.select(LOT.LOT_NUMBER).from(LOT).where(LOT.PRODUCT_ID.eq(productId))
                .and(LOT.LOT_NUMBER.startsWith(prefix)).fetch(LOT.LOT_NUMBER);
    }
}

package vn.xuatxu.api.passport.product.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.db.enums.ProductGtinSource;
import vn.xuatxu.api.db.enums.ProductLedgerStatus;
import vn.xuatxu.api.db.enums.ProductMarkKind;
import vn.xuatxu.api.db.tables.records.ProductRecord;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.product.domain.InternalGtinRange;
import vn.xuatxu.api.passport.product.domain.ProductPassport;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.PRODUCT;

/** The passport fields of products beyond what {@link ProductStore} registers, and their internal GTINs. */
@Singleton
public final class ProductPassportStore {

    /** A product with its passport and where it stands on the ledger. */
    public record StoredPassport(long id, long organisationId, ProductPassport passport, String ledgerStatus,
                                 String ledgerTransactionId, String ledgerError) {
    }

    private final Clock clock;

    ProductPassportStore(Clock clock) {
        this.clock = clock;
    }

    /** Writes every passport field of an existing product row and marks it pending on the ledger. */
    public void save(DSLContext transaction, long productId, ProductPassport p) {
        transaction.update(PRODUCT)
                .set(PRODUCT.GTIN_SOURCE, ProductGtinSource.valueOf(p.gtinSource().name()))
                .set(PRODUCT.NAME, p.name())
                .set(PRODUCT.CATEGORY, p.category())
                .set(PRODUCT.DESCRIPTION, p.description())
                .set(PRODUCT.NET_CONTENT, p.netContent())
                .set(PRODUCT.LOT_CODE, p.lotCode())
                .set(PRODUCT.OCOP_STARS, p.ocop() == null ? null : (byte) p.ocop().stars())
                .set(PRODUCT.OCOP_CERTIFICATE_NUMBER, p.ocop() == null ? null : p.ocop().certificateNumber())
                .set(PRODUCT.OCOP_ISSUE_DATE, p.ocop() == null ? null : p.ocop().issueDate())
                .set(PRODUCT.OCOP_EXPIRY_DATE, p.ocop() == null ? null : p.ocop().expiryDate())
                .set(PRODUCT.MARK_KIND, p.mark() == null ? null : ProductMarkKind.valueOf(p.mark().kind().name()))
                .set(PRODUCT.MARK_NAME, p.mark() == null ? null : p.mark().name())
                .set(PRODUCT.MARK_CERTIFICATE_NUMBER, p.mark() == null ? null : p.mark().certificateNumber())
                .set(PRODUCT.MARK_HOLDER, p.mark() == null ? null : p.mark().holder())
                .set(PRODUCT.INGREDIENTS, p.ingredients())
                .set(PRODUCT.ALLERGENS, p.allergens())
                .set(PRODUCT.STORAGE, p.storage())
                .set(PRODUCT.LEDGER_STATUS, ProductLedgerStatus.PENDING)
                .set(PRODUCT.LEDGER_ERROR, (String) null)
                .set(PRODUCT.UPDATED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .where(PRODUCT.ID.eq(productId))
                .execute();
    }

    public Optional<StoredPassport> byId(DSLContext db, long id) {
        return db.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOptional(ProductPassportStore::toStored);
    }

    public List<StoredPassport> ofOrganisation(DSLContext db, long organisationId) {
        return db.selectFrom(PRODUCT).where(PRODUCT.ORGANISATION_ID.eq(organisationId)).orderBy(PRODUCT.NAME)
                .fetch(ProductPassportStore::toStored);
    }

    /**
     * The next free internal GTIN. Locks the range's highest row, so two producers allocating at once get
     * different numbers (the unique key on gtin is the last guard).
     */
    public Gtin nextInternalGtin(DSLContext transaction, InternalGtinRange range) {
        Optional<String> highest = transaction.select(PRODUCT.GTIN).from(PRODUCT)
                .where(PRODUCT.GTIN.startsWith(range.gtin14Prefix()))
                .orderBy(PRODUCT.GTIN.desc()).limit(1).forUpdate().fetchOptional(PRODUCT.GTIN);
        return range.number(highest.map(g -> range.sequenceOf(new Gtin(g)) + 1).orElse(1L));
    }

    private static StoredPassport toStored(ProductRecord row) {
        ProductPassport.Ocop ocop = row.getOcopStars() == null || row.getOcopStars() == 0 ? null
                : new ProductPassport.Ocop(row.getOcopStars(), row.getOcopCertificateNumber(), row.getOcopIssueDate(),
                row.getOcopExpiryDate());
        ProductPassport.Mark mark = row.getMarkKind() == null ? null
                : new ProductPassport.Mark(ProductPassport.MarkKind.valueOf(row.getMarkKind().name()), row.getMarkName(),
                row.getMarkCertificateNumber(), row.getMarkHolder());
        ProductPassport passport = new ProductPassport(new Gtin(row.getGtin()),
                ProductPassport.GtinSource.valueOf(row.getGtinSource().name()), row.getName(), row.getCategory(),
                row.getDescription(), row.getNetContent(), row.getLotCode(), ocop, mark, row.getIngredients(),
                row.getAllergens(), row.getStorage());
        return new StoredPassport(row.getId(), row.getOrganisationId(), passport, row.getLedgerStatus().name(),
                row.getLedgerTxId(), row.getLedgerError());
    }
}

package vn.xuatxu.api.passport.model.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.SelectOnConditionStep;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.passport.model.Address;
import vn.xuatxu.api.passport.model.Passport;
import vn.xuatxu.api.passport.product.domain.ProductPassport;
import vn.xuatxu.api.passport.product.persistence.ProductPhotoStore;

import java.util.List;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.LOT;
import static vn.xuatxu.api.db.Tables.ORGANISATION;
import static vn.xuatxu.api.db.Tables.PRODUCT;

/**
 * Reads {@link Passport}s: a lot's with its product and producer, or a product's, each in one query. It does
 * not check who may see them; callers (the completeness service, the public resolver, exports) decide that.
 */
@Singleton
public final class PassportReader {

    /** The product's image: its main uploaded photo, or else the address its producer declared. */
    private static final Field<String> IMAGE = DSL.coalesce(ProductPhotoStore.mainPhotoPath(PRODUCT.ID), PRODUCT.IMAGE_URL)
            .as("passport_image");

    public Optional<Passport> ofLot(DSLContext db, long lotId) {
        return db.select(PRODUCT.fields()).select(IMAGE).select(ORGANISATION.fields()).select(LOT.fields())
                .from(LOT).join(PRODUCT).on(PRODUCT.ID.eq(LOT.PRODUCT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PRODUCT.ORGANISATION_ID))
                .where(LOT.ID.eq(lotId))
                .fetchOptional(row -> new Passport(producer(row), product(row), Optional.of(lot(row))));
    }

    public Optional<Passport> ofProduct(DSLContext db, long productId) {
        return select(db).where(PRODUCT.ID.eq(productId))
                .fetchOptional(row -> new Passport(producer(row), product(row), Optional.empty()));
    }

    /** A product's passport by its GTIN, as a GTIN-only scan finds it. */
    public Optional<Passport> ofGtin(DSLContext db, Gtin gtin) {
        return select(db).where(PRODUCT.GTIN.eq(gtin.value()))
                .fetchOptional(row -> new Passport(producer(row), product(row), Optional.empty()));
    }

    /** The passports of an organisation's products, by name. */
    public List<Passport> ofOrganisationProducts(DSLContext db, long organisationId) {
        return select(db).where(PRODUCT.ORGANISATION_ID.eq(organisationId)).orderBy(PRODUCT.NAME, PRODUCT.ID)
                .fetch(row -> new Passport(producer(row), product(row), Optional.empty()));
    }

    /** The producer part of its passports, also before it has a product. */
    public Optional<Passport.Producer> producer(DSLContext db, long organisationId) {
        return db.selectFrom(ORGANISATION).where(ORGANISATION.ID.eq(organisationId)).fetchOptional(PassportReader::producer);
    }

    private static SelectOnConditionStep<Record> select(DSLContext db) {
        return db.select(PRODUCT.fields()).select(IMAGE).select(ORGANISATION.fields())
                .from(PRODUCT).join(ORGANISATION).on(ORGANISATION.ID.eq(PRODUCT.ORGANISATION_ID));
    }

    private static Passport.Producer producer(Record row) {
        return new Passport.Producer(row.get(ORGANISATION.ID), row.get(ORGANISATION.NAME), row.get(ORGANISATION.TAX_CODE),
                row.get(ORGANISATION.GLN), new Address(row.get(ORGANISATION.ADDRESS_LINE), row.get(ORGANISATION.COMMUNE),
                row.get(ORGANISATION.PROVINCE), row.get(ORGANISATION.FORMER_COMMUNE), row.get(ORGANISATION.DISTRICT),
                row.get(ORGANISATION.FORMER_PROVINCE)));
    }

    private static Passport.Product product(Record row) {
        Byte stars = row.get(PRODUCT.OCOP_STARS);
        ProductPassport.Ocop ocop = stars == null || stars == 0 ? null : new ProductPassport.Ocop(stars,
                row.get(PRODUCT.OCOP_CERTIFICATE_NUMBER), row.get(PRODUCT.OCOP_ISSUE_DATE), row.get(PRODUCT.OCOP_EXPIRY_DATE));
        ProductPassport.Mark mark = row.get(PRODUCT.MARK_KIND) == null ? null : new ProductPassport.Mark(
                ProductPassport.MarkKind.valueOf(row.get(PRODUCT.MARK_KIND).name()), row.get(PRODUCT.MARK_NAME),
                row.get(PRODUCT.MARK_CERTIFICATE_NUMBER), row.get(PRODUCT.MARK_HOLDER));
        boolean certified = row.get(PRODUCT.QUALITY_CERTIFICATE_NAME) != null
                || row.get(PRODUCT.QUALITY_CERTIFICATE_NUMBER) != null
                || row.get(PRODUCT.QUALITY_CERTIFICATE_VALID_UNTIL) != null;
        Passport.QualityCertificate quality = certified ? new Passport.QualityCertificate(
                row.get(PRODUCT.QUALITY_CERTIFICATE_NAME), row.get(PRODUCT.QUALITY_CERTIFICATE_NUMBER),
                row.get(PRODUCT.QUALITY_CERTIFICATE_VALID_UNTIL)) : null;
        return new Passport.Product(row.get(PRODUCT.ID), new Gtin(row.get(PRODUCT.GTIN)), row.get(PRODUCT.NAME),
                row.get(PRODUCT.CATEGORY), row.get(PRODUCT.NET_CONTENT), row.get(IMAGE), row.get(PRODUCT.BRAND),
                row.get(PRODUCT.ORIGIN), row.get(PRODUCT.STANDARDS_APPLIED), quality, ocop, mark,
                row.get(PRODUCT.ALLERGENS), row.get(PRODUCT.SAFETY_WARNINGS));
    }

    private static Passport.Lot lot(Record row) {
        return new Passport.Lot(row.get(LOT.ID), new LotNumber(row.get(LOT.LOT_NUMBER)), row.get(LOT.PRODUCTION_DATE),
                Optional.ofNullable(row.get(LOT.BEST_BEFORE_DATE)), row.get(LOT.LEDGER_STATUS).name());
    }
}

package vn.xuatxu.api.passport.translation.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.translation.domain.TranslationLanguage;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.ORGANISATION_TRANSLATION;
import static vn.xuatxu.api.db.Tables.PRODUCT;
import static vn.xuatxu.api.db.Tables.PRODUCT_TRANSLATION;

/** Translations of product texts and producer names; text arrives NFC-normalised from the application layer. */
@Singleton
public final class TranslationStore {

    /** A product's texts in one language. */
    public record ProductText(String language, String name, String description) {
    }

    /** A producer's name in one language. */
    public record ProducerName(String language, String name) {
    }

    /** What the passport page shows a reader of one language; either part may be missing. */
    public record ForReader(String language, Optional<ProductText> product, Optional<String> producerName) {
    }

    private final Clock clock;

    TranslationStore(Clock clock) {
        this.clock = clock;
    }

    public void putProduct(DSLContext db, long productId, TranslationLanguage language, String name, String description) {
        LocalDateTime now = now();
        db.insertInto(PRODUCT_TRANSLATION)
                .set(PRODUCT_TRANSLATION.PRODUCT_ID, productId)
                .set(PRODUCT_TRANSLATION.LANGUAGE, language.code())
                .set(PRODUCT_TRANSLATION.NAME, name)
                .set(PRODUCT_TRANSLATION.DESCRIPTION, description)
                .set(PRODUCT_TRANSLATION.UPDATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(PRODUCT_TRANSLATION.NAME, name)
                .set(PRODUCT_TRANSLATION.DESCRIPTION, description)
                .set(PRODUCT_TRANSLATION.UPDATED_AT, now)
                .execute();
    }

    public boolean deleteProduct(DSLContext db, long productId, TranslationLanguage language) {
        return db.deleteFrom(PRODUCT_TRANSLATION).where(PRODUCT_TRANSLATION.PRODUCT_ID.eq(productId)
                .and(PRODUCT_TRANSLATION.LANGUAGE.eq(language.code()))).execute() > 0;
    }

    public List<ProductText> ofProduct(DSLContext db, long productId) {
        return db.selectFrom(PRODUCT_TRANSLATION).where(PRODUCT_TRANSLATION.PRODUCT_ID.eq(productId))
                .orderBy(PRODUCT_TRANSLATION.LANGUAGE)
                .fetch(row -> new ProductText(row.getLanguage(), row.getName(), row.getDescription()));
    }

    public void putProducer(DSLContext db, long organisationId, TranslationLanguage language, String name) {
        LocalDateTime now = now();
        db.insertInto(ORGANISATION_TRANSLATION)
                .set(ORGANISATION_TRANSLATION.ORGANISATION_ID, organisationId)
                .set(ORGANISATION_TRANSLATION.LANGUAGE, language.code())
                .set(ORGANISATION_TRANSLATION.NAME, name)
                .set(ORGANISATION_TRANSLATION.UPDATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(ORGANISATION_TRANSLATION.NAME, name)
                .set(ORGANISATION_TRANSLATION.UPDATED_AT, now)
                .execute();
    }

    public boolean deleteProducer(DSLContext db, long organisationId, TranslationLanguage language) {
        return db.deleteFrom(ORGANISATION_TRANSLATION).where(ORGANISATION_TRANSLATION.ORGANISATION_ID.eq(organisationId)
                .and(ORGANISATION_TRANSLATION.LANGUAGE.eq(language.code()))).execute() > 0;
    }

    public List<ProducerName> ofProducer(DSLContext db, long organisationId) {
        return db.selectFrom(ORGANISATION_TRANSLATION).where(ORGANISATION_TRANSLATION.ORGANISATION_ID.eq(organisationId))
                .orderBy(ORGANISATION_TRANSLATION.LANGUAGE)
                .fetch(row -> new ProducerName(row.getLanguage(), row.getName()));
    }

    /** The product's and its producer's texts in {@code language}, in one query from the GTIN. */
    public ForReader forReader(DSLContext db, Gtin gtin, String language) {
        return db.select(PRODUCT_TRANSLATION.NAME, PRODUCT_TRANSLATION.DESCRIPTION, ORGANISATION_TRANSLATION.NAME)
                .from(PRODUCT)
                .leftJoin(PRODUCT_TRANSLATION).on(PRODUCT_TRANSLATION.PRODUCT_ID.eq(PRODUCT.ID)
                        .and(PRODUCT_TRANSLATION.LANGUAGE.eq(language)))
                .leftJoin(ORGANISATION_TRANSLATION).on(ORGANISATION_TRANSLATION.ORGANISATION_ID.eq(PRODUCT.ORGANISATION_ID)
                        .and(ORGANISATION_TRANSLATION.LANGUAGE.eq(language)))
                .where(PRODUCT.GTIN.eq(gtin.value()))
                .fetchOptional(row -> new ForReader(language,
                        Optional.ofNullable(row.get(PRODUCT_TRANSLATION.NAME))
                                .map(name -> new ProductText(language, name, row.get(PRODUCT_TRANSLATION.DESCRIPTION))),
                        Optional.ofNullable(row.get(ORGANISATION_TRANSLATION.NAME))))
                .orElse(new ForReader(language, Optional.empty(), Optional.empty()));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

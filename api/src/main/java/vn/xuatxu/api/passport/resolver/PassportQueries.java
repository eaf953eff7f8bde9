package vn.xuatxu.api.passport.resolver;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.passport.gs1.Gtin;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.ORGANISATION;
import static vn.xuatxu.api.db.Tables.PRODUCT;

/**
 * The resolver's own reads, besides the lot itself (which {@code LotStore} reads so that the hash is
 * recomputed in exactly one place): a product with its producer for a GTIN-only scan, and the names of the
 * organisations a lot's journey passed through. Each is one query.
 */
@Singleton
final class PassportQueries {

    /** A product and its producer, as a GTIN-only scan shows them. */
    record ProductWithProducer(String gtin, String name, String category, String description, String netContent,
                               Integer ocopStars, String producerName, String producerMspId, String province,
                               String district, String commune) {
    }

    /** What a buyer reads on the pack besides the name: ingredients, allergens, how to store it; each may be null. */
    record ProductCare(String ingredients, String allergens, String storage) {
    }

    /** An organisation's display name and place. */
    record OrganisationName(String name, String province, String commune) {
    }

    Optional<ProductWithProducer> product(DSLContext db, Gtin gtin) {
        return db.select(PRODUCT.GTIN, PRODUCT.NAME, PRODUCT.CATEGORY, PRODUCT.DESCRIPTION, PRODUCT.NET_CONTENT,
                        PRODUCT.OCOP_STARS, ORGANISATION.NAME, ORGANISATION.MSP_ID, ORGANISATION.PROVINCE,
                        ORGANISATION.DISTRICT, ORGANISATION.COMMUNE)
                .from(PRODUCT)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PRODUCT.ORGANISATION_ID))
                .where(PRODUCT.GTIN.eq(gtin.value()))
                .fetchOptional(row -> new ProductWithProducer(row.get(PRODUCT.GTIN), row.get(PRODUCT.NAME),
                        row.get(PRODUCT.CATEGORY), row.get(PRODUCT.DESCRIPTION), row.get(PRODUCT.NET_CONTENT),
                        row.get(PRODUCT.OCOP_STARS) == null ? null : row.get(PRODUCT.OCOP_STARS).intValue(),
                        row.get(ORGANISATION.NAME), row.get(ORGANISATION.MSP_ID), row.get(ORGANISATION.PROVINCE),
                        row.get(ORGANISATION.DISTRICT), row.get(ORGANISATION.COMMUNE)));
    }

    ProductCare care(DSLContext db, Gtin gtin) {
        return db.select(PRODUCT.INGREDIENTS, PRODUCT.ALLERGENS, PRODUCT.STORAGE).from(PRODUCT)
                .where(PRODUCT.GTIN.eq(gtin.value()))
                .fetchOptional(row -> new ProductCare(row.get(PRODUCT.INGREDIENTS), row.get(PRODUCT.ALLERGENS),
                        row.get(PRODUCT.STORAGE)))
                .orElse(new ProductCare(null, null, null));
    }

    /** Names of the organisations with these ledger ids; ids not registered here are simply absent. */
    Map<String, OrganisationName> organisations(DSLContext db, Collection<String> mspIds) {
        if (mspIds.isEmpty()) {
            return Map.of();
        }
        return db.select(ORGANISATION.MSP_ID, ORGANISATION.NAME, ORGANISATION.PROVINCE, ORGANISATION.COMMUNE)
                .from(ORGANISATION)
                .where(ORGANISATION.MSP_ID.in(mspIds))
                .fetchMap(ORGANISATION.MSP_ID, row -> new OrganisationName(row.get(ORGANISATION.NAME),
                        row.get(ORGANISATION.PROVINCE), row.get(ORGANISATION.COMMUNE)));
    }
}

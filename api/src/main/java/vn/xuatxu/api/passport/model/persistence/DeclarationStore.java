package vn.xuatxu.api.passport.model.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.passport.model.Passport;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static vn.xuatxu.api.db.Tables.ORGANISATION;
import static vn.xuatxu.api.db.Tables.PRODUCT;

/**
 * Writes the passport items added for Decree 37/2026 and Circular 02/2024 (V7). They are page content, like
 * a product's ingredients: the ledger keeps the product's identity and certificates, not these.
 */
@Singleton
public final class DeclarationStore {

    /** A product's declarations, already checked. */
    public record ProductDeclarations(String imageUrl, String brand, String origin, String standardsApplied,
                                      Passport.QualityCertificate qualityCertificate, String safetyWarnings) {
    }

    /** A producer's identifier, location code and the address parts the agency did not enter. */
    public record ProducerDetails(String taxCode, String gln, String addressLine, String formerCommune,
                                  String formerProvince) {
    }

    private final Clock clock;

    DeclarationStore(Clock clock) {
        this.clock = clock;
    }

    public void saveProduct(DSLContext transaction, long productId, ProductDeclarations d) {
        Passport.QualityCertificate c = d.qualityCertificate();
        transaction.update(PRODUCT)
                .set(PRODUCT.IMAGE_URL, d.imageUrl())
                .set(PRODUCT.BRAND, d.brand())
                .set(PRODUCT.ORIGIN, d.origin())
                .set(PRODUCT.STANDARDS_APPLIED, d.standardsApplied())
                .set(PRODUCT.QUALITY_CERTIFICATE_NAME, c == null ? null : c.name())
                .set(PRODUCT.QUALITY_CERTIFICATE_NUMBER, c == null ? null : c.number())
                .set(PRODUCT.QUALITY_CERTIFICATE_VALID_UNTIL, c == null ? null : c.validUntil())
                .set(PRODUCT.SAFETY_WARNINGS, d.safetyWarnings())
                .set(PRODUCT.UPDATED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .where(PRODUCT.ID.eq(productId))
                .execute();
    }

    public void saveProducer(DSLContext transaction, long organisationId, ProducerDetails d) {
        transaction.update(ORGANISATION)
                .set(ORGANISATION.TAX_CODE, d.taxCode())
                .set(ORGANISATION.GLN, d.gln())
                .set(ORGANISATION.ADDRESS_LINE, d.addressLine())
                .set(ORGANISATION.FORMER_COMMUNE, d.formerCommune())
                .set(ORGANISATION.FORMER_PROVINCE, d.formerProvince())
                .where(ORGANISATION.ID.eq(organisationId))
                .execute();
    }
}

package vn.xuatxu.api.passport.model;

import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.passport.product.domain.ProductPassport;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A product's passport, or a lot's when {@code lot} is present: the producer, the product and the lot as
 * stored, every field that {@link PassportItem} maps. Absent values are {@code null}. This is what
 * pages, the completeness check and exports read, so they cannot disagree about what a passport holds.
 */
public record Passport(Producer producer, Product product, Optional<Lot> lot) {

    public Passport {
        lot = lot == null ? Optional.empty() : lot;
    }

    /** The same passport for the product only. */
    public Passport withoutLot() {
        return new Passport(producer, product, Optional.empty());
    }

    /** The organisation that makes the product: its name, identifier, location trace code and address. */
    public record Producer(long id, String name, String taxCode, String gln, Address address) {
    }

    /** A product's own passport items. */
    public record Product(long id, Gtin gtin, String name, String category, String netContent, String imageUrl,
                          String brand, String origin, String standardsApplied, QualityCertificate qualityCertificate,
                          ProductPassport.Ocop ocop, ProductPassport.Mark mark, String allergens,
                          String safetyWarnings) {
    }

    /** A quality or conformity certificate other than OCOP (VietGAP, organic, food-safety premises …). */
    public record QualityCertificate(String name, String number, LocalDate validUntil) {
    }

    /**
     * A lot's passport items. {@code ledgerStatus} is the lot's registration on the ledger (PENDING,
     * COMMITTED or FAILED), which carries its traceability record.
     */
    public record Lot(long id, LotNumber number, LocalDate productionDate, Optional<LocalDate> bestBeforeDate,
                      String ledgerStatus) {

        public Lot {
            bestBeforeDate = bestBeforeDate == null ? Optional.empty() : bestBeforeDate;
        }
    }
}

package vn.xuatxu.api.passport.model;

import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.passport.product.domain.ProductPassport;

import java.time.LocalDate;
import java.util.Optional;

/** A complete lot passport on {@link #TODAY}, and the same passport with one item taken away. */
final class Passports {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Passports() {
    }

    static Passport complete() {
        Passport.Producer producer = new Passport.Producer(1, "Hợp tác xã Cà phê Mường Ảng", "5600123456",
                "8938600000019", new Address("Bản Co Líu", "Xã Mường Ảng", "Điện Biên", null, "Mường Ảng", null));
        Passport.Product product = new Passport.Product(2, new Gtin("08938600001016"), "Cà phê Arabica Mường Ảng",
                "Cà phê", "500 g", "https://anh.example.vn/ca-phe.jpg", "Mường Ảng Coffee",
                "Xã Mường Ảng, tỉnh Điện Biên, Việt Nam", "TCVN 4193:2014",
                new Passport.QualityCertificate("VietGAP", "VG-123", TODAY.plusMonths(10)),
                new ProductPassport.Ocop(4, "1234/QĐ-UBND", TODAY.minusMonths(6), TODAY.plusMonths(30)),
                new ProductPassport.Mark(ProductPassport.MarkKind.GEOGRAPHICAL_INDICATION, "Cà phê Mường Ảng", "00150",
                        "UBND tỉnh Điện Biên"), "Không", "Không dùng cho trẻ dưới 3 tuổi");
        Passport.Lot lot = new Passport.Lot(3, new LotNumber("MA2026-001"), TODAY.minusDays(14),
                Optional.of(TODAY.plusMonths(12)), "COMMITTED");
        return new Passport(producer, product, Optional.of(lot));
    }

    /** The complete passport with {@code item} removed (for "if any" items: removed, so not claimed). */
    static Passport without(PassportItem item) {
        Passport p = complete();
        Passport.Producer o = p.producer();
        Passport.Product d = p.product();
        Passport.Lot l = p.lot().orElseThrow();
        return switch (item) {
            case PRODUCT_NAME -> product(p, new Passport.Product(d.id(), d.gtin(), null, d.category(), d.netContent(),
                    d.imageUrl(), d.brand(), d.origin(), d.standardsApplied(), d.qualityCertificate(), d.ocop(), d.mark(),
                    d.allergens(), d.safetyWarnings()));
            case GTIN -> product(p, new Passport.Product(d.id(), null, d.name(), d.category(), d.netContent(),
                    d.imageUrl(), d.brand(), d.origin(), d.standardsApplied(), d.qualityCertificate(), d.ocop(), d.mark(),
                    d.allergens(), d.safetyWarnings()));
            case PRODUCER_NAME -> producer(p, new Passport.Producer(o.id(), null, o.taxCode(), o.gln(), o.address()));
            case PRODUCER_ADDRESS -> producer(p, new Passport.Producer(o.id(), o.name(), o.taxCode(), o.gln(),
                    new Address("Bản Co Líu", null, "Điện Biên", null, "Mường Ảng", null)));
            case PRODUCER_IDENTIFIER -> producer(p, new Passport.Producer(o.id(), o.name(), null, o.gln(), o.address()));
            case LOCATION_CODE -> producer(p, new Passport.Producer(o.id(), o.name(), o.taxCode(), null, o.address()));
            case ORIGIN -> product(p, new Passport.Product(d.id(), d.gtin(), d.name(), d.category(), d.netContent(),
                    d.imageUrl(), d.brand(), null, d.standardsApplied(), d.qualityCertificate(), d.ocop(), d.mark(),
                    d.allergens(), d.safetyWarnings()));
            case STANDARDS -> product(p, new Passport.Product(d.id(), d.gtin(), d.name(), d.category(), d.netContent(),
                    d.imageUrl(), d.brand(), d.origin(), " ", d.qualityCertificate(), d.ocop(), d.mark(),
                    d.allergens(), d.safetyWarnings()));
            case QUALITY_CERTIFICATE -> product(p, new Passport.Product(d.id(), d.gtin(), d.name(), d.category(),
                    d.netContent(), d.imageUrl(), d.brand(), d.origin(), d.standardsApplied(), null, d.ocop(), d.mark(),
                    d.allergens(), d.safetyWarnings()));
            case OCOP_CERTIFICATE -> product(p, new Passport.Product(d.id(), d.gtin(), d.name(), d.category(),
                    d.netContent(), d.imageUrl(), d.brand(), d.origin(), d.standardsApplied(), d.qualityCertificate(),
                    null, d.mark(), d.allergens(), d.safetyWarnings()));
            case SAFETY_WARNINGS -> product(p, new Passport.Product(d.id(), d.gtin(), d.name(), d.category(),
                    d.netContent(), d.imageUrl(), d.brand(), d.origin(), d.standardsApplied(), d.qualityCertificate(),
                    d.ocop(), d.mark(), null, null));
            case PRODUCT_IMAGE -> product(p, new Passport.Product(d.id(), d.gtin(), d.name(), d.category(),
                    d.netContent(), null, d.brand(), d.origin(), d.standardsApplied(), d.qualityCertificate(), d.ocop(),
                    d.mark(), d.allergens(), d.safetyWarnings()));
            case BRAND -> product(p, new Passport.Product(d.id(), d.gtin(), d.name(), d.category(), d.netContent(),
                    d.imageUrl(), null, d.origin(), d.standardsApplied(), d.qualityCertificate(), d.ocop(), d.mark(),
                    d.allergens(), d.safetyWarnings()));
            case GEOGRAPHICAL_MARK -> product(p, new Passport.Product(d.id(), d.gtin(), d.name(), d.category(),
                    d.netContent(), d.imageUrl(), d.brand(), d.origin(), d.standardsApplied(), d.qualityCertificate(),
                    d.ocop(), null, d.allergens(), d.safetyWarnings()));
            case TRACE_CODE -> lot(p, new Passport.Lot(l.id(), null, l.productionDate(), l.bestBeforeDate(), l.ledgerStatus()));
            case TRACEABILITY -> lot(p, new Passport.Lot(l.id(), l.number(), l.productionDate(), l.bestBeforeDate(), "FAILED"));
            case PRODUCTION_DATE -> lot(p, new Passport.Lot(l.id(), l.number(), null, l.bestBeforeDate(), l.ledgerStatus()));
            case EXPIRY_DATE -> lot(p, new Passport.Lot(l.id(), l.number(), l.productionDate(), Optional.empty(), l.ledgerStatus()));
            case SERIAL_NUMBER -> p;
        };
    }

    static Passport product(Passport p, Passport.Product product) {
        return new Passport(p.producer(), product, p.lot());
    }

    static Passport producer(Passport p, Passport.Producer producer) {
        return new Passport(producer, p.product(), p.lot());
    }

    static Passport lot(Passport p, Passport.Lot lot) {
        return new Passport(p.producer(), p.product(), Optional.of(lot));
    }
}

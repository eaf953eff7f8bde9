package vn.xuatxu.api.passport.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.xuatxu.api.passport.product.domain.ProductPassport;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.passport.model.Passports.TODAY;

class CompletenessTest {

    @Test
    void aPassportWithEveryItemHasNoFinding() {
        Completeness completeness = Completeness.check(Passports.complete(), TODAY, Set.of());
        assertTrue(completeness.complete(), completeness.findings().toString());
        for (PassportItem item : PassportItem.values()) {
            if (item != PassportItem.SERIAL_NUMBER) {
                assertTrue(item.value(Passports.complete()).isPresent(), item + " is shown from the complete passport");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = PassportItem.class)
    void eachMandatoryItemsAbsenceIsReportedAndNothingElse(PassportItem item) {
        Completeness completeness = Completeness.check(Passports.without(item), TODAY, Set.of());
        if (item.obligation() == Obligation.MANDATORY) {
            assertEquals(List.of(new Finding.Missing(item)), completeness.findings());
            assertTrue(completeness.findings().get(0).message().startsWith("Thiếu "));
        } else {
            assertTrue(completeness.complete(), "an \"if any\" item left out is not a finding: " + completeness.findings());
        }
    }

    @Test
    void anOcopStarWithoutItsCertificateIsReportedMissing() {
        Passport p = Passports.complete();
        Passport.Product d = p.product();
        Passport claimed = Passports.product(p, new Passport.Product(d.id(), d.gtin(), d.name(), d.category(),
                d.netContent(), d.imageUrl(), d.brand(), d.origin(), d.standardsApplied(), d.qualityCertificate(),
                new ProductPassport.Ocop(4, null, null, null), d.mark(), d.allergens(), d.safetyWarnings()));
        assertEquals(List.of(new Finding.Missing(PassportItem.OCOP_CERTIFICATE)),
                Completeness.check(claimed, TODAY, Set.of()).findings());
    }

    @Test
    void anOcopCertificateExpiresAt36MonthsFromItsDecisionEvenIfItsWrittenDateIsLater() {
        LocalDate issued = TODAY.minusMonths(36).minusDays(3);
        Passport p = withOcop(new ProductPassport.Ocop(4, "12/QĐ-UBND", issued, issued.plusYears(5)));
        Completeness completeness = Completeness.check(p, TODAY, Set.of());
        LocalDate lastDay = issued.plusMonths(36).minusDays(1);
        assertEquals(List.of(new Finding.Expired(PassportItem.OCOP_CERTIFICATE, lastDay)), completeness.findings());
        assertTrue(completeness.findings().get(0).message().contains("hết hiệu lực"), completeness.findings().get(0).message());

        Passport stillValid = withOcop(new ProductPassport.Ocop(4, "12/QĐ-UBND", TODAY.minusMonths(36).plusDays(1),
                TODAY.plusYears(1)));
        assertTrue(Completeness.check(stillValid, TODAY, Set.of()).complete(), "the 36th month is still valid");
    }

    @Test
    void anOcopCertificatePastItsWrittenExpiryIsReportedExpired() {
        Passport p = withOcop(new ProductPassport.Ocop(3, "9/QĐ-UBND", TODAY.minusMonths(20), TODAY.minusDays(1)));
        assertEquals(List.of(new Finding.Expired(PassportItem.OCOP_CERTIFICATE, TODAY.minusDays(1))),
                Completeness.check(p, TODAY, Set.of()).findings());
        Passport lastDay = withOcop(new ProductPassport.Ocop(3, "9/QĐ-UBND", TODAY.minusMonths(20), TODAY));
        assertTrue(Completeness.check(lastDay, TODAY, Set.of()).complete(), "valid on its expiry date itself");
    }

    @Test
    void aQualityCertificatePastItsDateIsReportedExpired() {
        Passport p = Passports.complete();
        Passport.Product d = p.product();
        Passport expired = Passports.product(p, new Passport.Product(d.id(), d.gtin(), d.name(), d.category(),
                d.netContent(), d.imageUrl(), d.brand(), d.origin(), d.standardsApplied(),
                new Passport.QualityCertificate("VietGAP", "VG-1", TODAY.minusDays(10)), d.ocop(), d.mark(),
                d.allergens(), d.safetyWarnings()));
        assertEquals(List.of(new Finding.Expired(PassportItem.QUALITY_CERTIFICATE, TODAY.minusDays(10))),
                Completeness.check(expired, TODAY, Set.of()).findings());

        Passport numberless = Passports.product(p, new Passport.Product(d.id(), d.gtin(), d.name(), d.category(),
                d.netContent(), d.imageUrl(), d.brand(), d.origin(), d.standardsApplied(),
                new Passport.QualityCertificate("VietGAP", null, TODAY.plusDays(10)), d.ocop(), d.mark(),
                d.allergens(), d.safetyWarnings()));
        assertEquals(List.of(new Finding.Missing(PassportItem.QUALITY_CERTIFICATE)),
                Completeness.check(numberless, TODAY, Set.of()).findings());
    }

    @Test
    void aLotPastItsBestBeforeDateIsReportedExpired() {
        Passport p = Passports.complete();
        Passport.Lot l = p.lot().orElseThrow();
        Passport old = Passports.lot(p, new Passport.Lot(l.id(), l.number(), TODAY.minusYears(2),
                Optional.of(TODAY.minusMonths(1)), "COMMITTED"));
        assertEquals(List.of(new Finding.Expired(PassportItem.EXPIRY_DATE, TODAY.minusMonths(1))),
                Completeness.check(old, TODAY, Set.of()).findings());
    }

    @Test
    void aProductsPassportIsNotCheckedForLotItems() {
        Passport product = Passports.without(PassportItem.PRODUCTION_DATE).withoutLot();
        assertTrue(Completeness.check(product, TODAY, Set.of()).complete());
        assertFalse(PassportItem.TRACE_CODE.required(product));
    }

    @Test
    void onlyFindingsOnBlockingItemsBlock() {
        Passport p = Passports.without(PassportItem.STANDARDS);
        Completeness warned = Completeness.check(p, TODAY, Set.of(PassportItem.PRODUCT_IMAGE));
        assertFalse(warned.complete());
        assertFalse(warned.blocked(), "a missing item the agency did not make blocking only warns");

        Completeness blocked = Completeness.check(p, TODAY, Set.of(PassportItem.STANDARDS));
        assertTrue(blocked.blocked());
        assertEquals(List.of(new Finding.Missing(PassportItem.STANDARDS)), blocked.blockingFindings());
        assertFalse(Completeness.check(Passports.complete(), TODAY, Set.of(PassportItem.STANDARDS)).blocked());
    }

    private static Passport withOcop(ProductPassport.Ocop ocop) {
        Passport p = Passports.complete();
        Passport.Product d = p.product();
        return Passports.product(p, new Passport.Product(d.id(), d.gtin(), d.name(), d.category(), d.netContent(),
                d.imageUrl(), d.brand(), d.origin(), d.standardsApplied(), d.qualityCertificate(), ocop, d.mark(),
                d.allergens(), d.safetyWarnings()));
    }
}

package vn.xuatxu.api.passport.model.web;

import vn.xuatxu.api.passport.model.Passport;
import vn.xuatxu.api.passport.model.PassportItem;

/**
 * Where a producer fixes each passport item: the organisation page, the product form, the product's passport
 * declarations, or the lot page, down to the field (the fragment is the input's id).
 */
final class FixLinks {

    private FixLinks() {
    }

    static String of(PassportItem item, Passport passport) {
        String product = "/san-pham/" + passport.product().id();
        String lot = passport.lot().map(l -> "/lo-hang/" + l.id()).orElse("/trang-chu");
        return switch (item) {
            case PRODUCER_NAME -> "/co-so#name";
            case PRODUCER_ADDRESS -> "/co-so#addressLine";
            case PRODUCER_IDENTIFIER -> "/co-so#taxCode";
            case LOCATION_CODE -> "/co-so#gln";
            case PRODUCT_NAME -> product + "#name";
            case GTIN -> product + "#gtin";
            case OCOP_CERTIFICATE -> product + "#ocopCertificateNumber";
            case GEOGRAPHICAL_MARK -> product + "#markKind";
            case ORIGIN -> product + "/ho-chieu#origin";
            case STANDARDS -> product + "/ho-chieu#standardsApplied";
            case QUALITY_CERTIFICATE -> product + "/ho-chieu#qualityCertificateName";
            case SAFETY_WARNINGS -> product + "/ho-chieu#safetyWarnings";
            case PRODUCT_IMAGE -> product + "/ho-chieu#imageUrl";
            case BRAND -> product + "/ho-chieu#brand";
            case TRACE_CODE, TRACEABILITY, PRODUCTION_DATE, EXPIRY_DATE, SERIAL_NUMBER -> lot;
        };
    }
}

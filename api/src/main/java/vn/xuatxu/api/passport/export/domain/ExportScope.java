package vn.xuatxu.api.passport.export.domain;

/** Whose passports a bulk export holds: one organisation's, or every producer's in a province. */
public sealed interface ExportScope {

    /** The lots of one organisation's products. */
    record Organisation(long organisationId) implements ExportScope {
    }

    /** The lots of every organisation registered in a province (as the organisation row names it). */
    record Province(String province) implements ExportScope {
    }
}

package vn.xuatxu.api.identity.domain;

/**
 * The legal form of a producer. It decides nothing in the software today, but inspectors and the OCOP
 * programme treat co-operatives, household businesses and companies differently, so it is recorded.
 */
public enum LegalForm {
    /** Hợp tác xã. */
    COOPERATIVE("Hợp tác xã"),
    /** Hộ kinh doanh. */
    HOUSEHOLD("Hộ kinh doanh"),
    /** Doanh nghiệp. */
    COMPANY("Doanh nghiệp");

    private final String vietnamese;

    LegalForm(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}

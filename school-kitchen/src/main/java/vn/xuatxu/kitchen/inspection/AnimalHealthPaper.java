package vn.xuatxu.kitchen.inspection;

/**
 * Form 1 table I columns 9 and 10: "Giấy đăng ký với thú y" and "Giấy kiểm dịch".
 *
 * <p>Why an alternative and not an optional string: for animal-origin food the paper must be
 * there, or its absence must be explained (reference rule §5.17). "Nothing entered" and "not
 * applicable, because …" are different answers, and only the second is acceptable.
 */
public sealed interface AnimalHealthPaper {

    /**
     * The paper was shown.
     *
     * @param document the paper's number or stored scan
     */
    record Provided(DocumentRef document) implements AnimalHealthPaper {
    }

    /**
     * No paper applies (plant food) or none exists (e.g. a registered household farm supplier);
     * for animal-origin food the reason is required.
     *
     * @param reason why there is no paper
     */
    record NotApplicable(String reason) implements AnimalHealthPaper {
    }

    /** Shorthand for a provided paper. */
    static AnimalHealthPaper provided(String reference) {
        return new Provided(new DocumentRef(reference));
    }

    /** Shorthand for a not-applicable entry. */
    static AnimalHealthPaper notApplicable(String reason) {
        return new NotApplicable(reason);
    }
}

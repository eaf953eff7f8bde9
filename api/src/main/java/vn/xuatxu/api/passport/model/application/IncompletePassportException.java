package vn.xuatxu.api.passport.model.application;

import vn.xuatxu.api.passport.model.Completeness;
import vn.xuatxu.api.passport.model.Passport;

/**
 * Labels were asked for a lot whose passport lacks items: either the warning was not acknowledged yet, or
 * an item the agency made blocking is missing or expired. Carries the checklist so the answer can show it.
 */
public final class IncompletePassportException extends RuntimeException {

    private final transient Passport passport;
    private final transient Completeness completeness;

    IncompletePassportException(Passport passport, Completeness completeness) {
        super(completeness.blocked()
                ? "Không in được tem: hộ chiếu số của lô còn thiếu mục mà Sở yêu cầu phải có trước khi in ("
                + String.join("; ", completeness.blockingFindings().stream().map(f -> f.message()).toList())
                + "). Hãy bổ sung rồi in lại."
                : "Hộ chiếu số của lô còn thiếu " + completeness.findings().size()
                + " mục. Hãy bổ sung, hoặc xác nhận là vẫn muốn in tem.", null, false, false);
        this.passport = passport;
        this.completeness = completeness;
    }

    public Passport passport() {
        return passport;
    }

    public Completeness completeness() {
        return completeness;
    }

    /** Whether acknowledging cannot help: a blocking item is missing or expired. */
    public boolean blocked() {
        return completeness.blocked();
    }
}

package vn.xuatxu.api.passport.model;

/** Whether a passport must always hold an item, or only when it applies ("nếu có" in the legal texts). */
public enum Obligation {
    MANDATORY("Bắt buộc"),
    IF_APPLICABLE("Nếu có");

    private final String vietnamese;

    Obligation(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}

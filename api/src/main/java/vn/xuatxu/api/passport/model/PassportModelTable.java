package vn.xuatxu.api.passport.model;

/**
 * The mapping of {@link PassportItem} as the Markdown table of docs/passport-model.md. The documentation is
 * generated from the code (PassportModelTableTest compares them and can rewrite the file), so it cannot
 * drift from what the application checks.
 */
public final class PassportModelTable {

    /** Marks the generated part of the document. */
    public static final String START = "<!-- passport-items:start (generated from PassportItem; do not edit by hand) -->";
    public static final String END = "<!-- passport-items:end -->";

    private PassportModelTable() {
    }

    public static String markdown() {
        StringBuilder table = new StringBuilder();
        table.append("| # | Mục (item) | English | Bắt buộc | Cấp | Nguồn | Trường của chúng tôi | JSON-LD | EPCIS 2.0 | Hiển thị |\n");
        table.append("|---|---|---|---|---|---|---|---|---|---|\n");
        int number = 1;
        for (PassportItem item : PassportItem.values()) {
            table.append("| ").append(number++)
                    .append(" | ").append(item.vietnamese()).append(" (`").append(item.name()).append("`)")
                    .append(" | ").append(item.english())
                    .append(" | ").append(item.obligation().vietnamese())
                    .append(" | ").append(item.level().vietnamese())
                    .append(" | ").append(item.referencesText())
                    .append(" | `").append(item.field()).append('`')
                    .append(" | ").append(item.jsonLd())
                    .append(" | ").append(item.epcis())
                    .append(" | ").append(Surface.valuesInOrder(item.surfaces()))
                    .append(" |\n");
        }
        return table.toString();
    }
}

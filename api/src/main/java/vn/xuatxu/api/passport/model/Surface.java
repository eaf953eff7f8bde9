package vn.xuatxu.api.passport.model;

/** Where a passport item is shown to people or handed to programs. */
public enum Surface {
    E_LABEL("nhãn điện tử"),
    PRINTED_LABEL("tem in"),
    JSON_LD("JSON-LD"),
    EPCIS("EPCIS");

    private final String vietnamese;

    Surface(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** The surfaces in declaration order, e.g. "nhãn điện tử, tem in, JSON-LD". */
    public static String valuesInOrder(java.util.Set<Surface> surfaces) {
        return java.util.Arrays.stream(values()).filter(surfaces::contains).map(Surface::vietnamese)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}

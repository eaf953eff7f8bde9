package vn.xuatxu.chaincode.model;

/** Renders a rejected input inside an error message, shortened so a hostile input cannot bloat the response. */
final class Quoted {
    private static final int MAX = 40;

    private Quoted() {
    }

    static String of(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.codePointCount(0, value.length()) <= MAX
                ? value
                : value.substring(0, value.offsetByCodePoints(0, MAX)) + "…";
        return '"' + shown + '"';
    }
}

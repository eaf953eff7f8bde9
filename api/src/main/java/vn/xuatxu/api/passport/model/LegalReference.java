package vn.xuatxu.api.passport.model;

/**
 * One point of a legal text that asks for a passport item: {@code point} is the item's number in that
 * text's list as our reference summarises it (docs/passport-model.md), empty when the text has no list.
 */
public record LegalReference(LegalSource source, String point) {

    public static LegalReference decree37(int point) {
        return new LegalReference(LegalSource.DECREE_37_2026, Integer.toString(point));
    }

    public static LegalReference circular02(int point) {
        return new LegalReference(LegalSource.CIRCULAR_02_2024, Integer.toString(point));
    }

    public static LegalReference of(LegalSource source) {
        return new LegalReference(source, "");
    }

    /** As the table prints it, e.g. "NĐ 37/2026 (1)". */
    public String shortText() {
        return point.isEmpty() ? source.shortName() : source.shortName() + " (" + point + ")";
    }
}

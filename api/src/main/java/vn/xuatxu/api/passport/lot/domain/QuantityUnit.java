package vn.xuatxu.api.passport.lot.domain;

import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Units a lot's quantity may be given in. Stored as UN/CEFACT Recommendation 20 codes because EPCIS 2.0
 * quantities use them; people may type the everyday word in Vietnamese or English.
 */
public enum QuantityUnit {
    KGM("kg", "kg"),
    GRM("g", "g"),
    TNE("t", "tấn"),
    LTR("l", "lít"),
    MLT("ml", "ml"),
    H87("piece", "cái"),
    BX("box", "hộp"),
    BG("bag", "túi"),
    BO("bottle", "chai"),
    PK("pack", "gói");

    private final String symbol;
    private final String vietnamese;

    QuantityUnit(String symbol, String vietnamese) {
        this.symbol = symbol;
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** The everyday English symbol or word (kg, l, piece…), for pages read in English. */
    public String english() {
        return symbol;
    }

    public static QuantityUnit parse(String text) {
        String wanted = text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (QuantityUnit unit : values()) {
            if (unit.name().toLowerCase(Locale.ROOT).equals(wanted) || unit.symbol.equals(wanted)
                    || unit.vietnamese.equals(wanted)) {
                return unit;
            }
        }
        throw new ProblemException.InvalidInput("unit", PageText.of("lot.error.unit", text == null ? "" : text.strip(),
                Arrays.stream(values()).map(u -> u.vietnamese).collect(Collectors.joining(", "))));
    }
}

package vn.xuatxu.api.passport.gs1;

import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.util.regex.Pattern;

/**
 * A batch/lot number as GS1 Application Identifier (10) allows it: 1 to 20 characters of GS1's
 * "CSET 82" set. Anything else would make a label whose QR code other scanners reject.
 */
public record LotNumber(String value) {

    private static final Pattern CSET_82 = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}");

    public LotNumber {
        if (value == null || !CSET_82.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a valid GS1 lot number: " + value);
        }
    }

    public static LotNumber parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new ProblemException.InvalidInput("lotNumber", PageText.of("lot.error.numberMissing"));
        }
        if (value.length() > 20) {
            throw new ProblemException.InvalidInput("lotNumber", PageText.of("lot.error.numberLength", value.length()));
        }
        if (!CSET_82.matcher(value).matches()) {
            throw new ProblemException.InvalidInput("lotNumber",
                    PageText.of("lot.error.numberCharacters"));
        }
        return new LotNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package vn.xuatxu.api.passport.resolver;

import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.util.regex.Pattern;

/**
 * A label's serial number, GS1 Application Identifier (21): 1 to 20 characters of GS1's "CSET 82", the
 * same rule as a lot number. Only a value the contract's {@code verifyLabel} would accept gets this far.
 */
public record LabelSerial(String value) {

    private static final Pattern CSET_82 = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}");

    public LabelSerial {
        if (value == null || !CSET_82.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a valid GS1 serial number: " + value);
        }
    }

    static LabelSerial parse(String text) {
        String value = text == null ? "" : text;
        if (value.isEmpty() || value.length() > 20 || !CSET_82.matcher(value).matches()) {
            throw new ProblemException.InvalidInput("serial",
                    PageText.of("printing.error.serial"));
        }
        return new LabelSerial(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

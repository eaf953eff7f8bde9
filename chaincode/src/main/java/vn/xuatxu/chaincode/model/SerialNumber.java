package vn.xuatxu.chaincode.model;

import java.util.Objects;

/**
 * A label's serial number as GS1 application identifier 21 allows it (1 to 20 characters of GS1
 * character set 82), so it can be printed in the label's Digital Link {@code /21/{serial}}.
 *
 * <p>Serials never go on the ledger one by one: a label batch stores only their Merkle root, and a
 * single serial is proven with a Merkle proof. They do appear when a label is voided.
 */
public record SerialNumber(String value) {

    public SerialNumber {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 20) {
            throw new IllegalArgumentException("must be 1 to 20 characters (GS1 AI 21), got " + value.length()
                    + " characters: " + Quoted.of(value));
        }
        for (int i = 0; i < value.length(); i++) {
            if (!LotNumber.isCset82(value.charAt(i))) {
                throw new IllegalArgumentException("contains a character outside GS1 character set 82 at position " + (i + 1)
                        + ": " + Quoted.of(value));
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

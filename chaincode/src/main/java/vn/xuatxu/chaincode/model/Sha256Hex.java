package vn.xuatxu.chaincode.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A SHA-256 digest written as 64 lower-case hexadecimal characters: the ledger's anchor for a record
 * kept off-chain (the full lot record lives in the api database; the ledger proves it was not changed).
 *
 * <p>Upper-case input is accepted and lower-cased, so one digest has one spelling on the ledger.
 */
public record Sha256Hex(String value) {

    public Sha256Hex {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9A-Fa-f]{64}")) {
            throw new IllegalArgumentException("must be a SHA-256 digest as 64 hexadecimal characters, got "
                    + value.length() + " characters: " + Quoted.of(value));
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}

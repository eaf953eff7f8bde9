package vn.xuatxu.chaincode.model;

import java.util.Objects;

/**
 * The identifier of a Fabric Membership Service Provider, which is how the ledger knows an
 * organisation: every caller is identified by the MSP that issued its certificate.
 *
 * <p>Restricted to the characters Fabric deployments actually use so that an id can sit in a
 * composite key and in a log line without escaping.
 */
public record MspId(String value) {

    public MspId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("must be 1 to 64 characters of A-Z a-z 0-9 . _ - starting with a letter or digit, got "
                    + Quoted.of(value));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

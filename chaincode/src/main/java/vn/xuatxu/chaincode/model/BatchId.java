package vn.xuatxu.chaincode.model;

import java.util.Objects;

/**
 * The producer's name for one print run of labels for a lot ({@code "2026-11-23-1"}), unique per lot.
 * Restricted to characters that sit in a composite key and a URL path without escaping.
 */
public record BatchId(String value) {

    public BatchId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            throw new IllegalArgumentException("must be 1 to 40 characters of A-Z a-z 0-9 . _ - starting with a letter or digit, got "
                    + Quoted.of(value));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

package vn.xuatxu.chaincode.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The EPCIS 2.0 event hash ID (CBV 2.0 §8.9.2) in its RFC 6920 named-information form,
 * {@code ni:///sha-256;<64 lower-case hex>?ver=CBV2.0}.
 *
 * <p>The ledger keeps only this fingerprint of a traceability event: the full EPCIS event (read
 * points, business transactions, sensor data) stays off-chain, and anyone holding it can recompute
 * the hash and compare. The contract cannot recompute it (it never sees the event), so it checks
 * the form and the few fields it needs to enforce its rules. Upper-case hex is accepted and
 * lower-cased, so one event has one spelling and one key.
 */
public record EpcisEventHash(String value) {
    private static final String PREFIX = "ni:///sha-256;";
    private static final String SUFFIX = "?ver=CBV2.0";

    public EpcisEventHash {
        Objects.requireNonNull(value, "value");
        if (!value.matches("ni:///sha-256;[0-9A-Fa-f]{64}\\?ver=CBV2\\.0")) {
            throw new IllegalArgumentException("must be an EPCIS event hash \"ni:///sha-256;<64 hex digits>?ver=CBV2.0\", got "
                    + Quoted.of(value));
        }
        value = PREFIX + value.substring(PREFIX.length(), PREFIX.length() + 64).toLowerCase(Locale.ROOT) + SUFFIX;
    }

    /** The 64 hex digits, which key the event on the ledger. */
    public String hex() {
        return value.substring(PREFIX.length(), PREFIX.length() + 64);
    }

    @Override
    public String toString() {
        return value;
    }
}

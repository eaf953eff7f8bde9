package vn.xuatxu.chaincode.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A WGS 84 position as two decimal strings, e.g. {@code "21.3856"} and {@code "103.0169"}.
 *
 * <p>Strings, not JSON numbers, because the ledger holds no floating point: a peer whose JSON parser
 * turned {@code 21.3856} into a binary double and back could write different bytes than its
 * neighbour. Range checks use {@link BigDecimal}, which is exact. At most 7 fraction digits
 * (about 1 cm), no exponent, no leading {@code +}.
 *
 * @param latitude  -90 to 90
 * @param longitude -180 to 180
 */
public record GeoPoint(String latitude, String longitude) {
    private static final String DECIMAL = "-?(0|[1-9][0-9]{0,2})(\\.[0-9]{1,7})?";

    public GeoPoint {
        check("latitude", latitude, 90);
        check("longitude", longitude, 180);
    }

    private static void check(String name, String value, int limit) {
        Objects.requireNonNull(value, name);
        if (!value.matches(DECIMAL)) {
            throw new IllegalArgumentException(name + " must be a decimal string such as \"21.3856\" (at most 7 fraction "
                    + "digits, no exponent), got " + Quoted.of(value));
        }
        if (new BigDecimal(value).abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            throw new IllegalArgumentException(name + " must lie between -" + limit + " and " + limit + ", got " + Quoted.of(value));
        }
        if (value.startsWith("-") && new BigDecimal(value).signum() == 0) {
            throw new IllegalArgumentException(name + " must not be a negative zero, got " + Quoted.of(value));
        }
    }
}

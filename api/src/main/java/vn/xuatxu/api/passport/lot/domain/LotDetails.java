package vn.xuatxu.api.passport.lot.domain;

import vn.xuatxu.api.ledger.LedgerJson;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;

/**
 * The facts of a lot that the ledger vouches for. Its canonical JSON (sorted keys, no spaces, plain
 * decimals) is hashed, and only the hash goes on chain: anyone can later recompute it from the stored
 * record and see that nothing was changed.
 */
public record LotDetails(Gtin gtin, LotNumber lotNumber, LocalDate productionDate, Optional<LocalDate> bestBeforeDate,
                         BigDecimal quantity, QuantityUnit unit, String producerMspId) {

    public String canonicalJson() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("bestBeforeDate", bestBeforeDate.map(LocalDate::toString).orElse(null));
        fields.put("gtin", gtin.value());
        fields.put("lotNumber", lotNumber.value());
        fields.put("producerMspId", producerMspId);
        fields.put("productionDate", productionDate.toString());
        fields.put("quantity", quantity.stripTrailingZeros().toPlainString());
        fields.put("unit", unit.name());
        return LedgerJson.of(fields);
    }

    /** Hex SHA-256 of {@link #canonicalJson()}. */
    public String recordHash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalJson().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The argument of the contract's {@code registerLot}. */
    public String ledgerArgument() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("bestBeforeDate", bestBeforeDate.map(LocalDate::toString).orElse(null));
        fields.put("gtin", gtin.value());
        fields.put("lotNumber", lotNumber.value());
        fields.put("productionDate", productionDate.toString());
        fields.put("quantity", quantity.stripTrailingZeros().toPlainString());
        fields.put("recordHash", recordHash());
        fields.put("unit", unit.name());
        return LedgerJson.of(fields);
    }
}

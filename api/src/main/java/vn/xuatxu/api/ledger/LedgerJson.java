package vn.xuatxu.api.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON the contract takes and the off-chain records hash: keys sorted, absent values left out, no
 * whitespace, so the same fields always give the same bytes (the contract refuses explicit nulls and
 * hashes must not depend on map order).
 */
public final class LedgerJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerJson() {
    }

    public static String of(Map<String, ?> fields) {
        Map<String, Object> sorted = new TreeMap<>();
        fields.forEach((key, value) -> {
            if (value != null) {
                sorted.put(key, value);
            }
        });
        try {
            return JSON.writeValueAsString(sorted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ledger fields cannot be encoded: " + fields.keySet(), e);
        }
    }
}

package vn.xuatxu.api.ledger;

import java.util.List;
import java.util.Objects;

/**
 * A contract call: who acts, which function, which string arguments. Strings only, because the contract
 * takes canonical JSON text and Fabric carries arguments as bytes.
 */
public record LedgerTransaction(String submitterMspId, String function, List<String> arguments) {

    public LedgerTransaction {
        Objects.requireNonNull(submitterMspId, "submitterMspId");
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(arguments);
    }

    public static LedgerTransaction of(String submitterMspId, String function, String... arguments) {
        return new LedgerTransaction(submitterMspId, function, List.of(arguments));
    }
}

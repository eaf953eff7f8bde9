package vn.xuatxu.api.passport.resolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.LedgerUnavailableException;
import vn.xuatxu.api.ledger.QueryOutcome;
import vn.xuatxu.api.passport.lot.persistence.LotStore;

import java.io.IOException;

/**
 * Checks a stored lot against the ledger at the moment of the scan: the hash recomputed from the database
 * record must equal the hash the contract holds. This, not a status column, is what the page calls proof.
 */
@Singleton
final class LedgerProof {

    /** What the check found. */
    sealed interface Result {
        /** The ledger holds this record's hash, written by {@code transactionId}. */
        record Matches(String transactionId, String registeredAt) implements Result {
        }

        /** The lot is recorded, but the ledger does not have it yet. */
        record Pending() implements Result {
        }

        /** The ledger's hash differs: the database record was changed after it was written. */
        record Differs(String ledgerHash, String recordHash) implements Result {
        }

        /** The ledger could not be asked now. */
        record Unverifiable(String reason) implements Result {
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Ledger ledger;

    LedgerProof(Ledger ledger) {
        this.ledger = ledger;
    }

    Result check(LotStore.StoredLot lot) {
        QueryOutcome outcome;
        try {
            outcome = ledger.evaluate(LedgerTransaction.of(lot.details().producerMspId(), "getLot",
                    lot.details().gtin().value(), lot.details().lotNumber().value()));
        } catch (LedgerUnavailableException e) {
            return new Result.Unverifiable(e.getMessage());
        }
        if (outcome instanceof QueryOutcome.Rejected rejected) {
            return "NOT_FOUND".equals(rejected.code()) ? new Result.Pending() : new Result.Unverifiable(rejected.message());
        }
        try {
            JsonNode onChain = JSON.readTree(((QueryOutcome.Answered) outcome).payload());
            String ledgerHash = onChain.path("recordHash").asText("");
            String recordHash = lot.details().recordHash();
            if (!ledgerHash.equals(recordHash)) {
                return new Result.Differs(ledgerHash, recordHash);
            }
            return new Result.Matches(onChain.path("txId").asText(""), onChain.path("registeredAt").asText(""));
        } catch (IOException e) {
            return new Result.Unverifiable("The ledger answered with unreadable data");
        }
    }
}

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
import java.util.Optional;

/**
 * Checks a stored lot against the ledger at the moment of the scan: the hash recomputed from the database
 * record must equal the hash the contract holds. This, not a status column, is what the page calls proof.
 * The same read tells whether the lot was recalled: the ledger, not the database, is the authority on that.
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

    /** A recall as the ledger records it on the lot (also on lots made from a recalled lot). */
    record Recall(String reason, String recalledBy, String recalledAt, String sourceGtin, String sourceLotNumber) {
    }

    /** The proof, plus where the lot stands on the ledger ({@code ACTIVE}, {@code RECALLED}, …) when it is there. */
    record Reading(Result result, Optional<String> status, Optional<Recall> recall) {

        boolean recalled() {
            return status.filter("RECALLED"::equals).isPresent();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Ledger ledger;

    LedgerProof(Ledger ledger) {
        this.ledger = ledger;
    }

    /** {@code MATCHES}, {@code DIFFERS}, {@code PENDING} or {@code UNVERIFIABLE}: the verdict as a stable code. */
    static String code(Result result) {
        if (result instanceof Result.Matches) {
            return "MATCHES";
        }
        if (result instanceof Result.Differs) {
            return "DIFFERS";
        }
        return result instanceof Result.Pending ? "PENDING" : "UNVERIFIABLE";
    }

    Result check(LotStore.StoredLot lot) {
        return read(lot).result();
    }

    Reading read(LotStore.StoredLot lot) {
        QueryOutcome outcome;
        try {
            outcome = ledger.evaluate(LedgerTransaction.of(lot.details().producerMspId(), "getLot",
                    lot.details().gtin().value(), lot.details().lotNumber().value()));
        } catch (LedgerUnavailableException e) {
            // A lot the outbox has not delivered yet is pending whether or not the ledger answers: say so, as
            // the page would with the ledger up, rather than "cannot check".
            Result result = "PENDING".equals(lot.ledger().status()) ? new Result.Pending()
                    : new Result.Unverifiable(e.getMessage());
            return new Reading(result, Optional.empty(), Optional.empty());
        }
        if (outcome instanceof QueryOutcome.Rejected rejected) {
            Result result = "NOT_FOUND".equals(rejected.code()) ? new Result.Pending()
                    : new Result.Unverifiable(rejected.message());
            return new Reading(result, Optional.empty(), Optional.empty());
        }
        try {
            JsonNode onChain = JSON.readTree(((QueryOutcome.Answered) outcome).payload());
            Optional<String> status = Optional.of(onChain.path("status").asText("")).filter(s -> !s.isEmpty());
            JsonNode recall = onChain.path("recall");
            Optional<Recall> recallRecord = recall.isObject()
                    ? Optional.of(new Recall(recall.path("reason").asText(""), recall.path("recalledBy").asText(""),
                    recall.path("recalledAt").asText(""), recall.path("sourceGtin").asText(""),
                    recall.path("sourceLotNumber").asText("")))
                    : Optional.empty();
            String ledgerHash = onChain.path("recordHash").asText("");
            String recordHash = lot.details().recordHash();
            Result result = ledgerHash.equals(recordHash)
                    ? new Result.Matches(onChain.path("txId").asText(""), onChain.path("registeredAt").asText(""))
                    : new Result.Differs(ledgerHash, recordHash);
            return new Reading(result, status, recallRecord);
        } catch (IOException e) {
            return new Reading(new Result.Unverifiable("The ledger answered with unreadable data"), Optional.empty(),
                    Optional.empty());
        }
    }
}

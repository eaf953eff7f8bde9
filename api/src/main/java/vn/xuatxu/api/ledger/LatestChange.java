package vn.xuatxu.api.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Optional;

/**
 * The newest entry of a contract history answer ({@code {"history":[{"txId","timestamp","isDelete","value"}...]}},
 * oldest first, as {@code getLotHistory} returns it): which transaction wrote a record's current value, and
 * that value. Both adapters prove a record from it, so they agree on what "the latest value" is.
 */
public record LatestChange(String transactionId, boolean deleted, JsonNode value) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The newest change in a history answer; empty when the history is empty.
     *
     * @throws IllegalArgumentException when the answer is not such a history
     */
    public static Optional<LatestChange> of(String historyAnswer) {
        JsonNode history;
        try {
            history = JSON.readTree(historyAnswer).path("history");
        } catch (IOException e) {
            throw new IllegalArgumentException("the history answer is not JSON: " + e.getMessage(), e);
        }
        if (!history.isArray()) {
            throw new IllegalArgumentException("the answer has no \"history\" array");
        }
        if (history.isEmpty()) {
            return Optional.empty();
        }
        JsonNode newest = history.get(history.size() - 1);
        String transactionId = newest.path("txId").asText("");
        if (transactionId.isEmpty()) {
            throw new IllegalArgumentException("the newest history entry has no txId");
        }
        return Optional.of(new LatestChange(transactionId, newest.path("isDelete").asBoolean(false), newest.path("value")));
    }

    /** What {@link #lookUp} found: the latest change to prove, or already the answer. */
    public sealed interface Lookup {
        record Found(LatestChange change) implements Lookup {
        }

        record Answered(RecordProof proof) implements Lookup {
        }
    }

    /**
     * Evaluates a history query for {@link Ledger#prove}: the newest change, or the proof's answer when there is
     * nothing to prove (refused or empty: {@code NotFound}; unreachable or not a history: {@code Unavailable}).
     */
    public static Lookup lookUp(Ledger ledger, LedgerTransaction history) {
        QueryOutcome outcome;
        try {
            outcome = ledger.evaluate(history);
        } catch (LedgerUnavailableException e) {
            return new Lookup.Answered(new RecordProof.Unavailable(e.getMessage()));
        }
        if (outcome instanceof QueryOutcome.Rejected rejected) {
            return new Lookup.Answered(new RecordProof.NotFound(rejected.code() + ": " + rejected.message()));
        }
        try {
            Optional<LatestChange> newest = of(((QueryOutcome.Answered) outcome).payload());
            if (newest.isEmpty() || newest.get().deleted()) {
                return new Lookup.Answered(new RecordProof.NotFound("the record has no current value on the ledger"));
            }
            return new Lookup.Found(newest.get());
        } catch (IllegalArgumentException e) {
            return new Lookup.Answered(new RecordProof.Unavailable(history.function() + " did not answer a key history: "
                    + e.getMessage()));
        }
    }

    /** Whether {@code written} (a value from a transaction's write set) is this value, compared as JSON. */
    public boolean isWrittenAs(byte[] written) {
        try {
            return !deleted && JSON.readTree(written).equals(value);
        } catch (IOException e) {
            return false;
        }
    }
}

package vn.xuatxu.api.kitchen.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.xuatxu.api.kitchen.persistence.DayVersionStore;
import vn.xuatxu.api.kitchen.persistence.DayVersionStore.StoredVersion;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.LedgerUnavailableException;
import vn.xuatxu.api.ledger.QueryOutcome;
import vn.xuatxu.api.problem.ProblemException;

/**
 * Checks a closed kitchen day against the ledger when someone looks: the hash recomputed now from the rows
 * as they stood when the latest version was closed must equal the latest hash the contract holds. A row
 * changed in the database afterwards makes the two differ, and the public page says so.
 */
@Singleton
public final class DayProof {

    /** What the check found. */
    public sealed interface Result {
        /** The day has not been closed. */
        record NotClosed() implements Result {
        }

        /** Closed, but the ledger does not have it yet. */
        record Pending(int version) implements Result {
        }

        /** The ledger holds the recomputed hash. */
        record Matches(int version, String contentHash, String transactionId, String recordedAt) implements Result {
        }

        /** The ledger's hash is not the recomputed one. */
        record Differs(String ledgerHash, String recomputedHash) implements Result {
        }

        /** The ledger could not be asked now. */
        record Unverifiable(String reason) implements Result {
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DSLContext db;
    private final DayReconstruction reconstruction;
    private final DayVersionStore versions;
    private final Ledger ledger;

    DayProof(DSLContext db, DayReconstruction reconstruction, DayVersionStore versions, Ledger ledger) {
        this.db = db;
        this.reconstruction = reconstruction;
        this.versions = versions;
        this.ledger = ledger;
    }

    /** The latest closed version, rebuilt from the rows that stood when it was closed. */
    public Optional<DayRecords> closedRecords(Kitchen kitchen, LocalDate day) {
        return versions.latest(db, kitchen.id(), day)
                .map(v -> reconstruction.load(db, kitchen, day).standingAt(v.recordedAt()));
    }

    public Result check(Kitchen kitchen, LocalDate day) {
        Optional<StoredVersion> latest = versions.latest(db, kitchen.id(), day);
        if (latest.isEmpty()) {
            return new Result.NotClosed();
        }
        String recomputed;
        try {
            recomputed = reconstruction.closedDay(reconstruction.load(db, kitchen, day)
                    .standingAt(latest.get().recordedAt())).contentHash().hex();
        } catch (ProblemException | IllegalStateException e) {
            return new Result.Differs("", "");
        }
        QueryOutcome outcome;
        try {
            outcome = ledger.evaluate(LedgerTransaction.of(kitchen.mspId(), "getKitchenDay", kitchen.mspId(), day.toString()));
        } catch (LedgerUnavailableException e) {
            return new Result.Unverifiable(e.getMessage());
        }
        if (outcome instanceof QueryOutcome.Rejected rejected) {
            return "NOT_FOUND".equals(rejected.code()) ? new Result.Pending(latest.get().version())
                    : new Result.Unverifiable(rejected.message());
        }
        try {
            JsonNode all = JSON.readTree(((QueryOutcome.Answered) outcome).payload()).path("versions");
            JsonNode newest = all.get(all.size() - 1);
            String ledgerHash = newest.path("contentHash").asText("");
            if (!ledgerHash.equals(recomputed)) {
                return newest.path("version").asInt() < latest.get().version()
                        ? new Result.Pending(latest.get().version()) : new Result.Differs(ledgerHash, recomputed);
            }
            return new Result.Matches(newest.path("version").asInt(), ledgerHash, newest.path("txId").asText(""),
                    newest.path("recordedAt").asText(""));
        } catch (IOException | NullPointerException e) {
            return new Result.Unverifiable("The ledger answered with unreadable data");
        }
    }
}

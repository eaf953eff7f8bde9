package vn.xuatxu.api.ledger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What every {@link Ledger} adapter must do, run against each of them with the real contract: the same
 * transactions, the same refusals, the same event replay. A subclass opens its adapter over a fresh temporary
 * folder and says how to make it unreachable and, when it can meet them, how to provoke read conflicts.
 *
 * <p>Organisations are their own MSPs here (as on the embedded ledger), so the suite holds whether the
 * contract reads the caller from the MSP id or from the {@code xuatxu.org} certificate attribute.
 */
public abstract class LedgerContractTest {

    protected static final String AGENCY = "AgencyMSP";
    protected static final String COFFEE = "CoffeeMSP";
    protected static final String TEA = "TeaMSP";
    protected static final List<String> ORGANISATIONS = List.of(AGENCY, COFFEE, TEA);
    private static final String GTIN = "08938600001016";
    private static final String LOT_REGISTERED = "LotRegistered";

    private Ledger ledger;
    private final List<SubmitOutcome.Committed> seeded = new ArrayList<>();

    /** Opens the adapter under test over {@code folder}, with identities for {@link #ORGANISATIONS}. */
    protected abstract Ledger openLedger(Path folder) throws Exception;

    /** Closes what {@link #openLedger} opened; may be called after {@link #makeUnreachable()}. */
    protected abstract void closeLedger() throws Exception;

    /** From now on the ledger cannot be reached (embedded: closed; Fabric: the peer stopped). */
    protected abstract void makeUnreachable() throws Exception;

    /**
     * Makes the next {@code commits} commits meet a read conflict, as if another transaction had written what
     * they read. Returns false when the adapter cannot meet conflicts (it endorses and commits one at a time).
     */
    protected abstract boolean provokeReadConflicts(int commits);

    /**
     * Makes the next {@code parties} endorsements all run before any is committed, so they read the same
     * state. Returns false when the adapter endorses and commits one at a time.
     */
    protected abstract boolean raceNextEndorsements(int parties);

    /** Commits invalidated by read conflicts so far. */
    protected abstract long readConflictsSoFar();

    /** The {@link LedgerStatus#kind()} the adapter reports. */
    protected abstract String kind();

    @BeforeEach
    void openAndSeedTheProvince(@TempDir Path folder) throws Exception {
        ledger = openLedger(folder);
        seeded.add(committed(submit(AGENCY, "initLedger", AGENCY)));
        seeded.add(committed(submit(AGENCY, "registerOrganisation", organisation(COFFEE, "HTX Cà phê Mường Ảng"))));
        seeded.add(committed(submit(AGENCY, "registerOrganisation", organisation(TEA, "HTX Chè Tủa Chùa"))));
        seeded.add(committed(submit(COFFEE, "registerProduct",
                "{\"category\":\"Cà phê\",\"gtin\":\"" + GTIN + "\",\"name\":\"Cà phê Arabica\",\"ocopStars\":4}")));
    }

    @AfterEach
    void close() throws Exception {
        closeLedger();
    }

    @Test
    void initialisingAndRegisteringCommitEachWithItsOwnTransactionInALaterBlock() throws Exception {
        SubmitOutcome.Committed lot = committed(submit(COFFEE, "registerLot", lot("MA-001")));
        List<SubmitOutcome.Committed> all = new ArrayList<>(seeded);
        all.add(lot);
        Set<String> transactionIds = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            assertFalse(all.get(i).transactionId().isBlank());
            assertTrue(transactionIds.add(all.get(i).transactionId()), "transaction ids are unique");
            if (i > 0) {
                assertTrue(all.get(i).blockNumber() > all.get(i - 1).blockNumber(), "each commit is in a later block");
            }
        }
        assertTrue(lot.payload().contains("\"lotNumber\":\"MA-001\""), lot.payload());
        assertTrue(lot.payload().contains("\"txId\":\"" + lot.transactionId() + "\""), "the contract stored its own tx id");
    }

    @Test
    void aCommittedLotIsReadBackWithGetLot() throws Exception {
        SubmitOutcome.Committed lot = committed(submit(COFFEE, "registerLot", lot("MA-002")));
        String stored = answered(ledger.evaluate(LedgerTransaction.of(TEA, "getLot", GTIN, "MA-002")));
        assertTrue(stored.contains("\"recordHash\":\"" + "ab".repeat(32) + "\""), stored);
        assertTrue(stored.contains("\"txId\":\"" + lot.transactionId() + "\""), stored);
    }

    @Test
    void aProducerCannotRegisterALotOfAnotherProducersProductAndNothingIsWritten() throws Exception {
        SubmitOutcome.Rejected refused = rejected(submit(TEA, "registerLot", lot("MA-003")));
        assertEquals("FORBIDDEN", refused.code());
        assertTrue(refused.message().contains("registerLot"), refused.message());
        QueryOutcome.Rejected notThere = assertInstanceOf(QueryOutcome.Rejected.class,
                ledger.evaluate(LedgerTransaction.of(COFFEE, "getLot", GTIN, "MA-003")));
        assertEquals("NOT_FOUND", notThere.code());
    }

    @Test
    void aProductKeyTakenWithOtherContentIsRejectedAsAlreadyExists() throws Exception {
        SubmitOutcome.Rejected refused = rejected(submit(COFFEE, "registerProduct",
                "{\"category\":\"Cà phê\",\"gtin\":\"" + GTIN + "\",\"name\":\"Cà phê Robusta\",\"ocopStars\":3}"));
        assertEquals("ALREADY_EXISTS", refused.code());
    }

    @Test
    void aQueryForAnUnknownLotIsRejectedAsNotFound() throws Exception {
        QueryOutcome.Rejected refused = assertInstanceOf(QueryOutcome.Rejected.class,
                ledger.evaluate(LedgerTransaction.of(COFFEE, "getLot", GTIN, "NO-SUCH-LOT")));
        assertEquals("NOT_FOUND", refused.code());
        assertTrue(refused.message().contains("getLot"), refused.message());
    }

    @Test
    void anIdenticalResubmissionCommitsAgainKeepsTheFirstTransactionAndEmitsNoSecondEvent() throws Exception {
        SubmitOutcome.Committed first = committed(submit(COFFEE, "registerLot", lot("MA-004")));
        SubmitOutcome.Committed again = committed(submit(COFFEE, "registerLot", lot("MA-004")));
        assertNotEquals(first.transactionId(), again.transactionId());
        assertTrue(again.payload().contains("\"txId\":\"" + first.transactionId() + "\""), again.payload());
        assertEquals(List.of(first.transactionId()), lotEventTransactions(followAll(EventCheckpoint.START, 100), "MA-004"));
    }

    @Test
    void aTransactionThatMeetsReadConflictsIsRunAgainAndCommitsOnce() throws Exception {
        long conflictsBefore = readConflictsSoFar();
        boolean provoked = provokeReadConflicts(2);
        SubmitOutcome.Committed lot = committed(submit(COFFEE, "registerLot", lot("MA-005")));
        if (provoked) {
            assertEquals(conflictsBefore + 2, readConflictsSoFar(), "both provoked conflicts were met and retried");
        }
        String stored = answered(ledger.evaluate(LedgerTransaction.of(COFFEE, "getLot", GTIN, "MA-005")));
        assertTrue(stored.contains("\"txId\":\"" + lot.transactionId() + "\""), "the committed attempt is the stored one");
        assertEquals(List.of(lot.transactionId()), lotEventTransactions(followAll(EventCheckpoint.START, 100), "MA-005"));
    }

    @Test
    void aTransactionThatConflictsOnEveryAttemptIsRejectedAsAReadConflict() throws Exception {
        assumeTrue(provokeReadConflicts(1000), "this adapter commits one transaction at a time and never conflicts");
        SubmitOutcome.Rejected refused = rejected(submit(COFFEE, "registerLot", lot("MA-006")));
        assertEquals("MVCC_READ_CONFLICT", refused.code());
        provokeReadConflicts(0);
        assertInstanceOf(QueryOutcome.Rejected.class, ledger.evaluate(LedgerTransaction.of(COFFEE, "getLot", GTIN, "MA-006")));
    }

    @Test
    void twoIdenticalRegistrationsEndorsedTogetherBothCommitWithOneRecordAndOneEvent() throws Exception {
        long conflictsBefore = readConflictsSoFar();
        boolean raced = raceNextEndorsements(2);
        ExecutorService submitters = Executors.newFixedThreadPool(2);
        try {
            Future<SubmitOutcome> one = submitters.submit(() -> submit(COFFEE, "registerLot", lot("MA-007")));
            Future<SubmitOutcome> two = submitters.submit(() -> submit(COFFEE, "registerLot", lot("MA-007")));
            SubmitOutcome.Committed first = committed(one.get());
            SubmitOutcome.Committed second = committed(two.get());
            assertNotEquals(first.transactionId(), second.transactionId());
            if (raced) {
                assertTrue(readConflictsSoFar() > conflictsBefore, "the later commit met the earlier one's write");
            }
            List<String> eventTransactions = lotEventTransactions(followAll(EventCheckpoint.START, 100), "MA-007");
            assertEquals(1, eventTransactions.size(), "one registration, one event");
            String stored = answered(ledger.evaluate(LedgerTransaction.of(COFFEE, "getLot", GTIN, "MA-007")));
            assertTrue(stored.contains("\"txId\":\"" + eventTransactions.get(0) + "\""), stored);
            assertTrue(first.payload().contains(eventTransactions.get(0)) && second.payload().contains(eventTransactions.get(0)),
                    "both callers hear the stored record");
        } finally {
            submitters.shutdownNow();
        }
    }

    @Test
    void eventsReplayFromTheStartInCommitOrderWithoutRepeatsInBatchesOfAtMostMax() throws Exception {
        List<String> lots = List.of("MA-101", "MA-102", "MA-103");
        List<String> committedIds = new ArrayList<>();
        for (String number : lots) {
            committedIds.add(committed(submit(COFFEE, "registerLot", lot(number))).transactionId());
        }
        List<LedgerEvent> events = followAll(EventCheckpoint.START, 2);
        assertNoRepeats(events);
        List<LedgerEvent> lotEvents = events.stream().filter(event -> event.name().equals(LOT_REGISTERED)).toList();
        assertEquals(committedIds, lotEvents.stream().map(LedgerEvent::transactionId).toList());
        for (int i = 0; i < lots.size(); i++) {
            assertTrue(lotEvents.get(i).payload().contains("\"lotNumber\":\"" + lots.get(i) + "\""), lotEvents.get(i).payload());
        }
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).blockNumber() >= events.get(i - 1).blockNumber(), "commit order");
        }
    }

    @Test
    void eventsResumeFromAMidCheckpointWithoutRepeatingWhatWasRead() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String number : List.of("MA-201", "MA-202", "MA-203")) {
            ids.add(committed(submit(COFFEE, "registerLot", lot(number))).transactionId());
        }
        LedgerEvent second = followAll(EventCheckpoint.START, 100).stream()
                .filter(event -> event.transactionId().equals(ids.get(1))).findFirst().orElseThrow();

        List<LedgerEvent> afterSecond = followAll(EventCheckpoint.after(second), 100);
        assertNoRepeats(afterSecond);
        assertEquals(List.of(ids.get(2)), afterSecond.stream().filter(event -> event.name().equals(LOT_REGISTERED))
                .map(LedgerEvent::transactionId).toList());
        assertTrue(afterSecond.stream().noneMatch(event -> event.blockNumber() < second.blockNumber()));

        List<LedgerEvent> fromItsBlock = followAll(new EventCheckpoint(second.blockNumber(), ""), 100);
        assertEquals(List.of(ids.get(1), ids.get(2)), fromItsBlock.stream()
                .filter(event -> event.name().equals(LOT_REGISTERED)).map(LedgerEvent::transactionId).toList(),
                "a checkpoint without a transaction reads its whole block");
    }

    @Test
    void followingFromTheHeadGivesNothingAndKeepsTheCheckpoint() throws Exception {
        committed(submit(COFFEE, "registerLot", lot("MA-301")));
        EventCheckpoint head = checkpointAfter(followAll(EventCheckpoint.START, 100));
        EventBatch nothing = ledger.events(head, 10, Duration.ofMillis(100));
        assertTrue(nothing.events().isEmpty(), () -> "repeated: " + nothing.events());
        assertEquals(head, nothing.next());
    }

    @Test
    void statusIsReadyNamesTheAdapterAndCountsEveryCommittedBlock() throws Exception {
        SubmitOutcome.Committed lot = committed(submit(COFFEE, "registerLot", lot("MA-401")));
        LedgerStatus status = ledger.status();
        assertTrue(status.ready());
        assertEquals(kind(), status.kind());
        assertTrue(status.height() > lot.blockNumber(), () -> "height " + status.height() + ", last block " + lot.blockNumber());
    }

    @Test
    void anUnreachableLedgerThrowsForSubmitEvaluateAndEventsAndIsNotReady() throws Exception {
        makeUnreachable();
        assertThrows(LedgerUnavailableException.class, () -> submit(COFFEE, "registerLot", lot("MA-501")));
        assertThrows(LedgerUnavailableException.class,
                () -> ledger.evaluate(LedgerTransaction.of(COFFEE, "getLot", GTIN, "MA-501")));
        assertThrows(LedgerUnavailableException.class, () -> ledger.events(EventCheckpoint.START, 10, Duration.ofMillis(100)));
        assertFalse(ledger.status().ready());
        assertInstanceOf(RecordProof.Unavailable.class, ledger.prove(lotHistory("MA-501")));
    }

    @Test
    void aRegisteredLotIsProvenByItsTransactionInTheHeadBlock() throws Exception {
        SubmitOutcome.Committed lot = committed(submit(COFFEE, "registerLot", lot("MA-601")));
        String stored = answered(ledger.evaluate(LedgerTransaction.of(TEA, "getLot", GTIN, "MA-601")));
        RecordProof.Proven proof = assertInstanceOf(RecordProof.Proven.class, ledger.prove(lotHistory("MA-601")));
        assertEquals(lot.transactionId(), proof.transactionId());
        assertEquals(lot.blockNumber(), proof.blockNumber());
        assertEquals(sha256(stored), proof.valueHash(), "the hash of the value as stored");
        assertEquals(stored, proof.value());
        assertEquals(ledger.status().headHash(), proof.blockHash(), "the lot's block is the head, and its hash is the head's");
        assertNotNull(proof.timestamp());
    }

    @Test
    void anUnknownLotIsNotFoundByProof() {
        RecordProof.NotFound notFound = assertInstanceOf(RecordProof.NotFound.class, ledger.prove(lotHistory("MA-699")));
        assertTrue(notFound.reason().contains("NOT_FOUND"), notFound.reason());
    }

    @Test
    void aLotChangedAfterItsRegistrationIsProvenAtItsLatestValue() throws Exception {
        SubmitOutcome.Committed registered = committed(submit(COFFEE, "registerLot", lot("MA-602")));
        String first = answered(ledger.evaluate(LedgerTransaction.of(TEA, "getLot", GTIN, "MA-602")));
        SubmitOutcome.Committed recalled = committed(submit(COFFEE, "recallLot",
                "{\"gtin\":\"" + GTIN + "\",\"lotNumber\":\"MA-602\",\"reason\":\"Nấm mốc trong kho\"}"));
        committed(submit(COFFEE, "registerLot", lot("MA-603")));
        String latest = answered(ledger.evaluate(LedgerTransaction.of(TEA, "getLot", GTIN, "MA-602")));
        assertTrue(latest.contains("RECALLED"), latest);
        RecordProof.Proven proof = assertInstanceOf(RecordProof.Proven.class, ledger.prove(lotHistory("MA-602")));
        assertEquals(recalled.transactionId(), proof.transactionId());
        assertEquals(recalled.blockNumber(), proof.blockNumber());
        assertEquals(sha256(latest), proof.valueHash());
        assertNotEquals(sha256(first), proof.valueHash());
        assertNotEquals(registered.blockNumber(), proof.blockNumber());
        assertNotEquals(ledger.status().headHash(), proof.blockHash(), "a later block is the head now");
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static LedgerTransaction lotHistory(String lotNumber) {
        return LedgerTransaction.of(TEA, "getLotHistory", GTIN, lotNumber);
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    protected final Ledger ledger() {
        return ledger;
    }

    protected final SubmitOutcome submit(String organisation, String function, String... arguments)
            throws LedgerUnavailableException {
        return ledger.submit(LedgerTransaction.of(organisation, function, arguments));
    }

    protected static String lot(String lotNumber) {
        return "{\"bestBeforeDate\":\"2026-01-15\",\"gtin\":\"" + GTIN + "\",\"lotNumber\":\"" + lotNumber + "\","
                + "\"productionDate\":\"2025-01-15\",\"quantity\":\"1200\",\"recordHash\":\"" + "ab".repeat(32) + "\","
                + "\"unit\":\"KGM\"}";
    }

    private static String organisation(String mspId, String name) {
        return "{\"kind\":\"PRODUCER\",\"mspId\":\"" + mspId + "\",\"name\":\"" + name + "\",\"province\":\"Điện Biên\"}";
    }

    protected static SubmitOutcome.Committed committed(SubmitOutcome outcome) {
        return assertInstanceOf(SubmitOutcome.Committed.class, outcome, () -> "not committed: " + outcome);
    }

    private static SubmitOutcome.Rejected rejected(SubmitOutcome outcome) {
        return assertInstanceOf(SubmitOutcome.Rejected.class, outcome, () -> "not rejected: " + outcome);
    }

    private static String answered(QueryOutcome outcome) {
        return assertInstanceOf(QueryOutcome.Answered.class, outcome, () -> "not answered: " + outcome).payload();
    }

    /**
     * Follows events from {@code from} the way the outbox's follower does, batch after batch, until a batch
     * comes back empty; every batch must hold at most {@code max} and continue where the last one stopped.
     */
    private List<LedgerEvent> followAll(EventCheckpoint from, int max) throws LedgerUnavailableException {
        List<LedgerEvent> all = new ArrayList<>();
        EventCheckpoint at = from;
        for (int batches = 0; batches < 1000; batches++) {
            EventBatch batch = ledger.events(at, max, Duration.ofMillis(500));
            assertTrue(batch.events().size() <= max, () -> "batch of " + batch.events().size() + " for max " + max);
            if (batch.events().isEmpty()) {
                assertEquals(at, batch.next(), "an empty batch keeps the checkpoint");
                return all;
            }
            assertEquals(EventCheckpoint.after(batch.events().get(batch.events().size() - 1)), batch.next());
            all.addAll(batch.events());
            at = batch.next();
        }
        return fail("events never ran out: " + all.size() + " read");
    }

    private static EventCheckpoint checkpointAfter(List<LedgerEvent> events) {
        return events.isEmpty() ? EventCheckpoint.START : EventCheckpoint.after(events.get(events.size() - 1));
    }

    private static List<String> lotEventTransactions(List<LedgerEvent> events, String lotNumber) {
        return events.stream()
                .filter(event -> event.name().equals(LOT_REGISTERED))
                .filter(event -> event.payload().contains("\"lotNumber\":\"" + lotNumber + "\""))
                .map(LedgerEvent::transactionId)
                .toList();
    }

    private static void assertNoRepeats(List<LedgerEvent> events) {
        Set<String> seen = new HashSet<>();
        for (LedgerEvent event : events) {
            assertTrue(seen.add(event.blockNumber() + "/" + event.transactionId() + "/" + event.name()),
                    () -> "repeated: " + event);
        }
    }
}

package vn.xuatxu.api.ledger.embedded;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xuatxu.api.ledger.EventBatch;
import vn.xuatxu.api.ledger.EventCheckpoint;
import vn.xuatxu.api.ledger.LedgerEvent;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.QueryOutcome;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.chaincode.PassportContract;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded ledger running the real contract over its block log. */
class EmbeddedLedgerTest {

    private static final String AGENCY = "DienBienAgencyMSP";
    private static final String COOP = "MuongAngCoffeeMSP";
    private static final String LOT_JSON = "{\"bestBeforeDate\":\"2027-11-09\",\"gtin\":\"08938600001016\","
            + "\"lotNumber\":\"MA2026-001\",\"productionDate\":\"2026-11-09\",\"quantity\":\"1200\","
            + "\"recordHash\":\"" + "ab".repeat(32) + "\",\"unit\":\"KGM\"}";

    @TempDir
    Path folder;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void seedProvince() throws Exception {
        try (EmbeddedLedger ledger = open()) {
            committed(ledger.submit(LedgerTransaction.of(AGENCY, "initLedger", AGENCY)));
            committed(ledger.submit(LedgerTransaction.of(AGENCY, "registerOrganisation",
                    "{\"kind\":\"PRODUCER\",\"mspId\":\"" + COOP + "\",\"name\":\"HTX Cà phê Mường Ảng\",\"province\":\"Điện Biên\"}")));
            committed(ledger.submit(LedgerTransaction.of(COOP, "registerProduct",
                    "{\"category\":\"Cà phê\",\"gtin\":\"08938600001016\",\"name\":\"Cà phê Arabica\",\"ocopStars\":4}")));
        }
    }

    private EmbeddedLedger open() throws CorruptLedgerException {
        return EmbeddedLedger.open(folder, "passports", clock, new PassportContract());
    }

    private static SubmitOutcome.Committed committed(SubmitOutcome outcome) {
        return assertInstanceOf(SubmitOutcome.Committed.class, outcome, () -> "not committed: " + outcome);
    }

    @Test
    void aCommittedLotSurvivesARestartAndIsReadBackFromRebuiltState() throws Exception {
        SubmitOutcome.Committed lot;
        try (EmbeddedLedger ledger = open()) {
            lot = committed(ledger.submit(LedgerTransaction.of(COOP, "registerLot", LOT_JSON)));
            assertEquals(3, lot.blockNumber());
            assertTrue(lot.payload().contains("\"txId\":\"" + lot.transactionId() + "\""), lot.payload());
        }
        try (EmbeddedLedger reopened = open()) {
            assertEquals(4, reopened.status().height());
            QueryOutcome read = reopened.evaluate(LedgerTransaction.of(AGENCY, "getLot", "08938600001016", "MA2026-001"));
            QueryOutcome.Answered answered = assertInstanceOf(QueryOutcome.Answered.class, read);
            assertTrue(answered.payload().contains("\"recordHash\":\"" + "ab".repeat(32) + "\""), answered.payload());
            assertTrue(answered.payload().contains("\"registeredAt\":\"2026-11-23T03:00:00"), answered.payload());
        }
    }

    /** The rotation docs/security.md describes: delete an organisation's key and certificate while stopped. */
    @Test
    void anOrganisationKeyDeletedWhileStoppedIsReissuedAndTheOldBlocksStillVerify() throws Exception {
        Path key = folder.resolve("msp").resolve(COOP + ".key.pem");
        String oldCertificate = Files.readString(folder.resolve("msp").resolve(COOP + ".cert.pem"));
        Files.delete(key);
        Files.delete(folder.resolve("msp").resolve(COOP + ".cert.pem"));
        try (EmbeddedLedger ledger = open()) {
            committed(ledger.submit(LedgerTransaction.of(COOP, "registerLot", LOT_JSON)));
        }
        assertTrue(Files.exists(key), "a new key was issued on first use");
        assertNotEquals(oldCertificate, Files.readString(folder.resolve("msp").resolve(COOP + ".cert.pem")));
        assertEquals(4, EmbeddedLedger.verify(folder).height());
    }

    @Test
    void committedEventsAreFollowedFromACheckpointWithoutRepeats() throws Exception {
        try (EmbeddedLedger ledger = open()) {
            SubmitOutcome.Committed first = committed(ledger.submit(LedgerTransaction.of(COOP, "registerLot", LOT_JSON)));
            SubmitOutcome.Committed second = committed(ledger.submit(LedgerTransaction.of(COOP, "registerLot",
                    LOT_JSON.replace("MA2026-001", "MA2026-002"))));
            EventBatch all = ledger.events(EventCheckpoint.START, 100, Duration.ZERO);
            List<LedgerEvent> lots = all.events().stream().filter(e -> e.name().equals("LotRegistered")).toList();
            assertEquals(List.of(first.transactionId(), second.transactionId()),
                    lots.stream().map(LedgerEvent::transactionId).toList());
            assertEquals(second.blockNumber(), lots.get(1).blockNumber());
            assertTrue(lots.get(1).payload().contains("MA2026-002"));
            assertEquals(EventCheckpoint.after(all.events().get(all.events().size() - 1)), all.next());
            assertTrue(ledger.events(all.next(), 100, Duration.ofMillis(50)).events().isEmpty(), "nothing new, nothing repeated");

            EventBatch one = ledger.events(EventCheckpoint.START, 1, Duration.ZERO);
            assertEquals(1, one.events().size());
            assertEquals(all.events().subList(1, all.events().size()),
                    ledger.events(one.next(), 100, Duration.ZERO).events(), "resuming from a checkpoint skips what was read");
        }
    }

    @Test
    void concurrentSubmittersShareBlocksAndAllCommit() throws Exception {
        long heightAfter;
        try (EmbeddedLedger ledger = open()) {
            long before = ledger.status().height();
            int submitters = 32;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(submitters);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<SubmitOutcome>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < submitters; i++) {
                String json = LOT_JSON.replace("MA2026-001", "C-" + i);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return ledger.submit(LedgerTransaction.of(COOP, "registerLot", json));
                }));
            }
            start.countDown();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (java.util.concurrent.Future<SubmitOutcome> outcome : outcomes) {
                ids.add(committed(outcome.get()).transactionId());
            }
            pool.shutdown();
            assertEquals(submitters, ids.size());
            for (int i = 0; i < submitters; i++) {
                assertInstanceOf(QueryOutcome.Answered.class,
                        ledger.evaluate(LedgerTransaction.of(AGENCY, "getLot", "08938600001016", "C-" + i)));
            }
            assertTrue(ledger.status().height() - before <= submitters);
            heightAfter = ledger.status().height();
        }
        assertEquals(heightAfter, EmbeddedLedger.verify(folder).height(), "the chain written concurrently verifies");
    }

    @Test
    void racingRegistrationsOfOneLotCommitOnceAndTheOthersSeeItExists() throws Exception {
        try (EmbeddedLedger ledger = open()) {
            int racers = 8;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(racers);
            java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(racers);
            List<java.util.concurrent.Future<SubmitOutcome>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String json = LOT_JSON.replace("\"quantity\":\"1200\"", "\"quantity\":\"" + (1000 + i) + "\"");
                outcomes.add(pool.submit(() -> {
                    barrier.await();
                    return ledger.submit(LedgerTransaction.of(COOP, "registerLot", json));
                }));
            }
            int committedCount = 0;
            for (java.util.concurrent.Future<SubmitOutcome> outcome : outcomes) {
                SubmitOutcome result = outcome.get();
                if (result instanceof SubmitOutcome.Committed) {
                    committedCount++;
                } else {
                    assertEquals("ALREADY_EXISTS", ((SubmitOutcome.Rejected) result).code(), result.toString());
                }
            }
            pool.shutdown();
            assertEquals(1, committedCount, "MVCC lets exactly one of the racing writes in");
        }
    }

    @Test
    void aRefusedTransactionIsAnAnswerAndWritesNoBlock() throws Exception {
        try (EmbeddedLedger ledger = open()) {
            long height = ledger.status().height();
            SubmitOutcome outcome = ledger.submit(LedgerTransaction.of("SomeoneElseMSP", "registerLot", LOT_JSON));
            SubmitOutcome.Rejected rejected = assertInstanceOf(SubmitOutcome.Rejected.class, outcome);
            assertEquals("FORBIDDEN", rejected.code());
            assertEquals(height, ledger.status().height());
        }
    }

    @Test
    void aRedeliveredRegistrationKeepsTheFirstTransaction() throws Exception {
        try (EmbeddedLedger ledger = open()) {
            SubmitOutcome.Committed first = committed(ledger.submit(LedgerTransaction.of(COOP, "registerLot", LOT_JSON)));
            SubmitOutcome.Committed again = committed(ledger.submit(LedgerTransaction.of(COOP, "registerLot", LOT_JSON)));
            assertTrue(again.payload().contains("\"txId\":\"" + first.transactionId() + "\""), again.payload());
        }
    }

    @Test
    void verificationReportsHeightAndHeadOfAnIntactChain() throws Exception {
        String head;
        try (EmbeddedLedger ledger = open()) {
            head = ledger.status().headHash();
        }
        EmbeddedLedger.Verification verification = EmbeddedLedger.verify(folder);
        assertEquals(3, verification.height());
        assertEquals(head, verification.headHash());
    }

    @Test
    void aChangedByteInsideTheLogIsCorruptionNamingTheBlock() throws Exception {
        Path log = folder.resolve("blocks.log");
        byte[] bytes = Files.readAllBytes(log);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int target = text.indexOf("08938600001016", text.lastIndexOf("registerProduct"));
        assertTrue(target > 0);
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.seek(target);
            file.write('9');
        }
        CorruptLedgerException corrupt = assertThrows(CorruptLedgerException.class, this::open);
        assertEquals(2, corrupt.blockNumber());
        assertThrows(CorruptLedgerException.class, () -> EmbeddedLedger.verify(folder));
    }

    @Test
    void aTornTailIsDroppedAndTheLedgerGoesOn() throws Exception {
        Path log = folder.resolve("blocks.log");
        long intact = Files.size(log);
        Files.write(log, new byte[] {0, 0, 1, 0, '{', '"'}, StandardOpenOption.APPEND);
        assertThrows(CorruptLedgerException.class, () -> EmbeddedLedger.verify(folder));
        try (EmbeddedLedger ledger = open()) {
            assertEquals(3, ledger.status().height());
            assertEquals(intact, Files.size(log));
            committed(ledger.submit(LedgerTransaction.of(COOP, "registerLot", LOT_JSON)));
        }
        assertEquals(4, EmbeddedLedger.verify(folder).height());
    }

    @Test
    void aLogSignedByAnotherNodeIsRefused() throws Exception {
        Files.delete(folder.resolve("msp").resolve(EmbeddedLedger.ORDERER_MSP + ".key.pem"));
        Files.delete(folder.resolve("msp").resolve(EmbeddedLedger.ORDERER_MSP + ".cert.pem"));
        CorruptLedgerException corrupt = assertThrows(CorruptLedgerException.class, this::open);
        assertEquals(0, corrupt.blockNumber());
    }

    @Test
    void aClosedLedgerIsUnavailable() throws IOException, CorruptLedgerException {
        EmbeddedLedger ledger = open();
        ledger.close();
        assertThrows(vn.xuatxu.api.ledger.LedgerUnavailableException.class,
                () -> ledger.submit(LedgerTransaction.of(COOP, "registerLot", LOT_JSON)));
    }
}

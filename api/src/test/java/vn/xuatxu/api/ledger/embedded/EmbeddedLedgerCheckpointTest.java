package vn.xuatxu.api.ledger.embedded;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.xuatxu.api.ledger.EventCheckpoint;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.QueryOutcome;
import vn.xuatxu.api.ledger.RecordProof;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.api.platform.LedgerVerificationCommand;
import vn.xuatxu.chaincode.PassportContract;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * State checkpoints: a start from one rebuilds exactly what a full replay rebuilds while replaying only the
 * blocks after it; a changed checkpoint, or one ahead of the log, is ignored with a warning naming it, and
 * {@code verify-ledger} reports it.
 */
class EmbeddedLedgerCheckpointTest {

    private static final String AGENCY = "DienBienAgencyMSP";
    private static final String COOP = "MuongAngCoffeeMSP";
    private static final String GTIN = "08938600001016";
    private static final int INTERVAL = 5;

    @TempDir
    Path folder;
    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();
    private final Logger ledgerLog = (Logger) LoggerFactory.getLogger(EmbeddedLedger.class);

    @BeforeEach
    void captureWarnings() {
        warnings.start();
        ledgerLog.addAppender(warnings);
    }

    @AfterEach
    void stopCapturing() {
        ledgerLog.detachAppender(warnings);
    }

    private EmbeddedLedger open() throws CorruptLedgerException {
        return EmbeddedLedger.open(folder, "passports", Clock.systemUTC(), new PassportContract(), INTERVAL);
    }

    /** Blocks 0 to 12: the province, 9 lots and a recall, so histories have more than one change. */
    private void writeThirteenBlocks() throws Exception {
        try (EmbeddedLedger ledger = open()) {
            committed(ledger.submit(LedgerTransaction.of(AGENCY, "initLedger", AGENCY)));
            committed(ledger.submit(LedgerTransaction.of(AGENCY, "registerOrganisation", "{\"kind\":\"PRODUCER\",\"mspId\":\""
                    + COOP + "\",\"name\":\"HTX Cà phê Mường Ảng\",\"province\":\"Điện Biên\"}")));
            committed(ledger.submit(LedgerTransaction.of(COOP, "registerProduct", "{\"category\":\"Cà phê\",\"gtin\":\""
                    + GTIN + "\",\"name\":\"Cà phê Arabica\",\"ocopStars\":4}")));
            for (int i = 1; i <= 9; i++) {
                committed(ledger.submit(LedgerTransaction.of(COOP, "registerLot", lot("L-" + i))));
            }
            committed(ledger.submit(LedgerTransaction.of(COOP, "recallLot", "{\"gtin\":\"" + GTIN
                    + "\",\"lotNumber\":\"L-3\",\"reason\":\"Nấm mốc\"}")));
            assertEquals(13, ledger.status().height());
        }
    }

    private List<Path> checkpointFiles() throws Exception {
        try (Stream<Path> files = Files.list(folder.resolve("checkpoints"))) {
            return files.map(Path::getFileName).sorted().toList();
        }
    }

    private Path checkpoint(long block) {
        return folder.resolve("checkpoints").resolve(String.format("checkpoint-%012d.json", block));
    }

    /** What a reader can observe of the state: its digest, histories, events and a proof. */
    private static List<String> observed(EmbeddedLedger ledger) throws Exception {
        List<String> seen = new ArrayList<>();
        seen.add(ledger.status().height() + " " + ledger.status().headHash());
        seen.add(ledger.stateDigest());
        for (String lot : List.of("L-1", "L-3", "L-9")) {
            seen.add(((QueryOutcome.Answered) ledger.evaluate(LedgerTransaction.of(AGENCY, "getLotHistory", GTIN, lot)))
                    .payload());
        }
        seen.add(ledger.events(EventCheckpoint.START, 1000, Duration.ZERO).events().toString());
        RecordProof.Proven proof = assertInstanceOf(RecordProof.Proven.class,
                ledger.prove(LedgerTransaction.of(AGENCY, "getLotHistory", GTIN, "L-3")));
        seen.add(proof.transactionId() + " " + proof.blockNumber() + " " + proof.blockHash() + " " + proof.valueHash());
        return seen;
    }

    @Test
    void aStartFromACheckpointReplaysOnlyTheTailAndRebuildsWhatAFullReplayRebuilds() throws Exception {
        writeThirteenBlocks();
        assertEquals(List.of(Path.of("checkpoint-000000000009.json"), Path.of("checkpoint-000000000012.json")),
                checkpointFiles(), "every 5 blocks and at the clean close, the newest two kept");
        Files.delete(checkpoint(12));

        List<String> fromCheckpoint;
        try (EmbeddedLedger ledger = open()) {
            assertEquals(new EmbeddedLedger.Startup(9, 3), ledger.startup(), "blocks 10 to 12 replayed, no more");
            fromCheckpoint = observed(ledger);
        }
        try (Stream<Path> files = Files.list(folder.resolve("checkpoints"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        try (EmbeddedLedger ledger = open()) {
            assertEquals(new EmbeddedLedger.Startup(-1, 13), ledger.startup());
            assertEquals(fromCheckpoint, observed(ledger));
        }
        try (EmbeddedLedger ledger = open()) {
            assertEquals(new EmbeddedLedger.Startup(12, 0), ledger.startup(), "the close wrote a checkpoint at the head");
            assertEquals(fromCheckpoint, observed(ledger));
            committed(ledger.submit(LedgerTransaction.of(COOP, "registerLot", lot("L-10"))));
        }
        assertEquals(14, EmbeddedLedger.verify(folder).height());
        assertTrue(EmbeddedLedger.verify(folder).badCheckpoints().isEmpty());
    }

    @Test
    void aChangedByteInACheckpointIsReportedByVerifyLedgerAndIgnoredAtStart() throws Exception {
        writeThirteenBlocks();
        Path newest = checkpoint(12);
        String text = new String(Files.readAllBytes(newest), StandardCharsets.ISO_8859_1);
        int target = text.indexOf("\"valueBase64\":\"", text.indexOf("L-9")) + "\"valueBase64\":\"".length() + 4;
        try (RandomAccessFile file = new RandomAccessFile(newest.toFile(), "rw")) {
            file.seek(target);
            int original = file.read();
            file.seek(target);
            file.write(original == 'A' ? 'B' : 'A');
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LedgerVerificationCommand.run(new String[] {"--ledger-dir", folder.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String report = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, report);
        assertTrue(report.contains("bad checkpoint: checkpoint-000000000012.json: its content does not match its digest"),
                report);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("checkpoint-000000000009.json (state after block 9) verified"),
                out.toString(StandardCharsets.UTF_8));

        try (EmbeddedLedger ledger = open()) {
            assertEquals(new EmbeddedLedger.Startup(9, 3), ledger.startup(), "fell back to the older checkpoint");
            assertEquals(13, ledger.status().height());
            assertTrue(warned("checkpoint-000000000012.json", "does not match its digest"), warnings.list.toString());
        }
    }

    @Test
    void aCheckpointAheadOfATruncatedLogIsIgnored() throws Exception {
        writeThirteenBlocks();
        Path log = folder.resolve("blocks.log");
        long[] frameStarts = frameStarts(log);
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.setLength(frameStarts[8]);
        }
        assertEquals(List.of(checkpoint(12), checkpoint(9)), EmbeddedLedger.verify(folder).badCheckpoints().stream()
                .map(EmbeddedLedger.CheckpointCheck::file).toList(), "verify-ledger reports both as ahead of the log");
        try (EmbeddedLedger ledger = open()) {
            assertEquals(new EmbeddedLedger.Startup(-1, 8), ledger.startup(), "both checkpoints are ahead of block 7");
            assertEquals(8, ledger.status().height());
            assertTrue(warned("checkpoint-000000000012.json", "the log ends at block 7"), warnings.list.toString());
            assertTrue(warned("checkpoint-000000000009.json", "the log ends at block 7"), warnings.list.toString());
            committed(ledger.submit(LedgerTransaction.of(COOP, "registerLot", lot("L-after"))));
        }
        EmbeddedLedger.Verification verification = EmbeddedLedger.verify(folder);
        assertEquals(9, verification.height());
        assertEquals(List.of(Path.of("checkpoint-000000000008.json")), checkpointFiles(),
                "the checkpoint written at the close replaced those ahead of the log");
        assertTrue(verification.badCheckpoints().isEmpty(), verification.toString());
    }

    private boolean warned(String file, String reason) {
        return warnings.list.stream().anyMatch(event -> event.getLevel() == ch.qos.logback.classic.Level.WARN
                && event.getFormattedMessage().contains(file) && event.getFormattedMessage().contains(reason));
    }

    private static long[] frameStarts(Path log) throws Exception {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(log));
        List<Long> starts = new ArrayList<>();
        while (bytes.hasRemaining()) {
            starts.add((long) bytes.position());
            int length = bytes.getInt();
            bytes.position(bytes.position() + length + 4);
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    private static String lot(String lotNumber) {
        return "{\"bestBeforeDate\":\"2027-11-09\",\"gtin\":\"" + GTIN + "\",\"lotNumber\":\"" + lotNumber + "\","
                + "\"productionDate\":\"2026-11-09\",\"quantity\":\"1200\",\"recordHash\":\"" + "ab".repeat(32) + "\","
                + "\"unit\":\"KGM\"}";
    }

    private static SubmitOutcome.Committed committed(SubmitOutcome outcome) {
        return assertInstanceOf(SubmitOutcome.Committed.class, outcome, () -> "not committed: " + outcome);
    }
}

package vn.xuatxu.api.ledger.embedded;

import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.chaincode.PassportContract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Load measurement (not a test): how long opening the embedded ledger takes by replaying the whole log,
 * from a checkpoint at the head, and from the checkpoint before it (the worst case: up to one interval of
 * blocks replayed), side by side and alternated, on one ledger of {@code transactions} lot registrations
 * written by 8 concurrent submitters. Arguments: transactions (default 100000), rounds (default 3), the
 * folder (default a fresh one under target/ledger-startup). Run it as docs/performance.md shows.
 */
public final class LedgerStartupLoad {

    private LedgerStartupLoad() {
    }

    public static void main(String[] args) throws Exception {
        int transactions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path root = Files.createDirectories(args.length > 2 ? Path.of(args[2]) : Path.of("target", "ledger-startup"));
        Path folder = Files.createTempDirectory(root, "run");
        long buildStart = System.nanoTime();
        long height = build(folder, transactions);
        System.out.printf("built %d transactions in %d blocks in %.0f s%n", transactions, height,
                (System.nanoTime() - buildStart) / 1e9);
        System.out.printf("log %.1f MB; checkpoints %s%n", Files.size(folder.resolve("blocks.log")) / 1e6, checkpoints(folder));
        System.out.println("round | full replay s | from head checkpoint s | from previous checkpoint s (blocks replayed)");
        for (int round = 0; round <= rounds; round++) {
            Path checkpoints = folder.resolve("checkpoints");
            Path aside = folder.resolve("checkpoints-aside");
            Files.move(checkpoints, aside);
            double full = timedOpen(folder, -1);
            deleteCheckpoints(folder);                           // the one its close wrote
            Files.delete(checkpoints);
            Files.move(aside, checkpoints);
            double head = timedOpen(folder, height - 1);
            List<Path> files = checkpointFiles(folder);
            Files.delete(files.get(files.size() - 1));           // the head one: the start falls back to the one before
            long[] replayed = new long[1];
            double previous = timedOpen(folder, replayed);
            System.out.printf("%s | %.2f | %.2f | %.2f (%d)%n", round == 0 ? "warm-up" : String.valueOf(round),
                    full, head, previous, replayed[0]);
        }
    }

    private static long build(Path folder, int transactions) throws Exception {
        try (EmbeddedLedger ledger = EmbeddedLedger.open(folder, "passports", Clock.systemUTC(), new PassportContract())) {
            require(ledger.submit(LedgerTransaction.of(LedgerLoadProcess.AGENCY, "initLedger", LedgerLoadProcess.AGENCY)));
            require(ledger.submit(LedgerTransaction.of(LedgerLoadProcess.AGENCY, "registerOrganisation",
                    "{\"kind\":\"PRODUCER\",\"mspId\":\"" + LedgerLoadProcess.COOP
                            + "\",\"name\":\"HTX Cà phê Mường Ảng\",\"province\":\"Điện Biên\"}")));
            require(ledger.submit(LedgerTransaction.of(LedgerLoadProcess.COOP, "registerProduct", "{\"category\":\"Cà phê\",\"gtin\":\""
                    + LedgerLoadProcess.GTIN + "\",\"name\":\"Cà phê Arabica\",\"ocopStars\":4}")));
            AtomicLong next = new AtomicLong();
            List<Thread> submitters = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Thread submitter = new Thread(() -> {
                    for (long i = next.getAndIncrement(); i < transactions - 3; i = next.getAndIncrement()) {
                        try {
                            require(ledger.submit(LedgerTransaction.of(LedgerLoadProcess.COOP, "registerLot",
                                    LedgerLoadProcess.lotJson("S-" + i))));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
                submitter.start();
                submitters.add(submitter);
            }
            for (Thread submitter : submitters) {
                submitter.join();
            }
            return ledger.status().height();
        }
    }

    private static double timedOpen(Path folder, long expectedCheckpoint) throws Exception {
        long start = System.nanoTime();
        try (EmbeddedLedger ledger = EmbeddedLedger.open(folder, "passports", Clock.systemUTC(), new PassportContract())) {
            double seconds = (System.nanoTime() - start) / 1e9;
            if (ledger.startup().checkpointBlock() != expectedCheckpoint) {
                throw new IllegalStateException("expected a start from checkpoint " + expectedCheckpoint + ", got " + ledger.startup());
            }
            return seconds;
        }
    }

    private static double timedOpen(Path folder, long[] replayed) throws Exception {
        long start = System.nanoTime();
        try (EmbeddedLedger ledger = EmbeddedLedger.open(folder, "passports", Clock.systemUTC(), new PassportContract())) {
            double seconds = (System.nanoTime() - start) / 1e9;
            replayed[0] = ledger.startup().blocksReplayed();
            return seconds;
        }
    }

    private static List<Path> checkpointFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder.resolve("checkpoints"))) {
            return files.sorted().toList();
        }
    }

    private static String checkpoints(Path folder) throws Exception {
        List<String> described = new ArrayList<>();
        for (Path file : checkpointFiles(folder)) {
            described.add(file.getFileName() + String.format(" %.1f MB", Files.size(file) / 1e6));
        }
        return described.toString();
    }

    private static void deleteCheckpoints(Path folder) throws Exception {
        for (Path file : checkpointFiles(folder)) {
            Files.delete(file);
        }
    }

    private static void require(SubmitOutcome outcome) {
        if (!(outcome instanceof SubmitOutcome.Committed)) {
            throw new IllegalStateException("Not committed: " + outcome);
        }
    }
}

package vn.xuatxu.api.ledger.embedded;

import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.chaincode.PassportContract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load benchmark (not a test): committed lot registrations per second through the embedded ledger with
 * 1, 8 and 64 concurrent submitters, beside this disk's raw fsync rate, the physical limit for a ledger
 * that acknowledges only what is on disk. Run it as docs/performance.md shows; arguments: seconds per
 * run (default 10) and the folder for the ledgers (default: a temporary folder on the same disk as target/).
 */
public final class EmbeddedLedgerLoad {

    private EmbeddedLedgerLoad() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path root = Files.createDirectories(args.length > 1 ? Path.of(args[1]) : Path.of("target", "ledger-load"));
        root = Files.createTempDirectory(root, "run");
        double fsyncs = fsyncRate(root.resolve("fsync.bin"), seconds);
        System.out.printf("raw fsync rate (200-byte append + force): %.0f /s%n", fsyncs);
        System.out.println("submitters | committed tx/s | blocks/s | tx per block | tx/s ÷ fsync/s");
        for (int submitters : new int[] {1, 8, 64}) {
            Result result = run(root.resolve("ledger-" + submitters), submitters, seconds);
            System.out.printf("%10d | %14.0f | %8.0f | %12.1f | %.1f%n", submitters, result.txPerSecond(),
                    result.blocksPerSecond(), result.txPerSecond() / Math.max(1, result.blocksPerSecond()),
                    result.txPerSecond() / fsyncs);
        }
    }

    record Result(double txPerSecond, double blocksPerSecond) {
    }

    static Result run(Path folder, int submitters, int seconds) throws Exception {
        try (EmbeddedLedger ledger = EmbeddedLedger.open(folder, "passports", Clock.systemUTC(), new PassportContract())) {
            require(ledger.submit(LedgerTransaction.of(LedgerLoadProcess.AGENCY, "initLedger", LedgerLoadProcess.AGENCY)));
            require(ledger.submit(LedgerTransaction.of(LedgerLoadProcess.AGENCY, "registerOrganisation",
                    "{\"kind\":\"PRODUCER\",\"mspId\":\"" + LedgerLoadProcess.COOP
                            + "\",\"name\":\"HTX Cà phê Mường Ảng\",\"province\":\"Điện Biên\"}")));
            require(ledger.submit(LedgerTransaction.of(LedgerLoadProcess.COOP, "registerProduct", "{\"category\":\"Cà phê\",\"gtin\":\""
                    + LedgerLoadProcess.GTIN + "\",\"name\":\"Cà phê Arabica\",\"ocopStars\":4}")));
            // Warm up the JIT before measuring.
            drive(ledger, submitters, 2, "W");
            long heightBefore = ledger.status().height();
            long start = System.nanoTime();
            long committed = drive(ledger, submitters, seconds, "M");
            double elapsed = (System.nanoTime() - start) / 1e9;
            return new Result(committed / elapsed, (ledger.status().height() - heightBefore) / elapsed);
        }
    }

    private static long drive(EmbeddedLedger ledger, int submitters, int seconds, String prefix) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong committed = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < submitters; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                for (int i = 0; running.get(); i++) {
                    try {
                        SubmitOutcome outcome = ledger.submit(LedgerTransaction.of(LedgerLoadProcess.COOP, "registerLot",
                                LedgerLoadProcess.lotJson(prefix + thread + "-" + i)));
                        if (outcome instanceof SubmitOutcome.Committed) {
                            committed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            worker.start();
            threads.add(worker);
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        return committed.get();
    }

    static double fsyncRate(Path file, int seconds) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer record = ByteBuffer.allocate(200);
            long count = 0;
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long start = System.nanoTime();
            while (System.nanoTime() < end) {
                record.clear();
                channel.write(record);
                channel.force(false);
                count++;
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void require(SubmitOutcome outcome) {
        if (!(outcome instanceof SubmitOutcome.Committed)) {
            throw new IllegalStateException("Seeding failed: " + outcome);
        }
    }
}

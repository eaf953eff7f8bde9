package vn.xuatxu.api.ledger.embedded;

import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.QueryOutcome;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.chaincode.PassportContract;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A separate process for the crash test: opens the embedded ledger in a folder and registers lots from
 * many threads until it is killed, printing {@code ACK <lot> <txId>} only after each commit was
 * acknowledged, so the test knows exactly what the ledger promised before the SIGKILL.
 */
public final class LedgerLoadProcess {

    static final String AGENCY = "DienBienAgencyMSP";
    static final String COOP = "MuongAngCoffeeMSP";
    static final String GTIN = "08938600001016";

    private LedgerLoadProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String run = args[1];
        int threads = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        EmbeddedLedger ledger = EmbeddedLedger.open(folder, "passports", Clock.systemUTC(), new PassportContract());
        if (ledger.evaluate(LedgerTransaction.of(AGENCY, "getProduct", GTIN)) instanceof QueryOutcome.Rejected) {
            require(ledger.submit(LedgerTransaction.of(AGENCY, "initLedger", AGENCY)));
            require(ledger.submit(LedgerTransaction.of(AGENCY, "registerOrganisation", "{\"kind\":\"PRODUCER\",\"mspId\":\""
                    + COOP + "\",\"name\":\"HTX Cà phê Mường Ảng\",\"province\":\"Điện Biên\"}")));
            require(ledger.submit(LedgerTransaction.of(COOP, "registerProduct",
                    "{\"category\":\"Cà phê\",\"gtin\":\"" + GTIN + "\",\"name\":\"Cà phê Arabica\",\"ocopStars\":4}")));
        }
        out.println("READY");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; ; i++) {
                    String lot = run + "-" + thread + "-" + i;
                    SubmitOutcome outcome = ledger.submit(LedgerTransaction.of(COOP, "registerLot", lotJson(lot)));
                    if (outcome instanceof SubmitOutcome.Committed committed) {
                        out.println("ACK " + lot + " " + committed.transactionId());
                    } else {
                        out.println("REFUSED " + lot + " " + outcome);
                    }
                }
            });
        }
        pool.awaitTermination(1, TimeUnit.HOURS);
    }

    static String lotJson(String lot) {
        return "{\"gtin\":\"" + GTIN + "\",\"lotNumber\":\"" + lot + "\",\"productionDate\":\"2026-11-01\","
                + "\"quantity\":\"10\",\"recordHash\":\"" + "cd".repeat(32) + "\",\"unit\":\"KGM\"}";
    }

    private static void require(SubmitOutcome outcome) {
        if (!(outcome instanceof SubmitOutcome.Committed)) {
            throw new IllegalStateException("Seeding failed: " + outcome);
        }
    }
}

package vn.xuatxu.api.ledger.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.QueryOutcome;
import vn.xuatxu.chaincode.PassportContract;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kill -9 during a burst of concurrent submits, several times: after each restart every acknowledged
 * transaction is there, written by the transaction that was acknowledged, and the chain verifies.
 */
class LedgerCrashIT {

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedTransactionSurvivesRepeatedKills() throws Exception {
        Random random = new Random(20261123L);
        Map<String, String> acknowledged = new LinkedHashMap<>();
        for (int run = 0; run < 4; run++) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LedgerLoadProcess.class.getName(), folder.toString(),
                    "R" + run, "16").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int killAfter = 50 + random.nextInt(250);
            int seen = 0;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        String[] parts = line.split(" ");
                        acknowledged.put(parts[1], parts[2]);
                        if (++seen == killAfter) {
                            process.destroyForcibly();
                            break;
                        }
                    }
                }
            }
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, process.exitValue(), "the load process was killed with SIGKILL, not stopped");
        }
        assertTrue(acknowledged.size() >= 200, "acknowledged " + acknowledged.size());

        try (EmbeddedLedger ledger = EmbeddedLedger.open(folder, "passports", Clock.systemUTC(), new PassportContract())) {
            for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                QueryOutcome lot = ledger.evaluate(LedgerTransaction.of(LedgerLoadProcess.AGENCY, "getLot",
                        LedgerLoadProcess.GTIN, ack.getKey()));
                QueryOutcome.Answered answered = assertInstanceOf(QueryOutcome.Answered.class, lot, ack.getKey());
                assertTrue(answered.payload().contains("\"txId\":\"" + ack.getValue() + "\""), answered.payload());
            }
        }
        EmbeddedLedger.Verification verification = EmbeddedLedger.verify(folder);
        assertTrue(verification.height() > 3);
    }
}

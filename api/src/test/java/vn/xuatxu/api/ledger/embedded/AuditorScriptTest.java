package vn.xuatxu.api.ledger.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.chaincode.PassportContract;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The auditor's script in docs/tools recomputes the same head hash from the block log alone, across a key rotation. */
class AuditorScriptTest {

    private static final Path SCRIPT = Path.of("..", "docs", "tools", "verify_blocks.py");

    @TempDir
    Path folder;

    private String[] runScript() throws Exception {
        Process python = new ProcessBuilder("python3", SCRIPT.toString(), folder.resolve("blocks.log").toString())
                .redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(60, TimeUnit.SECONDS));
        return new String[] {String.valueOf(python.exitValue()), output};
    }

    @Test
    void theScriptAgreesWithTheLedgerAndCatchesAChange() throws Exception {
        assumeTrue(Files.isRegularFile(SCRIPT) && canRun("python3"), "python3 is not installed");
        String head;
        try (EmbeddedLedger ledger = EmbeddedLedger.open(folder, "passports", Clock.systemUTC(), new PassportContract())) {
            assertInstanceOf(SubmitOutcome.Committed.class, ledger.submit(LedgerTransaction.of("AgencyOrg", "initLedger", "AgencyOrg")));
            ledger.rotateNodeKey(false);
            assertInstanceOf(SubmitOutcome.Committed.class, ledger.submit(LedgerTransaction.of("AgencyOrg", "registerOrganisation",
                    "{\"kind\":\"PRODUCER\",\"mspId\":\"CoopOne\",\"name\":\"HTX Cà phê Mường Ảng\",\"province\":\"Điện Biên\"}")));
            head = ledger.status().headHash();
        }
        String[] intact = runScript();
        assertEquals("0", intact[0], intact[1]);
        assertTrue(intact[1].contains("height 3") && intact[1].contains("head " + head)
                && intact[1].contains("node key rotations 1"), intact[1]);

        Path log = folder.resolve("blocks.log");
        int position = new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1).indexOf("AgencyOrg");
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.seek(position);
            file.write('B');
        }
        String[] changed = runScript();
        assertEquals("1", changed[0], changed[1]);
        assertTrue(changed[1].contains("block 0"), changed[1]);
    }

    private static boolean canRun(String command) {
        try {
            return new ProcessBuilder(command, "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}

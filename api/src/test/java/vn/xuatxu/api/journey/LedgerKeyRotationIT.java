package vn.xuatxu.api.journey;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.api.platform.LedgerKeyRotationCommand;
import vn.xuatxu.api.platform.LedgerVerificationCommand;
import vn.xuatxu.api.platform.backup.BackupCommand;
import vn.xuatxu.api.testing.RunningApplication;
import vn.xuatxu.api.testing.TestDatabase;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operator's key rotation on a real data folder: rotate the stopped server's ledger key twice (the second
 * time with a new CA), verify-ledger follows both, the restarted server still proves the demo lot committed
 * under the original key and commits new blocks, and a backup of the rotated ledger restores and verifies.
 */
class LedgerKeyRotationIT {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    private int verifyLedger(Path ledger) {
        out.reset();
        return LedgerVerificationCommand.run(new String[] {"--ledger-dir", ledger.toString()}, outStream, errStream);
    }

    @Test
    void aRotatedLedgerKeepsProvingRestartsCommitsAndRestoresFromABackup() throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        RunningApplication original = RunningApplication.start(Map.of());
        Path ledger = original.dataFolder().resolve("ledger");
        Path archive = original.dataFolder().resolveSibling(original.dataFolder().getFileName() + "-rotated.zip");
        Path fresh = original.dataFolder().resolveSibling(original.dataFolder().getFileName() + "-rotated-restore");
        String freshUrl = server.createDatabase();
        try {
            OperationsIT.awaitVerifiedDemoPassport(original);
            OperationsIT.awaitOutboxDrained(original);
            long height = original.context().getBean(Ledger.class).status().height();
            original.stop();

            assertEquals(0, verifyLedger(ledger), err.toString(StandardCharsets.UTF_8));
            String origin = line(out.toString(StandardCharsets.UTF_8), "origin node certificate sha256 ");
            assertEquals(0, LedgerKeyRotationCommand.run(new String[] {"--ledger-dir", ledger.toString()}, outStream,
                    errStream, Clock.systemUTC()), err.toString(StandardCharsets.UTF_8));
            assertEquals(0, LedgerKeyRotationCommand.run(new String[] {"--new-ca", "--ledger-dir", ledger.toString()},
                    outStream, errStream, Clock.systemUTC()), err.toString(StandardCharsets.UTF_8));
            assertEquals(0, verifyLedger(ledger), err.toString(StandardCharsets.UTF_8));
            String verified = out.toString(StandardCharsets.UTF_8);
            assertTrue(verified.contains("height " + (height + 2)) && verified.contains("node key rotations 2"), verified);
            assertEquals(origin, line(verified, "origin node certificate sha256 "), "the chain of trust starts at the same key");

            String head;
            // Stopped, not closed: closing would drop the database the backup below reads.
            RunningApplication restarted = RunningApplication.startOver(original.databaseUrl(), original.dataFolder(), Map.of());
            try {
                assertTrue(restarted.get("/01/08938600001016/10/MA2026-001").body().contains("Đã xác thực trên sổ cái"),
                        "a lot committed under the original key is still proven");
                Ledger restartedLedger = restarted.context().getBean(Ledger.class);
                assertInstanceOf(SubmitOutcome.Committed.class, restartedLedger.submit(LedgerTransaction.of(
                        "DienBienAgencyMSP", "registerOrganisation", "{\"kind\":\"PRODUCER\",\"mspId\":\"TuanGiaoTeaMSP\","
                                + "\"name\":\"HTX Chè Tuần Giáo\",\"province\":\"Điện Biên\"}")));
                head = restartedLedger.status().headHash();
            } finally {
                restarted.stop();
            }
            assertEquals(0, verifyLedger(ledger), err.toString(StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("head " + head));

            Map<String, Object> source = Map.of("datasources.default.url", original.databaseUrl(),
                    "datasources.default.username", server.user(), "datasources.default.password", server.password(),
                    "xuatxu.data-dir", original.dataFolder().toString());
            Map<String, Object> target = Map.of("datasources.default.url", freshUrl,
                    "datasources.default.username", server.user(), "datasources.default.password", server.password(),
                    "xuatxu.data-dir", fresh.toString());
            assertEquals(0, BackupCommand.backup(new String[] {"--to", archive.toString()}, outStream, errStream, source,
                    Clock.systemUTC()), err.toString(StandardCharsets.UTF_8));
            assertEquals(0, BackupCommand.restore(new String[] {archive.toString()}, outStream, errStream, target),
                    err.toString(StandardCharsets.UTF_8));
            assertEquals(0, verifyLedger(fresh.resolve("ledger")), err.toString(StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("node key rotations 2"));
            try (RunningApplication restored = RunningApplication.startOver(freshUrl, fresh, Map.of())) {
                assertEquals(head, restored.context().getBean(Ledger.class).status().headHash());
                assertTrue(restored.get("/01/08938600001016/10/MA2026-001").body().contains("Đã xác thực trên sổ cái"));
            }
        } finally {
            original.close();
        }
    }

    private static String line(String printed, String prefix) {
        return printed.lines().filter(line -> line.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + prefix + " in " + printed)).substring(prefix.length());
    }
}

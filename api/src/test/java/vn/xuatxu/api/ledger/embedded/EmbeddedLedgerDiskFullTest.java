package vn.xuatxu.api.ledger.embedded;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.LedgerUnavailableException;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.chaincode.PassportContract;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A full disk under the ledger: the commit is refused with a clear error, nothing acknowledged is lost, no
 * torn block is left behind, and writing resumes once there is space. The ledger folder lives on a small
 * tmpfs mounted for the test (needs root, as in CI; skipped elsewhere).
 */
class EmbeddedLedgerDiskFullTest {

    private static final String AGENCY = "DienBienAgencyMSP";

    @TempDir
    Path temporary;
    private Path disk;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = Files.createDirectories(temporary.resolve("small-disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", disk.toString()) == 0,
                "mounting a small tmpfs needs root; the disk-full check is skipped");
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            run("umount", disk.toString());
        }
    }

    @Test
    void aFullDiskRefusesTheCommitKeepsTheChainAndRecoversWhenSpaceReturns() throws Exception {
        Path ledgerFolder = disk.resolve("ledger");
        Path filler = disk.resolve("filler");
        long acknowledged = 1;
        try (EmbeddedLedger ledger = EmbeddedLedger.open(ledgerFolder, "passports", Clock.systemUTC(), new PassportContract())) {
            assertInstanceOf(SubmitOutcome.Committed.class, ledger.submit(LedgerTransaction.of(AGENCY, "initLedger", AGENCY)));
            fill(filler);

            // The log's last page may still have room: keep writing until the disk refuses a block.
            LedgerUnavailableException full = null;
            for (int i = 0; i < 2000 && full == null; i++) {
                try {
                    assertInstanceOf(SubmitOutcome.Committed.class,
                            ledger.submit(LedgerTransaction.of(AGENCY, "registerOrganisation", organisation("MSP" + i))));
                    acknowledged++;
                } catch (LedgerUnavailableException e) {
                    full = e;
                }
            }
            assertTrue(full != null, "the full disk never refused a block");
            assertTrue(full.getMessage().contains("No space left on device"), full.getMessage());
            assertEquals(acknowledged, ledger.status().height(), "the refused block was not counted");

            Files.delete(filler);
            assertInstanceOf(SubmitOutcome.Committed.class,
                    ledger.submit(LedgerTransaction.of(AGENCY, "registerOrganisation", organisation("AFTER"))));
            acknowledged++;
            assertEquals(acknowledged, ledger.status().height());
        }
        EmbeddedLedger.Verification verification = EmbeddedLedger.verify(ledgerFolder);
        assertEquals(acknowledged, verification.height(), "the chain holds exactly the acknowledged blocks, no torn tail");
    }

    private static String organisation(String msp) {
        return "{\"kind\":\"PRODUCER\",\"mspId\":\"" + msp + "\",\"name\":\"HTX " + msp + "\",\"province\":\"Điện Biên\"}";
    }

    /** Writes until the small disk refuses, so the next block cannot be written whole. */
    private static void fill(Path filler) throws IOException {
        byte[] chunk = new byte[1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException expected) {
            assertTrue(expected.getMessage().contains("No space left on device"), expected.getMessage());
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor(20, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}

package vn.xuatxu.api.ledger.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.api.platform.LedgerVerificationCommand;
import vn.xuatxu.chaincode.PassportContract;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code verify-ledger}: exit 0 with height and head when intact, non-zero naming the first changed block. */
class LedgerVerificationCommandTest {

    @TempDir
    Path folder;

    private String head;

    private void writeChain() throws Exception {
        try (EmbeddedLedger ledger = EmbeddedLedger.open(folder, "passports", Clock.systemUTC(), new PassportContract())) {
            assertInstanceOf(SubmitOutcome.Committed.class, ledger.submit(LedgerTransaction.of("AgencyOrg", "initLedger", "AgencyOrg")));
            for (String producer : new String[] {"CoopOne", "CoopTwo", "CoopThree"}) {
                assertInstanceOf(SubmitOutcome.Committed.class, ledger.submit(LedgerTransaction.of("AgencyOrg",
                        "registerOrganisation", "{\"kind\":\"PRODUCER\",\"mspId\":\"" + producer
                                + "\",\"name\":\"HTX " + producer + "\",\"province\":\"Điện Biên\"}")));
            }
            head = ledger.status().headHash();
        }
    }

    private int run(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return LedgerVerificationCommand.run(new String[] {"--ledger-dir", folder.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void anIntactLedgerPrintsItsHeightAndHead() throws Exception {
        writeChain();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, run(out, new ByteArrayOutputStream()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("height 4"), printed);
        assertTrue(printed.contains("head " + head), printed);
    }

    @Test
    void oneChangedByteInAnOldBlockNamesThatBlock() throws Exception {
        writeChain();
        Path log = folder.resolve("blocks.log");
        String text = new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1);
        int position = text.indexOf("CoopOne");
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.seek(position);
            file.write('K');
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, run(new ByteArrayOutputStream(), err));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("first bad block: 1"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingLedgerIsReportedNotCrashed() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, run(new ByteArrayOutputStream(), err));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no block log"));
    }
}

package vn.xuatxu.api.platform;

import vn.xuatxu.api.ledger.embedded.CorruptLedgerException;
import vn.xuatxu.api.ledger.embedded.EmbeddedLedger;
import vn.xuatxu.chaincode.PassportContract;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code java -jar xuatxu.jar rotate-ledger-key [--new-ca] [--ledger-dir DIR]}: gives the embedded ledger's
 * node a new signing key (and, with {@code --new-ca}, a new local CA), for a key that may have leaked or
 * simply aged. It runs on a stopped server (it takes the data folder's lock), verifies the ledger as a start
 * does, and records the hand-over in the log signed by the old key, so {@code verify-ledger} and every start
 * follow the chain of trust from the original key. Exit 0 when rotated, 1 when the ledger is missing, does
 * not verify or cannot be written, 2 for bad arguments.
 */
public final class LedgerKeyRotationCommand {

    static final String USAGE = """
            Usage: java -jar xuatxu.jar rotate-ledger-key [--new-ca] [--ledger-dir DIR]   (default: <data folder>/ledger)
            Stop the server first. --new-ca also replaces the ledger's local certificate authority.""";

    private LedgerKeyRotationCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        List<String> options = List.of(args);
        boolean newAuthority = options.contains("--new-ca");
        List<String> rest = options.stream().filter(option -> !option.equals("--new-ca")).toList();
        Path folder;
        if (rest.isEmpty()) {
            folder = LedgerVerificationCommand.dataFolder().resolve("ledger");
        } else if (rest.size() == 2 && rest.get(0).equals("--ledger-dir")) {
            folder = Path.of(rest.get(1));
        } else {
            err.println(USAGE);
            return 2;
        }
        folder = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(folder.resolve("blocks.log"))) {
            err.println("Không có sổ cái nhúng ở / No embedded ledger at " + folder + " (no blocks.log)");
            return 1;
        }
        try (DataFolderLock lock = DataFolderLock.acquire(folder.getParent());
             EmbeddedLedger ledger = EmbeddedLedger.open(folder, "passports", clock, new PassportContract())) {
            EmbeddedLedger.KeyRotation rotation = ledger.rotateNodeKey(newAuthority);
            out.println("Ledger node key rotated: " + folder);
            out.println("rotation " + rotation.sequence() + " recorded in block " + rotation.blockNumber()
                    + ", signed by the retired key");
            out.println("retired node certificate sha256 " + rotation.previousCertificateSha256());
            out.println("current node certificate sha256 " + rotation.certificateSha256()
                    + (rotation.newAuthority() ? " (issued by a new local CA)" : ""));
            out.println("head " + ledger.status().headHash());
            return 0;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 1;
        } catch (CorruptLedgerException e) {
            err.println("LEDGER NOT INTACT in " + folder + ": nothing rotated");
            err.println("first bad block: " + e.blockNumber());
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Xoay khoá thất bại / Rotation failed: " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println("Xoay khoá thất bại / Rotation failed: " + e.getCause().getMessage());
            return 1;
        }
    }
}

package vn.xuatxu.api.platform;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.CommandLinePropertySource;
import io.micronaut.context.env.Environment;
import io.micronaut.core.cli.CommandLine;
import vn.xuatxu.api.ledger.embedded.CorruptLedgerException;
import vn.xuatxu.api.ledger.embedded.EmbeddedLedger;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code java -jar xuatxu.jar verify-ledger [--ledger-dir DIR]}: re-checks every block of the embedded
 * ledger (hash chain, orderer signatures following every node key rotation from the origin certificate, the
 * state derived from it) without starting anything else, so an
 * auditor can run it on a copy of the data folder, and every state checkpoint against the state the blocks
 * give. Exit code 0 when intact, 1 naming the first bad block or each bad checkpoint.
 */
public final class LedgerVerificationCommand {

    private LedgerVerificationCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path folder;
        if (args.length == 2 && args[0].equals("--ledger-dir")) {
            folder = Path.of(args[1]);
        } else if (args.length == 0) {
            folder = dataFolder().resolve("ledger");
        } else {
            err.println("Usage: java -jar xuatxu.jar verify-ledger [--ledger-dir DIR]   (default: <data folder>/ledger)");
            return 2;
        }
        try {
            EmbeddedLedger.Verification verification = EmbeddedLedger.verify(folder.toAbsolutePath());
            out.println("Ledger intact: " + folder.toAbsolutePath());
            out.println("height " + verification.height());
            out.println("head " + verification.headHash());
            out.println("keys " + verification.keys());
            out.println("node key rotations " + verification.keyRotations());
            out.println("origin node certificate sha256 " + verification.originCertificateSha256());
            out.println("current node certificate sha256 " + verification.nodeCertificateSha256());
            verification.checkpoints().stream().filter(EmbeddedLedger.CheckpointCheck::intact).forEach(check ->
                    out.println("checkpoint " + check.file().getFileName() + " (state after block " + check.blockNumber()
                            + ") verified"));
            if (!verification.badCheckpoints().isEmpty()) {
                err.println("CHECKPOINT NOT INTACT in " + folder.toAbsolutePath() + " (the blocks are intact; the next start "
                        + "ignores it; delete it or let a new checkpoint replace it)");
                verification.badCheckpoints().forEach(check -> err.println("bad checkpoint: " + check.file().getFileName()
                        + ": " + check.problem()));
                return 1;
            }
            return 0;
        } catch (CorruptLedgerException e) {
            err.println("LEDGER NOT INTACT in " + folder.toAbsolutePath());
            err.println("first bad block: " + e.blockNumber());
            err.println(e.getMessage());
            return 1;
        }
    }

    static Path dataFolder() {
        Environment environment = ApplicationContext.builder()
                .propertySources(new CommandLinePropertySource(CommandLine.parse(new String[0])))
                .build().getEnvironment().start();
        try {
            return Path.of(environment.getProperty("xuatxu.data-dir", String.class).orElse("xuatxu-data"));
        } finally {
            environment.stop();
        }
    }
}

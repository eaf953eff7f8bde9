package vn.xuatxu.api;

import io.micronaut.runtime.Micronaut;
import vn.xuatxu.api.platform.AdminCommand;
import vn.xuatxu.api.platform.LedgerKeyRotationCommand;
import vn.xuatxu.api.platform.LedgerVerificationCommand;
import vn.xuatxu.api.platform.StartupEnvironment;
import vn.xuatxu.api.platform.backup.BackupCommand;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

/**
 * Starts Xuất Xứ. Before the application context exists, {@link StartupEnvironment} decides what the
 * configuration leaves open (the embedded MariaDB when no database URL is set, the token signing secret
 * kept in the data folder), because Micronaut's data source must have its URL when it is created.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("create-admin")) {
            System.exit(AdminCommand.run(Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        if (args.length > 0 && args[0].equals("verify-ledger")) {
            System.exit(LedgerVerificationCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
            return;
        }
        if (args.length > 0 && args[0].equals("rotate-ledger-key")) {
            System.exit(LedgerKeyRotationCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err,
                    Clock.systemUTC()));
            return;
        }
        if (args.length > 0 && args[0].equals("backup")) {
            System.exit(BackupCommand.backup(Arrays.copyOfRange(args, 1, args.length), System.out, System.err, Map.of(),
                    Clock.systemUTC()));
            return;
        }
        if (args.length > 0 && args[0].equals("restore")) {
            System.exit(BackupCommand.restore(Arrays.copyOfRange(args, 1, args.length), System.out, System.err, Map.of()));
            return;
        }
        StartupEnvironment startup;
        try {
            startup = StartupEnvironment.prepare(args);
        } catch (IllegalStateException e) {
            // A data folder that cannot be written or is in use: the message says which and what to do.
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(startup.properties())
                .singletons(startup.lock())
                .banner(false)
                .start();
    }
}

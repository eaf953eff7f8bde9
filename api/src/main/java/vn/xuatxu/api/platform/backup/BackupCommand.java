package vn.xuatxu.api.platform.backup;

import vn.xuatxu.api.platform.StartupEnvironment;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * {@code java -jar xuatxu.jar backup [--to FILE]} and {@code restore FILE}: the operator's two commands.
 * Both take the data folder's lock, so they refuse to run beside a server using the same folder; a backup
 * of a stopped server is consistent by construction, and the dump itself reads one database snapshot.
 */
public final class BackupCommand {

    private static final String USAGE = """
            Usage: java -jar xuatxu.jar backup [--to FILE.zip]     (default: xuatxu-backup-<UTC time>.zip)
                   java -jar xuatxu.jar restore FILE.zip
            Both use the server's data folder and database settings (XUATXU_DATA_DIR, DATASOURCES_DEFAULT_URL, ...).
            Stop the server first. Restore needs an empty database and a data folder without a ledger.""";

    private BackupCommand() {
    }

    public static int backup(String[] args, PrintStream out, PrintStream err, Map<String, Object> configuration, Clock clock) {
        Path named;
        if (args.length == 0) {
            named = Path.of("xuatxu-backup-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .withZone(ZoneOffset.UTC).format(clock.instant()) + ".zip");
        } else if (args.length == 2 && args[0].equals("--to")) {
            named = Path.of(args[1]);
        } else {
            err.println(USAGE);
            return 2;
        }
        Path archive = named.toAbsolutePath().normalize();
        if (Files.exists(archive)) {
            err.println("Tệp " + archive + " đã tồn tại; hãy chọn tên khác. / The file exists already.");
            return 2;
        }
        return withDataFolder(configuration, err, "Sao lưu thất bại / Backup failed: ", startup -> {
            out.println("Sao lưu / Backing up " + startup.dataFolder() + " and " + startup.database() + " to " + archive);
            BackupArchive.Manifest manifest = BackupArchive.write(startup.database(), startup.dataFolder(), archive, clock,
                    out::println);
            out.println("Đã sao lưu / Backup written: " + archive + " (" + Files.size(archive) + " bytes, "
                    + manifest.tableRows().size() + " tables, " + manifest.sha256().size() + " entries)");
        });
    }

    public static int restore(String[] args, PrintStream out, PrintStream err, Map<String, Object> configuration) {
        if (args.length != 1 || args[0].startsWith("--")) {
            err.println(USAGE);
            return 2;
        }
        Path archive = Path.of(args[0]).toAbsolutePath().normalize();
        if (!Files.isRegularFile(archive)) {
            err.println("Không tìm thấy tệp sao lưu " + archive + ". / No such backup file.");
            return 2;
        }
        return withDataFolder(configuration, err, "Khôi phục thất bại / Restore failed: ", startup -> {
            out.println("Khôi phục / Restoring " + archive + " into " + startup.dataFolder() + " and " + startup.database());
            BackupArchive.Manifest manifest = BackupArchive.restore(archive, startup.database(), startup.dataFolder(),
                    out::println);
            out.println("Đã khôi phục / Restored the backup made at " + manifest.created()
                    + (manifest.ledger() == null ? "" : "; ledger height " + manifest.ledger().height()
                    + ", head " + manifest.ledger().headHash()));
        });
    }

    /** What a command does once it holds the data folder and knows the database. */
    private interface Work {
        void run(StartupEnvironment startup) throws BackupArchive.Refused, IOException, SQLException;
    }

    /** Takes the data folder (refused while a server holds it), runs the work, and turns failures into exit codes. */
    private static int withDataFolder(Map<String, Object> configuration, PrintStream err, String failure, Work work) {
        StartupEnvironment startup;
        try {
            startup = StartupEnvironment.prepare(new String[0], configuration);
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 1;
        }
        try (var lock = startup.lock()) {
            work.run(startup);
            return 0;
        } catch (BackupArchive.Refused e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException | SQLException e) {
            err.println(failure + e.getMessage());
            return 1;
        }
    }
}

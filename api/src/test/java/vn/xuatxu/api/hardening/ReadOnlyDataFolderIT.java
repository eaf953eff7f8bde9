package vn.xuatxu.api.hardening;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.xuatxu.api.platform.LedgerVerificationCommand;
import vn.xuatxu.api.testing.RunningApplication;
import vn.xuatxu.api.testing.TestDatabase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged application started on a data folder it cannot write stops at once with a message naming the
 * folder and what to do, without a stack trace, and leaves the ledger exactly as it was.
 *
 * <p>Read-only is made with permissions (555/444) for an ordinary user; as root, who writes through
 * permissions, with the immutable attribute ({@code chattr -R +i}), removed again at the end. Where neither
 * stops a write the test is skipped, saying why.
 */
class ReadOnlyDataFolderIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of("target", "xuatxu.jar");

    @Test
    void startingOnAReadOnlyDataFolderStopsWithAClearMessageAndLeavesTheLedgerIntact() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "the packaged jar is built in the package phase");
        TestDatabase.Server database = TestDatabase.server();
        String url = database.createDatabase();
        Path data = Files.createDirectories(Path.of("target", "it-data")).toAbsolutePath()
                .resolve("read-only-" + System.nanoTime());
        try (RunningApplication app = RunningApplication.startOver(url, data, Map.of())) {
            String token = "Bearer " + JSON.readTree(app.postJson("/api/v1/auth/login",
                    "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}").body()).path("accessToken").asText();
            java.net.http.HttpResponse<String> registered = app.postJson("/api/v1/lots", "{\"gtin\":\"08938600001016\",\"lotNumber\":\"RO-1\","
                    + "\"productionDate\":\"" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                    + "\",\"quantity\":3,\"unit\":\"kg\"}", "Authorization", token);
            assertEquals(201, registered.statusCode(), registered.body());
            // The ledger opens with the outbox's first delivery: wait until the lot is on it before stopping.
            String lot = "/api/v1/lots/" + JSON.readTree(registered.body()).path("id").asLong();
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
            while (!"COMMITTED".equals(JSON.readTree(app.get(lot, "Authorization", token).body()).path("ledger").path("status").asText())
                    && java.time.Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            app.stop();
            Map<Path, String> ledgerBefore = digests(data.resolve("ledger"));
            assertFalse(ledgerBefore.isEmpty(), "the embedded ledger wrote its files");

            ReadOnly readOnly = ReadOnly.make(data);
            String output;
            int exit;
            try {
                Path log = data.resolveSibling(data.getFileName() + ".log");
                ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx256m", "-jar", JAR.toString()).redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                builder.environment().put("DATASOURCES_DEFAULT_URL", url);
                builder.environment().put("DB_USER", database.user());
                builder.environment().put("DB_PASSWORD", database.password());
                builder.environment().put("XUATXU_DATA_DIR", data.toString());
                builder.environment().put("MICRONAUT_SERVER_PORT", "0");
                Process started = builder.start();
                try {
                    started.getOutputStream().close();
                    assertTrue(started.waitFor(60, TimeUnit.SECONDS), "the application stopped by itself");
                } finally {
                    started.destroyForcibly().waitFor();
                }
                exit = started.exitValue();
                output = Files.readString(log);
            } finally {
                readOnly.undo();
            }
            assertEquals(1, exit, output);
            assertTrue(output.contains("Không ghi được vào thư mục dữ liệu " + data), output);
            assertTrue(output.contains("XUATXU_DATA_DIR"), "says what to do: " + output);
            assertFalse(output.contains("\tat ") || output.contains("Exception"), "no stack trace: " + output);

            assertEquals(ledgerBefore, digests(data.resolve("ledger")), "the ledger's files are unchanged");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(0, LedgerVerificationCommand.run(new String[]{"--ledger-dir", data.resolve("ledger").toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
                    err.toString(StandardCharsets.UTF_8));

            try (RunningApplication again = RunningApplication.startOver(url, data, Map.of())) {
                assertEquals(200, again.get("/01/08938600001016/10/RO-1").statusCode(), "writable again, it starts");
            }
        }
    }

    private static Map<Path, String> digests(Path folder) throws Exception {
        Map<Path, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(folder.relativize(file), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return digests;
    }

    /** A folder made read-only by whatever stops this process writing to it. */
    private record ReadOnly(Path folder, boolean immutable, Map<Path, Set<PosixFilePermission>> permissions) {

        static ReadOnly make(Path folder) throws IOException, InterruptedException {
            Map<Path, Set<PosixFilePermission>> before = new TreeMap<>();
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(folder)) {
                paths = walk.toList();
            }
            for (Path path : paths) {
                before.put(path, Files.getPosixFilePermissions(path));
            }
            for (Path path : paths) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
            }
            ReadOnly byPermissions = new ReadOnly(folder, false, before);
            if (!writable(folder)) {
                return byPermissions;
            }
            byPermissions.undo();
            // root: permissions do not apply; the immutable attribute does (ext4, xfs, btrfs).
            Process chattr = new ProcessBuilder("chattr", "-R", "+i", folder.toString()).redirectErrorStream(true).start();
            String said = new String(chattr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ReadOnly byAttribute = new ReadOnly(folder, true, Map.of());
            if (chattr.waitFor() != 0 || writable(folder)) {
                byAttribute.undo();
                Assumptions.abort("cannot make a folder read-only for this user (root without chattr +i): " + said);
            }
            return byAttribute;
        }

        private static boolean writable(Path folder) {
            try {
                Files.delete(Files.createFile(folder.resolve("probe")));
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        void undo() throws IOException, InterruptedException {
            if (immutable) {
                new ProcessBuilder("chattr", "-R", "-i", folder.toString()).redirectErrorStream(true).start().waitFor();
                return;
            }
            for (Map.Entry<Path, Set<PosixFilePermission>> entry : permissions.entrySet()) {
                Files.setPosixFilePermissions(entry.getKey(), entry.getValue());
            }
        }
    }
}

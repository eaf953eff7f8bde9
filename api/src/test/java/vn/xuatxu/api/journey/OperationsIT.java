package vn.xuatxu.api.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.platform.AdminCommand;
import vn.xuatxu.api.platform.LedgerVerificationCommand;
import vn.xuatxu.api.platform.backup.BackupCommand;
import vn.xuatxu.api.testing.RunningApplication;
import vn.xuatxu.api.testing.TestDatabase;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator relies on: a restart keeps everything, and the first administrator comes from a command. */
class OperationsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSecondStartReusesTheDataAndDoesNotSeedTwice() throws Exception {
        RunningApplication first = RunningApplication.start(Map.of());
        RunningApplication second = null;
        try {
            awaitVerifiedDemoPassport(first);
            awaitOutboxDrained(first);
            long height = first.context().getBean(Ledger.class).status().height();
            String head = first.context().getBean(Ledger.class).status().headHash();

            second = first.restart(Map.of());
            assertEquals("UP", JSON.readTree(second.get("/health").body()).path("status").asText());
            assertEquals(height, second.context().getBean(Ledger.class).status().height(), "no block was added by a restart");
            assertEquals(head, second.context().getBean(Ledger.class).status().headHash());
            HttpResponse<String> page = second.get("/01/08938600001016/10/MA2026-001");
            assertTrue(page.body().contains("Đã xác thực trên sổ cái"), "the rebuilt ledger still proves the demo lot");
        } finally {
            (second != null ? second : first).close();
        }
    }

    @Test
    void withoutDemoModeTheFirstAdministratorComesFromTheCommand() throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        String url = server.createDatabase();
        Path folder = Files.createDirectories(Path.of("target", "it-data", "admin-" + System.nanoTime())).toAbsolutePath();
        Path passwordFile = Files.writeString(folder.resolveSibling(folder.getFileName() + ".pw"), "một cụm mật khẩu dài\n");
        Map<String, Object> configuration = Map.of("datasources.default.url", url,
                "datasources.default.username", server.user(), "datasources.default.password", server.password(),
                "xuatxu.data-dir", folder.toString());

        assertEquals(2, AdminCommand.run(new String[] {"--username", "A"}, configuration), "bad username refused");
        assertEquals(0, AdminCommand.run(new String[] {"--username", "quan.tri", "--name", "Quản trị viên",
                "--password-file", passwordFile.toString()}, configuration));
        assertEquals(1, AdminCommand.run(new String[] {"--username", "quan.tri",
                "--password-file", passwordFile.toString()}, configuration), "an existing account is not replaced");

        try (RunningApplication app = RunningApplication.startOver(url, folder, Map.of("xuatxu.demo", "false"))) {
            HttpResponse<String> admin = app.postJson("/api/v1/auth/login",
                    "{\"username\":\"quan.tri\",\"password\":\"một cụm mật khẩu dài\"}");
            assertEquals(200, admin.statusCode(), admin.body());
            assertEquals("DienBienAgencyMSP", JSON.readTree(admin.body()).path("mspId").asText());
            HttpResponse<String> demo = app.postJson("/api/v1/auth/login",
                    "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}");
            assertEquals(401, demo.statusCode(), "no demo accounts, no default passwords");
        }
    }

    @Test
    void aBackupRestoredIntoAFreshDatabaseAndFolderHasTheSameDataAndLedger() throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        RunningApplication original = RunningApplication.start(Map.of());
        String freshUrl = server.createDatabase();
        Path fresh = original.dataFolder().resolveSibling(original.dataFolder().getFileName() + "-restored");
        Path archive = original.dataFolder().resolveSibling(original.dataFolder().getFileName() + "-backup.zip");
        try {
            awaitVerifiedDemoPassport(original);
            awaitOutboxDrained(original);
            String passport = original.get("/01/08938600001016/10/MA2026-001", "Accept", "application/ld+json").body();
            long height = original.context().getBean(Ledger.class).status().height();
            String head = original.context().getBean(Ledger.class).status().headHash();
            original.stop();

            Map<String, Object> source = Map.of("datasources.default.url", original.databaseUrl(),
                    "datasources.default.username", server.user(), "datasources.default.password", server.password(),
                    "xuatxu.data-dir", original.dataFolder().toString());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(0, BackupCommand.backup(new String[] {"--to", archive.toString()}, new PrintStream(out),
                    new PrintStream(err), source, Clock.systemUTC()), err.toString());
            assertTrue(out.toString().contains("Ledger intact: height " + height), out.toString());
            assertEquals(2, BackupCommand.backup(new String[] {"--to", archive.toString()}, new PrintStream(out),
                    new PrintStream(err), source, Clock.systemUTC()), "an existing backup is never overwritten");

            Map<String, Object> target = Map.of("datasources.default.url", freshUrl,
                    "datasources.default.username", server.user(), "datasources.default.password", server.password(),
                    "xuatxu.data-dir", fresh.toString());
            Path tampered = tamperedCopy(archive);
            err.reset();
            assertEquals(1, BackupCommand.restore(new String[] {tampered.toString()}, new PrintStream(out),
                    new PrintStream(err), target));
            assertTrue(err.toString().contains("database.sql không khớp mã băm"), err.toString());
            assertTrue(Files.notExists(fresh.resolve("ledger")), "a damaged backup changes nothing");

            err.reset();
            assertEquals(0, BackupCommand.restore(new String[] {archive.toString()}, new PrintStream(out),
                    new PrintStream(err), target), err.toString());
            assertEquals(1, BackupCommand.restore(new String[] {archive.toString()}, new PrintStream(out),
                    new PrintStream(err), target), "a second restore over restored data is refused");
            assertEquals(0, LedgerVerificationCommand.run(new String[] {"--ledger-dir", fresh.resolve("ledger").toString()},
                    new PrintStream(out), new PrintStream(err)), err.toString());

            try (RunningApplication restored = RunningApplication.startOver(freshUrl, fresh, Map.of())) {
                assertEquals(height, restored.context().getBean(Ledger.class).status().height(),
                        "demo data is not seeded again over a restore");
                assertEquals(head, restored.context().getBean(Ledger.class).status().headHash());
                assertEquals(JSON.readTree(passport), JSON.readTree(restored.get("/01/08938600001016/10/MA2026-001",
                        "Accept", "application/ld+json").body()), "the passport reads the same after the restore");
                HttpResponse<String> login = restored.postJson("/api/v1/auth/login",
                        "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}");
                assertEquals(200, login.statusCode(), "accounts and their password hashes came back");
            }
        } finally {
            original.close();
        }
    }

    /** The archive with one statement added to its dump and the manifest left as it was. */
    private static Path tamperedCopy(Path archive) throws Exception {
        Path copy = archive.resolveSibling("tampered-" + archive.getFileName());
        try (ZipFile zip = new ZipFile(archive.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                zip.getInputStream(entry).transferTo(out);
                if (entry.getName().equals("database.sql")) {
                    out.write("DELETE FROM app_user;\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return copy;
    }

    /** Demo seeding queues more than the lot (e.g. the kitchen's closed days): let it all reach the ledger. */
    static void awaitOutboxDrained(RunningApplication app) throws Exception {
        org.jooq.DSLContext db = app.context().getBean(org.jooq.DSLContext.class);
        vn.xuatxu.api.ledger.Outbox outbox = app.context().getBean(vn.xuatxu.api.ledger.Outbox.class);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (outbox.waiting(db) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the outbox did not drain");
            }
            Thread.sleep(100);
        }
    }

    static void awaitVerifiedDemoPassport(RunningApplication app) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (app.get("/01/08938600001016/10/MA2026-001").body().contains("Đã xác thực trên sổ cái")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the demo lot never reached the ledger");
    }
}

package vn.xuatxu.api.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.xuatxu.api.ledger.EventBatch;
import vn.xuatxu.api.ledger.EventCheckpoint;
import vn.xuatxu.api.ledger.LedgerEvent;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.QueryOutcome;
import vn.xuatxu.api.ledger.embedded.EmbeddedLedger;
import vn.xuatxu.api.testing.TestDatabase;
import vn.xuatxu.chaincode.PassportContract;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged application as a separate process, killed with SIGKILL at random moments while producers
 * register lots concurrently, and restarted. Afterwards every lot that was answered 201 is in the database,
 * the outbox drains, every lot is on the ledger exactly once with the database's record hash, and the
 * chain verifies.
 */
class ApplicationCrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of("target", "xuatxu.jar");
    private static final String GTIN = "08938600001016";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyAnsweredLotSurvivesKillsAndReachesTheLedgerExactlyOnce() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "the packaged jar is built in the package phase");
        TestDatabase.Server database = TestDatabase.server();
        String url = database.createDatabase();
        Path data = Files.createDirectories(Path.of("target", "it-data")).toAbsolutePath()
                .resolve("crash-" + url.substring(url.lastIndexOf('/') + 1));
        Random random = new Random(20261123L);
        Set<String> answered = ConcurrentHashMap.newKeySet();
        try {
            for (int round = 0; round < 3; round++) {
                Started started = start(database, url, data);
                Process app = started.process();
                try {
                    String base = awaitHealthy(started);
                    String token = token(base);
                    AtomicBoolean stop = new AtomicBoolean();
                    ExecutorService producers = Executors.newFixedThreadPool(8);
                    int thisRound = round;
                    for (int thread = 0; thread < 8; thread++) {
                        int producer = thread;
                        producers.submit(() -> {
                            for (int i = 0; !stop.get(); i++) {
                                String lot = "K" + thisRound + "-" + producer + "-" + i;
                                try {
                                    if (register(base, token, lot) == 201) {
                                        answered.add(lot);
                                    }
                                } catch (IOException | InterruptedException e) {
                                    return;
                                }
                            }
                        });
                    }
                    Thread.sleep(1500 + random.nextInt(2500));
                    app.destroyForcibly();
                    stop.set(true);
                    producers.shutdown();
                    assertTrue(producers.awaitTermination(30, TimeUnit.SECONDS));
                } finally {
                    app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
            assertTrue(answered.size() > 20, "the load produced answered registrations: " + answered.size());

            Started started = start(database, url, data);
            Process app = started.process();
            try {
                awaitHealthy(started);
                awaitOutboxDrained(database, url);
            } finally {
                app.destroy();
                assertTrue(app.waitFor(60, TimeUnit.SECONDS), "a normal stop ends the process");
            }

            Map<String, String> storedHashes = lotsInDatabase(database, url);
            assertTrue(storedHashes.keySet().containsAll(answered), "every lot answered 201 is in the database");
            assertEquals(0, pendingOutbox(database, url));

            Process verify = new ProcessBuilder(java(), "-jar", JAR.toString(), "verify-ledger", "--ledger-dir",
                    data.resolve("ledger").toString()).redirectErrorStream(true).start();
            verify.getOutputStream().close();
            String printed = new String(verify.getInputStream().readAllBytes());
            assertTrue(verify.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, verify.exitValue(), printed);

            try (EmbeddedLedger ledger = EmbeddedLedger.open(data.resolve("ledger"), "passports", Clock.systemUTC(),
                    new PassportContract())) {
                Map<String, Integer> registrations = new HashMap<>();
                EventCheckpoint checkpoint = EventCheckpoint.START;
                while (true) {
                    EventBatch batch = ledger.events(checkpoint, 1000, Duration.ZERO);
                    if (batch.events().isEmpty()) {
                        break;
                    }
                    for (LedgerEvent event : batch.events()) {
                        if (event.name().equals("LotRegistered")) {
                            registrations.merge(JSON.readTree(event.payload()).path("lotNumber").asText(), 1, Integer::sum);
                        }
                    }
                    checkpoint = batch.next();
                }
                for (Map.Entry<String, String> lot : storedHashes.entrySet()) {
                    assertEquals(1, registrations.getOrDefault(lot.getKey(), 0), "registered exactly once: " + lot.getKey());
                    QueryOutcome onChain = ledger.evaluate(LedgerTransaction.of("DienBienAgencyMSP", "getLot", GTIN, lot.getKey()));
                    JsonNode stored = JSON.readTree(assertInstanceOf(QueryOutcome.Answered.class, onChain).payload());
                    assertEquals(lot.getValue(), stored.path("recordHash").asText(), "database and ledger agree: " + lot.getKey());
                }
                assertEquals(storedHashes.size(), registrations.size(), "no ledger lot without a database lot");
            }
        } finally {
            database.dropDatabase(url);
        }
    }

    /** A started application process and the address it listens on. */
    private record Started(Process process, String base) {
    }

    private Started start(TestDatabase.Server database, String url, Path data) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx512m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolveSibling(data.getFileName() + ".log").toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("DATASOURCES_DEFAULT_URL", url);
        environment.put("DB_USER", database.user());
        environment.put("DB_PASSWORD", database.password());
        environment.put("XUATXU_DATA_DIR", data.toString());
        environment.put("XUATXU_DEMO", "true");
        environment.put("XUATXU_DEMO_SCHOOL_DAYS", "3");
        environment.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        Files.createDirectories(data);
        Process process = builder.start();
        process.getOutputStream().close();
        return new Started(process, "http://127.0.0.1:" + port);
    }

    private String awaitHealthy(Started app) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String base = app.base();
        while (Instant.now().isBefore(deadline)) {
            assertTrue(app.process().isAlive(), "the application exited during startup");
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return base;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the application did not become healthy within 90 s");
    }

    private String token(String base) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        return JSON.readTree(login.body()).path("accessToken").asText();
    }

    private int register(String base, String token, String lot) throws IOException, InterruptedException {
        String body = "{\"gtin\":\"" + GTIN + "\",\"lotNumber\":\"" + lot + "\",\"productionDate\":\""
                + LocalDate.now().minusDays(2) + "\",\"quantity\":\"12.5\",\"unit\":\"kg\"}";
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/lots"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void awaitOutboxDrained(TestDatabase.Server database, String url) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (pendingOutbox(database, url) > 0) {
            assertTrue(Instant.now().isBefore(deadline), "the outbox did not drain within 60 s");
            Thread.sleep(200);
        }
    }

    private static int pendingOutbox(TestDatabase.Server database, String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, database.user(), database.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM ledger_outbox WHERE status <> 'DONE'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Map<String, String> lotsInDatabase(TestDatabase.Server database, String url) throws Exception {
        Map<String, String> lots = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, database.user(), database.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT lot_number, record_hash, ledger_status FROM lot")) {
            while (rows.next()) {
                assertEquals("COMMITTED", rows.getString(3), "lot " + rows.getString(1) + " reached the ledger");
                lots.put(rows.getString(1), rows.getString(2));
            }
        }
        return lots;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

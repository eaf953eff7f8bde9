package vn.xuatxu.api.passport.lot;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import vn.xuatxu.api.db.enums.LedgerOutboxStatus;
import vn.xuatxu.api.testing.RunningApplication;
import vn.xuatxu.api.testing.SeededLots;
import vn.xuatxu.api.testing.TestDatabase;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static vn.xuatxu.api.db.Tables.APP_USER;
import static vn.xuatxu.api.db.Tables.LEDGER_OUTBOX;
import static vn.xuatxu.api.db.Tables.LOT;
import static vn.xuatxu.api.db.Tables.PRODUCT;

/**
 * Load benchmark (not a test) of lot registration end to end: {@code POST /api/v1/lots} on the whole application
 * (in this JVM, on loopback, the local MariaDB, the embedded ledger and its outbox relay running), at increasing
 * concurrency, beside two baselines run the same way in the same run: a raw JDBC insert of the same lot row
 * (autocommit, a connection per client) and {@code GET /health}; then how far the outbox fell behind the ledger
 * and how fast its relay drains it. Then how cost grows: in a second, fresh
 * database the lot table is seeded to 10^3, 10^5 and 10^6 rows (batched inserts of rows as the application
 * writes them) and registration and the passport page of random seeded lots are measured at each size.
 * Closed loop: every client sends its next request when the previous one is answered.
 * Run it as docs/performance.md shows; arguments: seconds per measurement (default 5), largest table (default
 * 1000000).
 */
public final class LotRegistrationLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GTIN = "08938600001016";
    private static final double WARM_UP_SECONDS = 2;

    /** One request; true when it got the answer it should. */
    private interface Call {
        boolean send(int client, long sequence) throws Exception;
    }

    private record Measured(long requests, long errors, double seconds, long[] sortedNanos) {

        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            return sortedNanos.length == 0 ? Double.NaN
                    : sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.floor(p * sortedNanos.length))] / 1e6;
        }
    }

    private LotRegistrationLoad() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        long largest = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        System.out.printf("%s %s, %d cores, %.0f s per measurement after %.0f s warm-up%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), seconds, WARM_UP_SECONDS);
        concurrency(seconds);
        growth(seconds, largest);
    }

    private static void concurrency(double seconds) throws Exception {
        try (RunningApplication app = RunningApplication.start(Map.of())) {
            Clients clients = Clients.signIn(app);
            TestDatabase.Server database = TestDatabase.server();
            DSLContext db = app.context().getBean(DSLContext.class);
            long productId = db.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.GTIN.eq(GTIN)).fetchOne(PRODUCT.ID);
            long userId = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("htx.muongang"))
                    .fetchOne(APP_USER.ID);
            // Warm the JIT on every path before the first row, or the 1-client rows measure the compiler.
            measure(8, 10, (client, sequence) -> clients.register("W" + client + "N" + sequence) && clients.health());
            System.out.println();
            System.out.println("| request | clients | req/s | p50 ms | p99 ms | errors | req/s ÷ raw JDBC | req/s ÷ /health |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
            AtomicInteger run = new AtomicInteger();
            for (int concurrency : new int[] {1, 8, 32, 64}) {
                List<Connection> connections = new ArrayList<>();
                List<PreparedStatement> inserts = new ArrayList<>();
                for (int i = 0; i < concurrency; i++) {
                    Connection connection = DriverManager.getConnection(app.databaseUrl(), database.user(),
                            database.password());
                    connections.add(connection);
                    inserts.add(connection.prepareStatement("INSERT INTO lot (product_id, lot_number, production_date,"
                            + " best_before_date, quantity, unit, record_hash, registered_by, ledger_status, created_at)"
                            + " VALUES (?, ?, ?, ?, 3, 'kg', ?, ?, 'PENDING', ?)"));
                }
                int jdbcRun = run.incrementAndGet();
                Measured jdbc = measure(concurrency, seconds, (client, sequence) -> {
                    PreparedStatement insert = inserts.get(client);
                    insert.setLong(1, productId);
                    insert.setString(2, "J" + jdbcRun + "C" + client + "N" + sequence);
                    insert.setObject(3, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
                    insert.setObject(4, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusYears(1));
                    insert.setString(5, String.format("%064x", ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
                    insert.setLong(6, userId);
                    insert.setTimestamp(7, new Timestamp(System.currentTimeMillis()));
                    return insert.executeUpdate() == 1;
                });
                for (Connection connection : connections) {
                    connection.close();
                }
                Measured health = measure(concurrency, seconds, (client, sequence) -> clients.health());
                int lotRun = run.incrementAndGet();
                Measured lots = measure(concurrency, seconds,
                        (client, sequence) -> clients.register("R" + lotRun + "C" + client + "N" + sequence));
                row("baseline: raw JDBC insert of the lot row", concurrency, jdbc, jdbc, health);
                row("baseline: `GET /health`", concurrency, health, jdbc, health);
                row("**`POST /api/v1/lots`**", concurrency, lots, jdbc, health);
            }
            // Each lot also waits in the outbox for the ledger; how fast does the relay drain it, unloaded?
            long pending = db.fetchCount(LEDGER_OUTBOX, LEDGER_OUTBOX.STATUS.eq(LedgerOutboxStatus.PENDING));
            Thread.sleep(10_000);
            long left = db.fetchCount(LEDGER_OUTBOX, LEDGER_OUTBOX.STATUS.eq(LedgerOutboxStatus.PENDING));
            System.out.printf("%nOutbox: %d entries waiting for the ledger after the runs; the relay then delivered"
                    + " %.0f entries/s with no other load%n", pending, (pending - left) / 10.0);
        }
    }

    private static void growth(double seconds, long largest) throws Exception {
        try (RunningApplication app = RunningApplication.start(Map.of())) {
            Clients clients = Clients.signIn(app);
            DSLContext db = app.context().getBean(DSLContext.class);
            measure(8, 10, (client, sequence) -> clients.register("W" + client + "N" + sequence)
                    && clients.page("MA2026-001") && clients.health());
            System.out.println();
            System.out.println("| lots in the table | seeding s | request (8 clients) | req/s | p50 ms | p99 ms | errors |");
            System.out.println("|---:|---:|---|---:|---:|---:|---|");
            long seeded = 0;
            int run = 0;
            for (long size = 1_000; size <= largest; size *= size == 1_000 ? 100 : 10) {
                long existing = db.fetchCount(LOT);
                long started = System.nanoTime();
                long target = size - existing;
                if (target > 0) {
                    SeededLots.insert(db, "S", seeded, target);
                    seeded += target;
                }
                double seedingSeconds = (System.nanoTime() - started) / 1e9;
                long lots = db.fetchCount(LOT);
                long pages = seeded;
                Measured health = measure(8, seconds, (client, sequence) -> clients.health());
                Measured page = measure(8, seconds, (client, sequence) ->
                        clients.page("S" + ThreadLocalRandom.current().nextLong(pages)));
                int lotRun = ++run;
                Measured register = measure(8, seconds,
                        (client, sequence) -> clients.register("G" + lotRun + "C" + client + "N" + sequence));
                growthRow(lots, seedingSeconds, "baseline: `GET /health`", health);
                growthRow(lots, seedingSeconds, "passport page (HTML) of a random seeded lot", page);
                growthRow(lots, seedingSeconds, "`POST /api/v1/lots`", register);
            }
        }
    }

    private static Measured measure(int concurrency, double seconds, Call call) throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        long[][] latencies = new long[concurrency][];
        int[] counts = new int[concurrency];
        long[] errors = new long[concurrency];
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int c = 0; c < concurrency; c++) {
            int client = c;
            latencies[client] = new long[1024];
            pool.execute(() -> {
                long sequence = 0;
                while (!stop.get()) {
                    boolean counted = measuring.get();
                    long started = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.send(client, sequence++);
                    } catch (Exception e) {
                        ok = false;
                    }
                    long took = System.nanoTime() - started;
                    if (counted && measuring.get()) {
                        if (counts[client] == latencies[client].length) {
                            latencies[client] = Arrays.copyOf(latencies[client], counts[client] * 2);
                        }
                        latencies[client][counts[client]++] = took;
                        if (!ok) {
                            errors[client]++;
                        }
                    }
                }
            });
        }
        Thread.sleep((long) (WARM_UP_SECONDS * 1000));
        measuring.set(true);
        long started = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        measuring.set(false);
        double elapsed = (System.nanoTime() - started) / 1e9;
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < concurrency; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Measured(all.length, Arrays.stream(errors).sum(), elapsed, all);
    }

    private static void row(String what, int concurrency, Measured measured, Measured jdbc, Measured health) {
        System.out.printf("| %s | %d | %.0f | %.1f | %.1f | %d | %.2f | %.2f |%n", what, concurrency,
                measured.perSecond(), measured.percentileMillis(0.50), measured.percentileMillis(0.99), measured.errors(),
                measured.perSecond() / jdbc.perSecond(), measured.perSecond() / health.perSecond());
    }

    private static void growthRow(long lots, double seedingSeconds, String what, Measured measured) {
        System.out.printf("| %,d | %.0f | %s | %.0f | %.1f | %.1f | %d |%n", lots, seedingSeconds, what,
                measured.perSecond(), measured.percentileMillis(0.50), measured.percentileMillis(0.99), measured.errors());
    }

    /** The producer's HTTP calls, signed in once. */
    private record Clients(RunningApplication app, HttpClient http, String token) {

        static Clients signIn(RunningApplication app) throws Exception {
            String token = JSON.readTree(app.postJson("/api/v1/auth/login",
                    "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}").body()).path("accessToken").asText();
            return new Clients(app, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), "Bearer " + token);
        }

        boolean register(String lotNumber) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/lots")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"gtin\":\"" + GTIN + "\",\"lotNumber\":\"" + lotNumber
                            + "\",\"productionDate\":\"" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                            + "\",\"quantity\":3,\"unit\":\"kg\"}")).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
        }

        boolean health() throws Exception {
            return http.send(HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        }

        boolean page(String lotNumber) throws Exception {
            return http.send(HttpRequest.newBuilder(uri("/01/" + GTIN + "/10/" + lotNumber))
                            .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        }

        private URI uri(String path) {
            return app.uri(path);
        }
    }
}

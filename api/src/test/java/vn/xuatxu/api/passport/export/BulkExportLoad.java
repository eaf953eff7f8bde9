package vn.xuatxu.api.passport.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import vn.xuatxu.api.db.enums.LotLedgerStatus;
import vn.xuatxu.api.db.tables.records.LotRecord;
import vn.xuatxu.api.testing.RunningApplication;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static vn.xuatxu.api.db.Tables.APP_USER;
import static vn.xuatxu.api.db.Tables.PRODUCT;

/**
 * Load benchmark (not a test): the bulk export of 10,000 and then 100,000 passports, end to end (database
 * cursor, formatting, HTTP streaming to a client that reads as it goes), in one JVM with a small heap.
 * Reports rows/s and the peak heap used during each export: if the export streams, the peak does not grow
 * with the number of rows. Uses the database TestDatabase finds (the local MariaDB first) and drops it
 * afterwards. Run it as docs/performance.md shows; argument: the largest row count (default 100000).
 */
public final class BulkExportLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BulkExportLoad() {
    }

    public static void main(String[] args) throws Exception {
        int largest = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (RunningApplication app = RunningApplication.start(Map.of())) {
            DSLContext db = app.context().getBean(DSLContext.class);
            String token = JSON.readTree(app.postJson("/api/v1/auth/login",
                    "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}").body()).path("accessToken").asText();
            System.out.printf("max heap %d MB, %s%n", Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
            System.out.println("rows | format | seconds | rows/s | MB sent | peak heap used MB | peak live after GC MB"
                    + " | heap before MB");
            int inserted = 0;
            for (int rows : new int[] {largest / 10, largest}) {
                insertLots(db, inserted, rows - inserted);
                inserted = rows;
                for (String format : List.of("jsonl", "csv")) {
                    export(app, token, format);
                }
            }
        }
    }

    private static void export(RunningApplication app, String token, String format) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicLong peakLive = new AtomicLong(0);
        AtomicBoolean running = new AtomicBoolean(true);
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null).toList();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                // What each heap pool held right after its last collection: the live data, garbage excluded.
                peakLive.accumulateAndGet(heapPools.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum(),
                        Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        app.uri("/api/v1/exports/passports?format=" + format))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long total = Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
        long lines = 0;
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        sampler.join();
        long rows = format.equals("csv") ? lines - 1 : lines;
        if (rows != total) {
            throw new IllegalStateException("Exported " + rows + " rows of " + total);
        }
        System.out.printf("%d | %s | %.1f | %.0f | %.1f | %d | %d | %d%n", rows, format, seconds, rows / seconds,
                bytes / 1e6, peak.get() >> 20, peakLive.get() >> 20, before >> 20);
    }

    private static void insertLots(DSLContext db, int from, int count) {
        long productId = db.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.GTIN.eq("08938600001016")).fetchOne(PRODUCT.ID);
        long userId = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("htx.muongang")).fetchOne(APP_USER.ID);
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        for (int start = 0; start < count; start += 5_000) {
            List<LotRecord> rows = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + 5_000); i++) {
                LotRecord row = new LotRecord();
                row.setProductId(productId);
                row.setLotNumber("LOAD-" + (from + i));
                row.setProductionDate(LocalDate.of(2026, 10, 1));
                row.setBestBeforeDate(LocalDate.of(2027, 10, 1));
                row.setQuantity(new BigDecimal("125.5"));
                row.setUnit("KGM");
                row.setRecordHash(String.format("%064x", from + i));
                row.setRegisteredBy(userId);
                row.setLedgerStatus(LotLedgerStatus.COMMITTED);
                row.setLedgerTxId(String.format("%064x", (long) (from + i) * 31));
                row.setCreatedAt(now);
                rows.add(row);
            }
            db.batchInsert(rows).execute();
        }
    }
}

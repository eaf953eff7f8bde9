package vn.xuatxu.api.passport.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import vn.xuatxu.api.testing.RunningApplication;
import vn.xuatxu.api.testing.SeededLots;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;


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
                SeededLots.insert(db, "LOAD-", inserted, rows - inserted);
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
}

package vn.xuatxu.api.offline;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.xuatxu.api.passport.gs1.DigitalLink;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.testing.PhoneBrowser;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.db.Tables.LOT;
import static vn.xuatxu.api.db.Tables.PRODUCT;

/**
 * The budgets of issue 12 for slow links and cheap phones, measured in real Chromium with the browser's own
 * Navigation and Resource Timing: the public passport page under 60 KB in all and usable within 5 s on an
 * emulated 2G link (50 kbit/s each way, 600 ms round trip); a producer page under 150 KB on first load with
 * its style sheets and scripts served from the phone's cache afterwards; and nothing loaded from another host.
 * <p>
 * The 5 s check is a budget, not a benchmark: Chrome's throttling makes the time mostly a function of bytes
 * and round trips (on a warmed-up server its own few milliseconds hardly count), and 5 s is what the issue
 * asks for; the measured time is printed so a page drifting towards the limit shows before it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldBudgetsIT {

    private static final long PASSPORT_BYTES = 60 * 1024;
    private static final long PRODUCER_PAGE_BYTES = 150 * 1024;
    private static final double USABLE_WITHIN_MS = 5_000;

    /**
     * Total bytes over the wire for the page and everything it loaded, when its DOM was ready, and how many
     * resources came from a cache: the HTTP cache (transfer size 0) or the service worker, whose static files
     * are served from its own cache (worker start set).
     */
    private static final String MEASURE = "var nav = performance.getEntriesByType('navigation')[0];"
            + "var res = performance.getEntriesByType('resource');"
            + "return {bytes: res.reduce(function (s, r) { return s + r.transferSize; }, nav.transferSize),"
            + " ready: nav.domContentLoadedEventEnd, loaded: nav.loadEventEnd,"
            + " names: res.map(function (r) { return r.name; }),"
            + " cachedResources: res.filter(function (r) { return r.transferSize === 0 || r.workerStart > 0; }).length};";

    private RunningApplication app;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of());
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void thePassportPageIsUnder60KbAndUsableWithin5SecondsOn2g() throws Exception {
        Record2<String, String> lot = app.context().getBean(DSLContext.class).select(PRODUCT.GTIN, LOT.LOT_NUMBER)
                .from(LOT).join(PRODUCT).on(PRODUCT.ID.eq(LOT.PRODUCT_ID)).orderBy(LOT.ID).limit(1).fetchOne();
        String path = DigitalLink.lotPath(new Gtin(lot.value1()), LotNumber.parse(lot.value2()));
        // A warm server, as in production: the first render of a fresh JVM (class loading, template parsing)
        // is not what a buyer on 2G waits for, and would make the budget depend on the test machine's load.
        for (int i = 0; i < 5; i++) {
            assertEquals(200, app.get(path, "Accept", "text/html").statusCode());
        }
        ChromeDriver browser = PhoneBrowser.open(390, 844);
        try {
            ChromiumNetworkConditions twoG = new ChromiumNetworkConditions();
            twoG.setLatency(Duration.ofMillis(600));
            twoG.setDownloadThroughput(50_000 / 8);
            twoG.setUploadThroughput(50_000 / 8);
            browser.setNetworkConditions(twoG);
            browser.get(app.uri(path).toString());
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b ->
                    ((Number) browser.executeScript("return performance.getEntriesByType('navigation')[0].loadEventEnd;")).doubleValue() > 0);
            Map<String, Object> measured = measure(browser);
            System.out.println("Passport page on emulated 2G: " + measured);
            assertTrue(bytes(measured) < PASSPORT_BYTES, "passport page and what it loads: " + bytes(measured) + " bytes");
            double ready = ((Number) measured.get("ready")).doubleValue();
            assertTrue(ready < USABLE_WITHIN_MS, "usable (DOM ready, styles inline) after " + ready + " ms on 50 kbit/s, 600 ms RTT");
            assertSameOrigin(measured);
        } finally {
            browser.quit();
        }
    }

    @Test
    void aProducerPageIsUnder150KbFirstAndServedFromCacheAfterwards() throws Exception {
        ChromeDriver browser = PhoneBrowser.open(390, 844);
        try {
            browser.get(app.uri("/dang-nhap").toString());
            browser.findElement(By.id("username")).sendKeys("htx.muongang");
            browser.findElement(By.id("password")).sendKeys("demo-coffee-2026");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/trang-chu$"));
            Map<String, Object> first = measure(browser);
            System.out.println("Producer home page, first load: " + first);
            assertTrue(bytes(first) < PRODUCER_PAGE_BYTES, "first load: " + bytes(first) + " bytes");
            assertSameOrigin(first);

            browser.get(app.uri("/trang-chu").toString());
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("register-lot")));
            Map<String, Object> again = measure(browser);
            System.out.println("Producer home page, again: " + again);
            assertEquals(((List<?>) again.get("names")).size(), ((Number) again.get("cachedResources")).intValue(),
                    "every style sheet and script comes from the phone's cache the second time: " + again.get("names"));
        } finally {
            browser.quit();
        }
        HttpResponse<String> css = app.get("/static/app.css");
        assertEquals("public, max-age=86400", css.headers().firstValue("Cache-Control").orElse(""));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(ChromeDriver browser) {
        return (Map<String, Object>) browser.executeScript(MEASURE);
    }

    private static long bytes(Map<String, Object> measured) {
        return ((Number) measured.get("bytes")).longValue();
    }

    private void assertSameOrigin(Map<String, Object> measured) {
        String origin = app.uri("/").toString().replaceAll("/$", "");
        for (Object name : (List<?>) measured.get("names")) {
            assertTrue(name.toString().startsWith(origin + "/") || name.toString().startsWith("data:"),
                    "loaded from another host: " + name);
        }
    }
}

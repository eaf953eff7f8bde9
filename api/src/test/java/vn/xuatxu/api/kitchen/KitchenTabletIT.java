package vn.xuatxu.api.kitchen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.kitchen.KitchenFixtures.minutesAgo;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.xuatxu.api.testing.PhoneBrowser;
import vn.xuatxu.api.testing.RunningApplication;

/**
 * The kitchen manager on the kitchen's tablet (1024×768): logs a small day (one delivery, one dish, one
 * sample) with taps, is stopped by a too-small sample with the rule in Vietnamese, closes the day and
 * downloads the day's official PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KitchenTabletIT {

    private RunningApplication app;

    @BeforeAll
    void start() throws Exception {
        app = KitchenFixtures.startAtKitchenHours();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theManagerLogsASmallDayOnTheTabletClosesItAndDownloadsTheForms() throws Exception {
        ChromeDriver browser = PhoneBrowser.open(1024, 768);
        try {
            browser.get(app.uri("/dang-nhap").toString());
            browser.findElement(By.id("username")).sendKeys("bep.himlam");
            browser.findElement(By.id("password")).sendKeys("demo-kitchen-2026");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.urlMatches("/trang-chu$"));
            browser.findElement(By.id("kitchen-link")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("step-1")));
            String day = browser.findElement(By.id("day")).getText();
            assertEquals(KitchenFixtures.today(app).toString(), day, "the tablet opens on today");

            browser.findElement(By.linkText("Thực đơn")).click();
            browser.findElement(By.id("dishName")).sendKeys("Canh rau ngót nấu thịt");
            browser.findElement(By.id("kind-liquid")).click();
            submit(browser, "menu-form");
            assertStatus(browser, "Đã thêm món");

            browser.findElement(By.id("step-1")).click();
            browser.findElement(By.id("foodName")).sendKeys("Rau ngót");
            browser.findElement(By.id("quantity")).sendKeys("25,5");
            browser.findElement(By.id("invoiceRef")).sendKeys("PX 1201");
            browser.findElement(By.id("deliveredBy")).sendKeys("Quàng Thị Mai");
            setTime(browser, "receivedAt", minutesAgo(app, 60));
            submit(browser, "delivery-form");
            assertStatus(browser, "Đã ghi thực phẩm nhận");
            assertTrue(browser.findElement(By.id("deliveries")).getText().contains("Rau ngót"));

            browser.findElement(By.id("step-2")).click();
            browser.findElements(By.cssSelector("#cooking-form input[type=checkbox][name^=receipt-]")).forEach(WebElement::click);
            setTime(browser, "prepFinishedAt", minutesAgo(app, 50));
            setTime(browser, "cookingFinishedAt", minutesAgo(app, 40));
            submit(browser, "cooking-form");
            assertStatus(browser, "Đã ghi món chế biến");

            browser.findElement(By.id("step-3")).click();
            setTime(browser, "portioningFinishedAt", minutesAgo(app, 30));
            setTime(browser, "eatingStartsAt", minutesAgo(app, 10));
            submit(browser, "serving-form");
            assertStatus(browser, "Đã ghi kiểm tra trước khi ăn");

            browser.findElement(By.id("step-4")).click();
            browser.findElement(By.id("amount")).sendKeys("100");
            setTime(browser, "takenAt", minutesAgo(app, 20));
            submit(browser, "sample-form");
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
            assertTrue(browser.findElement(By.cssSelector("[role=alert]")).getText().contains("tối thiểu 150 ml"),
                    browser.findElement(By.cssSelector("[role=alert]")).getText());
            WebElement amount = browser.findElement(By.id("amount"));
            amount.clear();
            amount.sendKeys("160");
            setTime(browser, "takenAt", minutesAgo(app, 20));
            submit(browser, "sample-form");
            assertStatus(browser, "Đã lưu mẫu");

            browser.findElement(By.id("step-5")).click();
            submit(browser, "close-form");
            assertStatus(browser, "Đã chốt sổ ngày");
            assertTrue(browser.findElement(By.id("versions")).getText().contains("Nguyễn Thị Hoa"));
            assertEquals(0L, (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"),
                    "the tablet page fits 1024 px without sideways scrolling");
            Files.write(Path.of("target", "kitchen-tablet.png"), browser.getScreenshotAs(OutputType.BYTES));

            String href = browser.findElement(By.id("download-pdf")).getAttribute("href");
            Cookie session = browser.manage().getCookieNamed("XUATXU_SESSION");
            HttpResponse<byte[]> pdf = app.getBytes(href.substring(href.indexOf("/api/")),
                    "Cookie", "XUATXU_SESSION=" + session.getValue());
            assertEquals(200, pdf.statusCode());
            String text = KitchenFixtures.pdfText(pdf.body());
            for (String heading : new String[] {"Mẫu số 1", "Kiểm tra trước khi chế biến thức ăn (Bước 1)",
                    "Kiểm tra khi chế biến thức ăn (Bước 2)", "Kiểm tra trước khi ăn (Bước 3)", "Mẫu số 5",
                    "Canh rau ngót nấu thịt"}) {
                assertTrue(text.contains(heading), () -> "missing " + heading + " in\n" + text);
            }
        } finally {
            browser.quit();
        }
    }

    private static void setTime(ChromeDriver browser, String id, String hhmm) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, hhmm);
    }

    private static void submit(ChromeDriver browser, String formId) {
        browser.findElement(By.cssSelector("#" + formId + " button[type=submit]")).click();
    }

    private static void assertStatus(ChromeDriver browser, String text) {
        try {
            waitFor(browser).until(ExpectedConditions.or(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")),
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]"))));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No message on " + browser.getCurrentUrl() + ":\n" + browser.getPageSource(), e);
        }
        if (!browser.findElements(By.cssSelector("[role=alert]")).isEmpty()) {
            throw new AssertionError(browser.findElement(By.cssSelector("[role=alert]")).getText());
        }
        assertTrue(browser.findElement(By.cssSelector("[role=status]")).getText().contains(text),
                browser.findElement(By.cssSelector("[role=status]")).getText());
    }

    private static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }
}

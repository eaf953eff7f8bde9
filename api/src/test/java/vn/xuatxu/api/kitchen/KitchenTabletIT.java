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
        KitchenFixtures.addOtherPeople(app);
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

    /**
     * The shared tablet stays signed in as the manager; staff switch in with a PIN and their rows carry their
     * name, the manager's powers need the manager's own PIN, and wrong PINs are throttled.
     */
    @Test
    void peopleSwitchOnTheSharedTabletWithAPinAndRecordsKeepWhoEnteredThem() throws Exception {
        ChromeDriver browser = PhoneBrowser.open(1024, 768);
        try {
            browser.get(app.uri("/dang-nhap").toString());
            browser.findElement(By.id("username")).sendKeys("bep.himlam");
            browser.findElement(By.id("password")).sendKeys("demo-kitchen-2026");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.urlMatches("/trang-chu$"));
            browser.findElement(By.id("kitchen-link")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("worker-name")));
            assertEquals("Nguyễn Thị Hoa", browser.findElement(By.id("worker-name")).getText());

            browser.findElement(By.id("switch-person")).click();
            setPin(browser, "Nguyễn Thị Hoa", "2580");
            setPin(browser, "Cà Thị Dưỡng", "1357");
            browser.findElement(By.id("newPin")).sendKeys("1111");
            submit(browser, "pin-form");
            assertAlert(browser, "dễ đoán");

            switchTo(browser, "cap.duong", "9999");
            assertAlert(browser, "Mã PIN không đúng");
            switchTo(browser, "cap.duong", "1357");
            assertStatus(browser, "Đang làm: Cà Thị Dưỡng");
            assertEquals("Cà Thị Dưỡng", browser.findElement(By.id("worker-name")).getText());
            WebElement control = browser.findElement(By.id("switch-person"));
            assertTrue(control.getSize().getHeight() >= 48 && control.getSize().getWidth() >= 120,
                    "a glove-sized target: " + control.getSize());

            browser.findElement(By.id("step-3")).click();
            browser.findElement(By.id("deviationDish")).sendKeys("Canh chua cá");
            browser.findElement(By.id("deviationNote")).sendKeys("Thay canh bí bằng canh chua cá vì bí giao muộn");
            submit(browser, "deviation-form");
            assertStatus(browser, "Đã ghi thay đổi so với thực đơn");
            assertTrue(browser.findElement(By.id("deviations")).getText().contains("Cà Thị Dưỡng"),
                    browser.findElement(By.id("deviations")).getText());

            browser.findElement(By.id("step-5")).click();
            assertTrue(browser.findElements(By.id("close-form")).isEmpty(), "staff do not close the day");
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Chỉ quản lý bếp mới chốt được sổ ngày"));
            browser.findElement(By.id("step-4")).click();
            assertTrue(browser.findElements(By.id("hold-form")).isEmpty(), "staff do not place holds");

            browser.findElement(By.id("switch-person")).click();
            switchTo(browser, "bep.himlam", "2580");
            assertStatus(browser, "Đang làm: Nguyễn Thị Hoa");
            browser.findElement(By.id("step-4")).click();
            assertEquals(1, browser.findElements(By.id("hold-form")).size(), "the manager places holds");
            browser.findElement(By.id("switch-person")).click();
            assertEquals(0L, (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"),
                    "the switch page fits 1024 px");
            Files.write(Path.of("target", "kitchen-tablet-pin.png"), browser.getScreenshotAs(OutputType.BYTES));

            for (int attempt = 0; attempt < 5; attempt++) {
                switchTo(browser, "cap.duong", "0000");
                assertAlert(browser, "Mã PIN không đúng");
            }
            switchTo(browser, "cap.duong", "1357");
            assertAlert(browser, "nhiều lần");
            assertEquals("Nguyễn Thị Hoa", browser.findElement(By.id("worker-name")).getText(), "still the manager");
        } finally {
            browser.quit();
        }
    }

    private static void setPin(ChromeDriver browser, String person, String pin) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("pinPerson"))).selectByVisibleText(person);
        browser.findElement(By.id("newPin")).sendKeys(pin);
        submit(browser, "pin-form");
        assertStatus(browser, "Đã lưu mã PIN");
    }

    private static void switchTo(ChromeDriver browser, String username, String pin) {
        if (browser.findElements(By.id("switch-form")).isEmpty()) {
            browser.findElement(By.id("switch-person")).click();
        }
        browser.findElement(By.id("person-" + username)).click();
        browser.findElement(By.id("pin")).sendKeys(pin);
        submit(browser, "switch-form");
    }

    private static void assertAlert(ChromeDriver browser, String text) {
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
        String shown = browser.findElement(By.cssSelector("[role=alert]")).getText();
        assertTrue(shown.contains(text), shown);
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

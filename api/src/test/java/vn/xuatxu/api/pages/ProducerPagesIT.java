package vn.xuatxu.api.pages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.xuatxu.api.testing.PhoneBrowser;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A producer on a cheap phone signs in, registers a lot with the form, and sees it proven on the ledger. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProducerPagesIT {

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
    void aProducerRegistersALotOnAPhoneAndFollowsItToThePassport() throws Exception {
        ChromeDriver browser = PhoneBrowser.open(360, 740);
        try {
            browser.get(app.uri("/trang-chu").toString());
            assertTrue(browser.getCurrentUrl().endsWith("/dang-nhap"), "unauthenticated pages lead to sign-in");

            browser.findElement(By.id("username")).sendKeys("htx.muongang");
            browser.findElement(By.id("password")).sendKeys("sai mật khẩu");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
            assertTrue(browser.findElement(By.cssSelector("[role=alert]")).getText().contains("không đúng"));

            browser.findElement(By.id("password")).sendKeys("demo-coffee-2026");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.urlMatches("/trang-chu$"));
            assertEquals(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(),
                    browser.findElement(By.id("productionDate")).getAttribute("value"), "today is filled in");

            browser.findElement(By.id("lotNumber")).clear();
            browser.findElement(By.id("lotNumber")).sendKeys("Lô 7");
            browser.findElement(By.id("quantity")).clear();
            browser.findElement(By.id("quantity")).sendKeys("120,5");
            browser.findElement(By.cssSelector("#register-lot button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
            assertTrue(browser.findElement(By.cssSelector("[role=alert]")).getText().contains("Số lô"));
            assertEquals("true", browser.findElement(By.id("lotNumber")).getAttribute("aria-invalid"));

            WebElement lotNumber = browser.findElement(By.id("lotNumber"));
            lotNumber.clear();
            lotNumber.sendKeys("PHONE-7");
            browser.findElement(By.cssSelector("#register-lot button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
            assertTrue(browser.findElement(By.cssSelector("[role=status]")).getText().contains("Đã đăng ký"));

            WebElement row = awaitCommitted(browser, "PHONE-7");
            assertTrue(row.getText().contains("120,5 kg"), row.getText());
            assertEquals(0L, (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"),
                    "the home page fits a 360 px wide phone without sideways scrolling");
            Files.write(Path.of("target", "producer-home-phone.png"), browser.getScreenshotAs(OutputType.BYTES));

            row.findElement(By.linkText("Hộ chiếu")).click();
            waitFor(browser).until(ExpectedConditions.urlContains("/01/"));
            assertTrue(browser.getPageSource().contains("Đã xác thực trên sổ cái"));
            assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Cà phê Arabica Mường Ảng"));
            long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, overflow, "the passport page fits a 360 px wide phone without sideways scrolling");
            Files.write(Path.of("target", "passport-phone.png"), browser.getScreenshotAs(OutputType.BYTES));

            browser.navigate().back();
            waitFor(browser).until(ExpectedConditions.urlMatches("/trang-chu"));
            browser.findElement(By.cssSelector("header a.language")).click();
            waitFor(browser).until(ExpectedConditions.urlContains("lang=en"));
            assertEquals("Sign out", browser.findElement(By.cssSelector("header button[type=submit]")).getText());
            browser.get(app.uri("/trang-chu").toString());
            assertEquals("Sign out", browser.findElement(By.cssSelector("header button[type=submit]")).getText(),
                    "the choice of English is remembered");
            browser.findElement(By.cssSelector("header a.language")).click();
            waitFor(browser).until(ExpectedConditions.urlContains("lang=vi"));
            browser.findElement(By.cssSelector("header button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.urlMatches("/dang-nhap$"));
            browser.get(app.uri("/trang-chu").toString());
            assertTrue(browser.getCurrentUrl().endsWith("/dang-nhap"), "signed out for real");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aFormPostFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> forged = app.postJson("/trang-chu/lo-hang", "{}",
                "Cookie", "XUATXU_SESSION=anything", "Origin", "http://localhost:1");
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("CROSS_SITE"));
    }

    private static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static WebElement awaitCommitted(ChromeDriver browser, String lotNumber) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            WebElement row = browser.findElements(By.cssSelector("ul.lots li")).stream()
                    .filter(li -> li.getText().contains(lotNumber)).findFirst().orElseThrow();
            if (row.getText().contains("Đã ghi sổ cái") || Instant.now().isAfter(deadline)) {
                assertTrue(row.getText().contains("Đã ghi sổ cái"), row.getText());
                return row;
            }
            Thread.sleep(300);
            browser.navigate().refresh();
        }
    }
}

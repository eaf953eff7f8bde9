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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo producer registers a repeat lot on a 390x844 phone touching one field (the quantity): the
 * product used last, the next lot number, today's date, the unit and the best-before date are prefilled.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepeatLotPhoneIT {

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
    void aRepeatLotTakesOneFieldAndReachesTheLedger() throws Exception {
        ChromeDriver browser = PhoneBrowser.open(390, 844);
        try {
            browser.get(app.uri("/dang-nhap").toString());
            browser.findElement(By.id("username")).sendKeys("htx.muongang");
            browser.findElement(By.id("password")).sendKeys("demo-coffee-2026");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.urlMatches("/trang-chu$"));

            LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            String expected = "CP-" + today.format(DateTimeFormatter.ofPattern("yyMM")) + "-01";
            assertEquals(expected, browser.findElement(By.id("lotNumber")).getAttribute("value"),
                    "the next lot number is suggested from the product's category code and this month");
            assertEquals("1200", browser.findElement(By.id("quantity")).getAttribute("value"), "last quantity remembered");
            assertEquals(today.toString(), browser.findElement(By.id("productionDate")).getAttribute("value"));
            assertEquals(today.plusDays(365).toString().substring(0, 7),
                    browser.findElement(By.id("bestBeforeDate")).getAttribute("value").substring(0, 7),
                    "the shelf life of the last lot is applied again");

            WebElement quantity = browser.findElement(By.id("quantity"));
            quantity.clear();
            quantity.sendKeys("950");
            browser.findElement(By.cssSelector("#register-lot button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));

            WebElement row = awaitCommitted(browser, expected);
            assertTrue(row.getText().contains("950 kg"), row.getText());
            assertEquals("CP-" + today.format(DateTimeFormatter.ofPattern("yyMM")) + "-02",
                    browser.findElement(By.id("lotNumber")).getAttribute("value"), "and the next one is ready");
            assertEquals(0L, (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"),
                    "fits a 390 px wide phone");
            Files.write(Path.of("target", "repeat-lot-phone.png"), browser.getScreenshotAs(OutputType.BYTES));

            row.findElement(By.linkText("Chi tiết")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("record-event")));
            assertEquals(expected, browser.findElement(By.id("lot-number")).getText());
            assertEquals(0L, (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"),
                    "the lot page fits a 390 px wide phone");
        } finally {
            browser.quit();
        }
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
            browser.navigate().to(browser.getCurrentUrl().replaceAll("\\?.*$", ""));
        }
    }
}

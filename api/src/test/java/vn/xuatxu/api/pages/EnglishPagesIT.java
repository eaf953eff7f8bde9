package vn.xuatxu.api.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.xuatxu.api.testing.PhoneBrowser;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signed-in pages read in English once a person chooses it, on a 390 px phone: the producer signs in on
 * the English login page and walks home, products, a lot and the account page; refusals on the pages and in
 * the API come in English too. The agency's administrator locks and unlocks another organisation's account.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishPagesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
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
    void theProducerWorksInEnglish() throws Exception {
        ChromeDriver browser = PhoneBrowser.open(390, 844);
        try {
            browser.get(app.uri("/dang-nhap").toString());
            assertEquals("Đăng nhập", browser.findElement(By.tagName("h2")).getText(), "Vietnamese by default");
            browser.findElement(By.cssSelector("header a.language")).click();
            waitFor(browser).until(ExpectedConditions.urlContains("lang=en"));
            assertEquals("Sign in", browser.findElement(By.tagName("h2")).getText());
            assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));

            browser.findElement(By.id("username")).sendKeys("htx.muongang");
            browser.findElement(By.id("password")).sendKeys("not the password");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
            assertEquals("Wrong username or password.", browser.findElement(By.cssSelector("[role=alert]")).getText());

            browser.findElement(By.id("password")).sendKeys("demo-coffee-2026");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.urlMatches("/trang-chu$"));
            assertEquals("Register a new lot", browser.findElement(By.cssSelector("#register-lot h2")).getText());
            assertTrue(headings(browser).contains("Your lots"), headings(browser).toString());
            assertEquals("Sign out", browser.findElement(By.cssSelector("header button[type=submit]")).getText());

            browser.findElement(By.id("lotNumber")).clear();
            browser.findElement(By.id("lotNumber")).sendKeys("Lô 8");
            browser.findElement(By.cssSelector("#register-lot button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
            assertTrue(browser.findElement(By.cssSelector("[role=alert]")).getText()
                    .startsWith("A lot number uses only Latin letters"), "a refusal in English on the page");

            browser.findElement(By.linkText("Products")).click();
            waitFor(browser).until(ExpectedConditions.urlMatches("/san-pham$"));
            assertTrue(headings(browser).contains("Your products"), headings(browser).toString());
            assertTrue(browser.findElement(By.cssSelector("ul.lots")).getText().contains("On the ledger"));

            browser.get(app.uri("/trang-chu").toString());
            WebElement firstLot = browser.findElement(By.cssSelector("ul.lots li[id^=lot-]"));
            assertTrue(firstLot.getText().matches("(?s).*\\d{1,2} [A-Z][a-z]{2} \\d{4}.*"),
                    "dates read like 23 Nov 2026: " + firstLot.getText());
            firstLot.findElement(By.linkText("Details")).click();
            waitFor(browser).until(ExpectedConditions.urlContains("/lo-hang/"));
            assertTrue(headings(browser).contains("Journey"), headings(browser).toString());
            assertTrue(List.of("In stock", "In transit", "Recalled", "Processed into another lot", "Destroyed")
                    .contains(browser.findElement(By.id("lot-status")).getText()));
            assertEquals("Download:", browser.findElement(By.cssSelector("#lot-exports span")).getText());

            browser.get(app.uri("/co-so").toString());
            assertEquals("Details for the digital passport", browser.findElement(By.cssSelector("#producer-details h2")).getText());
            for (WebElement finding : browser.findElements(By.cssSelector("ul.checklist li"))) {
                assertTrue(finding.getText().matches("(?s).*(Missing: |has expired).*Fix.*"), finding.getText());
            }

            browser.get(app.uri("/co-so/ban-dich").toString());
            assertTrue(headings(browser).contains("Organisation name in other languages"), headings(browser).toString());
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("language"))).selectByValue("en");
            browser.findElement(By.id("name")).sendKeys("Mường Ảng Coffee Co-operative");
            browser.findElement(By.cssSelector("#producer-name-form button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
            assertTrue(browser.findElement(By.id("producer-names")).getText().contains("Mường Ảng Coffee Co-operative"));

            browser.get(app.uri("/tai-khoan").toString());
            assertEquals("Change password", browser.findElement(By.cssSelector("#change-password h2")).getText());
            browser.findElement(By.id("currentPassword")).sendKeys("demo-coffee-2026");
            browser.findElement(By.id("newPassword")).sendKeys("a-new-password-1");
            browser.findElement(By.id("confirmPassword")).sendKeys("a-new-password-2");
            browser.findElement(By.cssSelector("#change-password button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
            assertEquals("The two new passwords are not the same.",
                    browser.findElement(By.cssSelector("[role=alert]")).getText());
            assertEquals(0L, (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"),
                    "the English account page fits a 390 px phone");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theApiAnswersInEnglishWhenAskedAndInVietnameseOtherwise() throws Exception {
        String wrong = "{\"username\":\"htx.muongang\",\"password\":\"not the password\"}";
        HttpResponse<String> english = app.postJson("/api/v1/auth/login", wrong, "Accept-Language", "en-GB,en;q=0.9");
        assertEquals(401, english.statusCode());
        assertEquals("Wrong username or password.", JSON.readTree(english.body()).path("message").asText());
        HttpResponse<String> vietnamese = app.postJson("/api/v1/auth/login", wrong);
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", JSON.readTree(vietnamese.body()).path("message").asText());

        String token = JSON.readTree(app.postJson("/api/v1/auth/login",
                "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}").body()).path("accessToken").asText();
        String badLot = "{\"gtin\":\"12345\",\"lotNumber\":\"EN-1\",\"productionDate\":\"2026-01-05\",\"quantity\":\"5\",\"unit\":\"kg\"}";
        HttpResponse<String> refused = app.postJson("/api/v1/lots?lang=en", badLot, "Authorization", "Bearer " + token);
        assertEquals(400, refused.statusCode(), refused.body());
        JsonNode problem = JSON.readTree(refused.body());
        assertEquals("gtin", problem.path("field").asText());
        assertEquals("A GTIN has 8, 12, 13 or 14 digits; this one has 5.", problem.path("message").asText());
        HttpResponse<String> header = app.postJson("/api/v1/lots", badLot, "Authorization", "Bearer " + token,
                "Accept-Language", "en");
        assertEquals(problem.path("message").asText(), JSON.readTree(header.body()).path("message").asText());
    }

    @Test
    void theAgencyLocksAndUnlocksAnotherOrganisationsAccountInEnglish() throws Exception {
        ChromeDriver browser = PhoneBrowser.open(390, 844);
        try {
            browser.get(app.uri("/dang-nhap?lang=en").toString());
            browser.findElement(By.id("username")).sendKeys("so.nongnghiep");
            browser.findElement(By.id("password")).sendKeys("demo-agency-2026");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.urlMatches("/trang-chu$"));
            browser.get(app.uri("/nhat-ky-sms").toString());
            assertEquals("SMS label check log", browser.findElement(By.tagName("h2")).getText());
            browser.get(app.uri("/quan-tri").toString());
            assertTrue(headings(browser).contains("Organisations in the province"), headings(browser).toString());
            WebElement coop = browser.findElements(By.cssSelector("#organisations li")).stream()
                    .filter(li -> li.getText().contains("MuongAngCoffeeMSP")).findFirst().orElseThrow();
            coop.findElement(By.linkText("Accounts")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("organisation-accounts")));

            account(browser).findElement(By.cssSelector("button")).click();
            waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("organisation-accounts"),
                    "Account locked."));
            assertTrue(account(browser).getText().contains("Locked"), account(browser).getText());
            HttpResponse<String> locked = app.postJson("/api/v1/auth/login",
                    "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}", "Accept-Language", "en");
            assertEquals(403, locked.statusCode());
            assertTrue(JSON.readTree(locked.body()).path("message").asText().startsWith("This account is locked."));

            account(browser).findElement(By.cssSelector("button")).click();
            waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("organisation-accounts"),
                    "Account unlocked."));
            assertFalse(account(browser).getText().contains("Locked"), account(browser).getText());
            assertEquals(200, app.postJson("/api/v1/auth/login",
                    "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}").statusCode());
        } finally {
            browser.quit();
        }
    }

    private static WebElement account(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#organisation-accounts li")).stream()
                .filter(li -> li.getText().contains("htx.muongang")).findFirst().orElseThrow();
    }

    private static List<String> headings(ChromeDriver browser) {
        return browser.findElements(By.tagName("h2")).stream().map(WebElement::getText).toList();
    }

    private static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }
}

package vn.xuatxu.api.producers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.xuatxu.api.passport.product.application.TestPhotos;
import vn.xuatxu.api.platform.backup.BackupCommand;
import vn.xuatxu.api.testing.PhoneBrowser;
import vn.xuatxu.api.testing.RunningApplication;
import vn.xuatxu.api.testing.TestDatabase;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Product photos against real MariaDB: uploaded over the API and from the product page on a phone, resized
 * and served with year-long cache headers, shown on the public passport page with their size and in the
 * JSON-LD {@code image}, refused in Vietnamese when the file is not a photo, and carried by the backup.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductPhotoIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO_GTIN = "08938600001016";
    private static final String DEMO_LOT = "/01/08938600001016/10/MA2026-001";
    private final HttpClient http = HttpClient.newHttpClient();
    private RunningApplication app;
    private String coop;
    private long productId;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of());
        coop = token("htx.muongang", "demo-coffee-2026");
        for (JsonNode p : JSON.readTree(get("/api/v1/products", coop).body())) {
            if (p.path("gtin").asText().equals(DEMO_GTIN)) {
                productId = p.path("id").asLong();
            }
        }
        assertTrue(productId > 0);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void anUploadedPhoneJpegIsTurnedResizedAndServedForAYear() throws Exception {
        HttpResponse<String> created = upload("/api/v1/products/" + productId + "/photos", coop, "photo",
                "IMG_0001.jpg", TestPhotos.sidewaysPhoneJpeg(2400, 1800));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode photo = JSON.readTree(created.body());
        assertEquals(900, photo.path("width").asInt(), "portrait after the EXIF turn, long side 1200");
        assertEquals(1200, photo.path("height").asInt());
        assertEquals(240, photo.path("thumbnailWidth").asInt());
        assertEquals(320, photo.path("thumbnailHeight").asInt());
        String thumbnail = photo.path("thumbnailUrl").asText();
        assertTrue(thumbnail.matches("/anh/[0-9a-f]{64}-320\\.jpg"), thumbnail);

        HttpResponse<byte[]> served = app.getBytes(thumbnail);
        assertEquals(200, served.statusCode());
        assertEquals("image/jpeg", served.headers().firstValue("content-type").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", served.headers().firstValue("cache-control").orElseThrow());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.body()));
        assertEquals(240, image.getWidth());
        assertEquals(photo.path("thumbnailBytes").asLong(), served.body().length);
        assertFalse(new String(served.body(), StandardCharsets.ISO_8859_1).contains("XuatXuTestCam"), "no camera metadata");
        assertEquals(200, app.getBytes(photo.path("url").asText()).statusCode());

        HttpResponse<String> again = upload("/api/v1/products/" + productId + "/photos", coop, "photo", "IMG_0001.jpg",
                TestPhotos.sidewaysPhoneJpeg(2400, 1800));
        assertEquals(201, again.statusCode(), "a retried upload answers the photo already stored");
        assertEquals(photo.path("id").asLong(), JSON.readTree(again.body()).path("id").asLong());
        assertEquals(1, JSON.readTree(get("/api/v1/products/" + productId + "/photos", coop).body()).size());
        String sha = thumbnail.substring(5, 69);
        assertTrue(Files.isRegularFile(app.dataFolder().resolve("photos").resolve(sha.substring(0, 2))
                .resolve(sha + "-1200.jpg")), "kept under the data folder");
        assertEquals(404, app.getBytes("/anh/" + "0".repeat(64) + "-320.jpg").statusCode());
        assertEquals(404, app.getBytes("/anh/..%2F..%2Fsecrets%2Ftoken-secret").statusCode());
    }

    @Test
    @Order(2)
    void thePassportPageShowsThePhotoLazilyWithItsSizeAndJsonLdNamesIt() throws Exception {
        JsonNode photo = JSON.readTree(get("/api/v1/products/" + productId + "/photos", coop).body()).get(0);
        String page = app.get(DEMO_LOT, "Accept", "text/html").body();
        String thumbnail = photo.path("thumbnailUrl").asText();
        int at = page.indexOf("src=\"" + thumbnail + "\"");
        assertTrue(at > 0, "the lot's passport shows the product photo");
        String tag = page.substring(page.lastIndexOf("<img", at), page.indexOf('>', at) + 1);
        assertTrue(tag.contains("width=\"240\"") && tag.contains("height=\"320\"") && tag.contains("loading=\"lazy\""), tag);
        assertTrue(page.contains("href=\"" + photo.path("url").asText() + "\""), "the thumbnail opens the large photo");
        assertTrue(page.getBytes(StandardCharsets.UTF_8).length < 60_000, "still under the page budget");

        JsonNode jsonLd = JSON.readTree(app.get(DEMO_LOT, "Accept", "application/ld+json").body());
        assertEquals("https://truyxuat.dienbien.example" + photo.path("url").asText(), find(jsonLd, "image"),
                "the main photo, as an absolute address");
        assertTrue(app.get("/01/" + DEMO_GTIN, "Accept", "text/html").body().contains(thumbnail),
                "a GTIN-only scan shows it too");
    }

    @Test
    @Order(3)
    void badFilesAndWrongPeopleAreRefusedInVietnamese() throws Exception {
        String path = "/api/v1/products/" + productId + "/photos";
        HttpResponse<String> text = upload(path, coop, "photo", "anh.jpg", "không phải ảnh".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, text.statusCode());
        assertEquals("photo", JSON.readTree(text.body()).path("field").asText());
        assertTrue(JSON.readTree(text.body()).path("message").asText().contains("Chỉ nhận ảnh JPEG, PNG hoặc WebP"), text.body());
        byte[] png = TestPhotos.encode(TestPhotos.halves(600, 400), "png");
        HttpResponse<String> cut = upload(path, coop, "photo", "cut.png", Arrays.copyOf(png, 100));
        assertEquals(400, cut.statusCode());
        assertTrue(JSON.readTree(cut.body()).path("message").asText().contains("Không đọc được ảnh"), cut.body());
        HttpResponse<String> none = upload(path, coop, "other", "x.png", png);
        assertEquals(400, none.statusCode(), none.body());
        assertTrue(JSON.readTree(none.body()).path("message").asText().contains("Hãy chọn hoặc chụp một ảnh"), none.body());
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(png, 0, huge, 0, png.length);
        HttpResponse<String> tooBig = upload(path, coop, "photo", "big.png", huge);
        assertEquals(400, tooBig.statusCode(), tooBig.body());
        assertTrue(JSON.readTree(tooBig.body()).path("message").asText().contains("tối đa 10 MB"), tooBig.body());

        String agency = token("so.nongnghiep", "demo-agency-2026");
        assertEquals(403, upload(path, agency, "photo", "a.png", png).statusCode(), "only the producer's admin adds photos");
        assertEquals(200, get(path, agency).statusCode(), "the agency reads them");
        assertEquals(404, upload("/api/v1/products/999999/photos", coop, "photo", "a.png", png).statusCode());
        assertEquals(1, JSON.readTree(get(path, coop).body()).size(), "nothing refused was stored");
    }

    @Test
    @Order(4)
    void aPhoneTakesAPhotoOnTheProductPage() throws Exception {
        Path file = Files.createTempFile("goi-ca-phe", ".webp");
        Files.write(file, TestPhotos.WEBP);
        ChromeDriver browser = PhoneBrowser.open(390, 844);
        try {
            browser.get(app.uri("/dang-nhap").toString());
            browser.findElement(By.id("username")).sendKeys("htx.muongang");
            browser.findElement(By.id("password")).sendKeys("demo-coffee-2026");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches("/trang-chu$"));
            browser.get(app.uri("/san-pham/" + productId).toString());
            var input = browser.findElement(By.id("photo"));
            assertEquals("environment", input.getAttribute("capture"), "opens the back camera on a phone");
            assertTrue(input.getAttribute("accept").contains("image/webp"));
            assertTrue(browser.findElement(By.cssSelector("#photo-form button")).getRect().getWidth() <= 390);
            input.sendKeys(file.toString());
            browser.findElement(By.cssSelector("#photo-form button")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("anh=them"));
            assertEquals(2, browser.findElements(By.cssSelector("#anh .photos img")).size());
            assertTrue(browser.findElement(By.cssSelector("#anh .alert.ok")).getText().contains("Đã lưu ảnh"));
            Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
            assertTrue(scrollWidth <= 390, "no sideways scrolling: " + scrollWidth);
            browser.executeScript("document.getElementById('anh').scrollIntoView()");
            Files.write(Path.of("target", "product-photo-phone.png"),
                    browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));  // docs/images/producer-product-photo-phone.png
        } finally {
            browser.quit();
            Files.deleteIfExists(file);
        }
    }

    @Test
    @Order(5)
    void theProductPageRefusesABadFileOnThePageAndDeletesAPhoto() throws Exception {
        HttpResponse<String> refused = upload("/san-pham/" + productId + "/anh", coop, "photo", "ghi-chu.txt",
                "ghi chú".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
        assertTrue(refused.body().contains("Chỉ nhận ảnh JPEG, PNG hoặc WebP"), "the page says why");

        JsonNode photos = JSON.readTree(get("/api/v1/products/" + productId + "/photos", coop).body());
        JsonNode last = photos.get(photos.size() - 1);
        HttpResponse<String> removed = http.send(HttpRequest.newBuilder(app.uri("/san-pham/" + productId + "/anh/"
                        + last.path("id").asLong() + "/xoa")).header("Authorization", "Bearer " + coop)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, removed.statusCode(), removed.body());
        assertEquals(404, app.getBytes(last.path("thumbnailUrl").asText()).statusCode(), "a removed photo is gone");
        assertEquals(photos.size() - 1, JSON.readTree(get("/api/v1/products/" + productId + "/photos", coop).body()).size());
        HttpResponse<String> apiDelete = http.send(HttpRequest.newBuilder(app.uri("/api/v1/products/" + productId
                        + "/photos/" + last.path("id").asLong())).header("Authorization", "Bearer " + coop).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, apiDelete.statusCode(), "deleting twice finds nothing");
    }

    @Test
    @Order(99)
    void theBackupCarriesThePhotos() throws Exception {
        JsonNode photo = JSON.readTree(get("/api/v1/products/" + productId + "/photos", coop).body()).get(0);
        String sha = photo.path("thumbnailUrl").asText().substring(5, 69);
        awaitOutboxDrained();
        app.stop();
        TestDatabase.Server server = TestDatabase.server();
        Path archive = app.dataFolder().resolveSibling(app.dataFolder().getFileName() + "-photos-backup.zip");
        Files.deleteIfExists(archive);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, BackupCommand.backup(new String[] {"--to", archive.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err), Map.of("datasources.default.url", app.databaseUrl(),
                        "datasources.default.username", server.user(), "datasources.default.password", server.password(),
                        "xuatxu.data-dir", app.dataFolder().toString()), Clock.systemUTC()), err.toString());
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (String size : new String[] {"1200", "320"}) {
                assertNotNull(zip.getEntry("data/photos/" + sha.substring(0, 2) + "/" + sha + "-" + size + ".jpg"), size);
            }
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    private void awaitOutboxDrained() throws Exception {
        var outbox = app.context().getBean(vn.xuatxu.api.ledger.Outbox.class);
        var db = app.context().getBean(org.jooq.DSLContext.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (outbox.waiting(db) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static String find(JsonNode node, String field) {
        if (node.has(field)) {
            return node.get(field).asText();
        }
        for (JsonNode child : node) {
            String found = child.isContainerNode() ? find(child, field) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String token(String username, String password) throws Exception {
        HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        return JSON.readTree(login.body()).path("accessToken").asText();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return app.get(path, "Authorization", "Bearer " + token);
    }

    private HttpResponse<String> upload(String path, String token, String part, String fileName, byte[] content)
            throws Exception {
        String boundary = "----xuatxu" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }
}

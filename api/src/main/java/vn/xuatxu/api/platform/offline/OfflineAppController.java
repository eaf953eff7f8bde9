package vn.xuatxu.api.platform.offline;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the service worker and the web app manifest from the root of the site. A service worker only
 * controls pages under the folder it is served from, so {@code /static/sw.js} could never take the
 * producer's {@code /trang-chu} or the kitchen's {@code /bep/...} offline. The worker is never cached by
 * HTTP ({@code no-cache}), so a new version reaches phones on their next visit.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class OfflineAppController {

    private final byte[] serviceWorker = resource("offline/sw.js");
    private final byte[] manifest = resource("offline/manifest.webmanifest");

    @Get("/sw.js")
    HttpResponse<byte[]> serviceWorker() {
        return HttpResponse.ok(serviceWorker).contentType(MediaType.of("text/javascript;charset=utf-8"))
                .header("Cache-Control", "no-cache")
                .header("Service-Worker-Allowed", "/");
    }

    @Get("/manifest.webmanifest")
    HttpResponse<byte[]> manifest() {
        return HttpResponse.ok(manifest).contentType(MediaType.of("application/manifest+json;charset=utf-8"))
                .header("Cache-Control", "public, max-age=86400");
    }

    private static byte[] resource(String path) {
        try (InputStream in = OfflineAppController.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.xuatxu.api.platform;

import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.swagger.v3.oas.annotations.Hidden;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document served at {@code /openapi.yml} names every route of the JSON API and the public resolver
 * with its method, as the running application's router has them (but routes marked {@code @Hidden}, such as the
 * resolver's catch-all error route), and none of the server-rendered pages.
 */
class OpenApiIT {

    @Test
    @SuppressWarnings("unchecked")
    void everyApiRouteOfTheRunningApplicationIsDescribed() throws Exception {
        try (RunningApplication app = RunningApplication.start(Map.of())) {
            HttpResponse<String> served = app.get("/openapi.yml");
            assertEquals(200, served.statusCode());
            assertTrue(served.headers().firstValue("content-type").orElseThrow().startsWith("application/yaml"));
            Map<String, Object> document = new Yaml().load(served.body());
            assertTrue(String.valueOf(document.get("openapi")).startsWith("3."));
            Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");

            List<String> missing = new ArrayList<>();
            TreeSet<String> checked = new TreeSet<>();
            app.context().getBean(Router.class).uriRoutes().forEach((UriRouteInfo<?, ?> route) -> {
                String path = route.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", "");
                boolean api = path.startsWith("/api/") || path.startsWith("/01/") || path.startsWith("/anh/")
                        || path.startsWith("/.well-known/");
                if (!api || route.getHttpMethod() == HttpMethod.HEAD || route.getHttpMethod() == HttpMethod.OPTIONS
                        || route.getTargetMethod().getTargetMethod().isAnnotationPresent(Hidden.class)) {
                    return;
                }
                String method = route.getHttpMethod().name().toLowerCase(Locale.ROOT);
                checked.add(method + " " + path);
                if (!paths.containsKey(path) || !paths.get(path).containsKey(method)) {
                    missing.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            });
            assertTrue(checked.size() > 60, "the router was read: " + checked);
            assertTrue(missing.isEmpty(), "routes missing from /openapi.yml: " + missing);
            assertTrue(checked.contains("post /api/v1/products/{id}/photos"), checked.toString());
            assertFalse(paths.containsKey("/san-pham"), "pages are not part of the API document");
            assertFalse(paths.containsKey("/trang-chu"));
            assertFalse(paths.containsKey("/lo-hang/{id}/che-bien"), "the processing page neither");
            assertTrue(paths.containsKey("/api/v1/transformations"), "processing over the API is documented");
        }
    }
}

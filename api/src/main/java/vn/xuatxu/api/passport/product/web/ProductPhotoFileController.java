package vn.xuatxu.api.passport.product.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.xuatxu.api.passport.product.application.ProductPhotos;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

/**
 * Product photos for everyone, as passport pages and JSON-LD link them. A photo's address carries the
 * SHA-256 of its upload, so its content never changes and browsers and caches may keep it for a year.
 */
@Controller("/anh")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProductPhotoFileController {

    private final ProductPhotos photos;

    ProductPhotoFileController(ProductPhotos photos) {
        this.photos = photos;
    }

    @Get("/{name}")
    HttpResponse<byte[]> photo(String name) {
        byte[] jpeg = photos.publicFile(name)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("product.error.photoGone")));
        return HttpResponse.ok(jpeg).contentType(MediaType.IMAGE_JPEG_TYPE)
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("ETag", "\"" + name + "\"");
    }
}

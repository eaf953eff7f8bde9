package vn.xuatxu.api.platform.openapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.openapi.annotation.OpenAPIExclude;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI 3 document (at {@code /openapi.yml}) that Micronaut's annotation processor writes from the controllers at compile
 * time, so the description cannot drift from the code; each operation's text is its method's Javadoc. It covers
 * the JSON API and the public resolver routes; the server-rendered pages (listed below) are left out.
 */
@OpenAPIDefinition(info = @Info(title = "xuatxu", version = "1",
        description = "Xuất Xứ: hộ chiếu số sản phẩm và truy xuất nguồn gốc trên sổ cái. API cho cơ sở sản xuất, "
                + "bếp ăn trường học và Sở; đăng nhập bằng POST /api/v1/auth/login rồi gửi 'Authorization: Bearer <token>'. "
                + "Lỗi trả về JSON {status, error, message, field} với thông báo tiếng Việt.",
        license = @License(name = "Proprietary")))
@OpenAPIExclude(classNames = {
        "vn.xuatxu.api.identity.web.AdminPagesController",
        "vn.xuatxu.api.identity.web.SignInPageController",
        "vn.xuatxu.api.kitchen.web.PublicKitchenPageController",
        "vn.xuatxu.api.kitchen.web.KitchenPagesController",
        "vn.xuatxu.api.platform.offline.OfflineAppController",
        "vn.xuatxu.api.ledger.web.FailedWritesPageController",
        "vn.xuatxu.api.passport.lot.web.LotPagesController",
        "vn.xuatxu.api.passport.lot.web.LotImportPageController",
        "vn.xuatxu.api.passport.model.web.BlockingItemsPageController",
        "vn.xuatxu.api.passport.model.web.DeclarationPagesController",
        "vn.xuatxu.api.passport.translation.web.TranslationPagesController",
        "vn.xuatxu.api.passport.label.web.LabelPrintPageController",
        "vn.xuatxu.api.passport.label.web.SerialReservationPagesController",
        "vn.xuatxu.api.passport.journey.web.LotPageController",
        "vn.xuatxu.api.passport.journey.web.ProcessingPageController",
        "vn.xuatxu.api.passport.product.web.ProductPagesController",
        "vn.xuatxu.api.printing.web.PrinterPagesController"})
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
final class OpenApiController {

    /** Where the processor puts the document: META-INF/swagger/{title}-{version}.yml. */
    static final String DOCUMENT = "META-INF/swagger/xuatxu-1.yml";

    private final byte[] document;

    OpenApiController() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("The build did not generate " + DOCUMENT);
            }
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/openapi.yml")
    HttpResponse<byte[]> document() {
        return HttpResponse.ok(document).contentType(MediaType.of("application/yaml;charset=utf-8"))
                .header("Cache-Control", "public, max-age=3600");
    }
}

package vn.xuatxu.api.passport.export.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.export.application.LotExports;

/**
 * One lot's exports, as downloads. Whoever may read the lot may export it (the lot's producer, an
 * organisation the lot reached, the province agency); anyone else gets the same 404 as for the lot itself.
 */
@Controller("/api/v1/lots/{id}/exports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LotExportController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LotExports exports;

    LotExportController(LotExports exports) {
        this.exports = exports;
    }

    /** The passport as JSON-LD (schema.org and GS1 Web Vocabulary), as the resolver serves it. */
    @Get(uri = "/jsonld", produces = "application/ld+json")
    HttpResponse<String> jsonLd(Authentication authentication, long id) {
        return download(json(exports.jsonLd(Actors.of(authentication), id)), "application/ld+json",
                "lot-" + id + "-passport.jsonld");
    }

    /** The Circular 02/2024 traceability record as JSON. */
    @Get(uri = "/circular02.json", produces = "application/json")
    HttpResponse<String> circular02Json(Authentication authentication, long id) {
        return download(json(exports.circular02(Actors.of(authentication), id).toJson()), "application/json",
                "lot-" + id + "-thong-tu-02.json");
    }

    /** The Circular 02/2024 traceability record as an A4 PDF. */
    @Get(uri = "/circular02.pdf", produces = "application/pdf")
    HttpResponse<byte[]> circular02Pdf(Authentication authentication, long id) {
        return HttpResponse.ok(exports.circular02Pdf(Actors.of(authentication), id)).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"lot-" + id + "-thong-tu-02.pdf\"");
    }

    /** The EPCIS 2.0 document of the lot's events (JSON-LD). */
    @Get(uri = "/epcis", produces = "application/ld+json")
    HttpResponse<String> epcis(Authentication authentication, long id) {
        return download(json(exports.epcis(Actors.of(authentication), id)), "application/ld+json",
                "lot-" + id + "-epcis.jsonld");
    }

    private static HttpResponse<String> download(String body, String mediaType, String fileName) {
        return HttpResponse.ok(body).contentType(mediaType + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store");
    }

    private static String json(Object value) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An export cannot be encoded as JSON", e);
        }
    }
}

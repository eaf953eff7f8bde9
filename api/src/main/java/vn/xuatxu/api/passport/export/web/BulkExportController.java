package vn.xuatxu.api.passport.export.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.reactivestreams.Publisher;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.export.application.BulkExports;
import vn.xuatxu.api.passport.export.application.ExportProgress;
import vn.xuatxu.api.passport.export.domain.ExportFormat;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bulk exports: {@code GET /api/v1/exports/passports?since=&format=jsonl|csv[&organisationId=]} streams the
 * passports changed since a date, announcing the row count ({@code X-Total-Count}) and a progress resource
 * ({@code X-Export-Id}, {@code Link: <...>; rel="monitor"}) in its headers; {@code GET /api/v1/exports/{id}}
 * answers how far that export has got.
 */
@Controller("/api/v1/exports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class BulkExportController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final BulkExports exports;
    private final ExportProgress progress;

    BulkExportController(BulkExports exports, ExportProgress progress) {
        this.exports = exports;
        this.progress = progress;
    }

    @Get("/passports{?since,format,organisationId}")
    HttpResponse<Publisher<byte[]>> passports(Authentication authentication, @Nullable @QueryValue String since,
                                              @Nullable @QueryValue String format,
                                              @Nullable @QueryValue Long organisationId) {
        Actor actor = Actors.of(authentication);
        ExportFormat chosen = format == null ? ExportFormat.JSON_LINES : ExportFormat.of(format).orElseThrow(() ->
                new ProblemException.InvalidInput("format", PageText.of("export.error.format")));
        BulkExports.Export export = exports.start(actor, exports.scope(actor, organisationId), since(since), chosen);
        return HttpResponse.ok(export.body()).contentType(chosen.mediaType())
                .header("X-Total-Count", Long.toString(export.total()))
                .header("X-Export-Id", export.id())
                .header("Link", "</api/v1/exports/" + export.id() + ">; rel=\"monitor\"")
                .header("Content-Disposition", "attachment; filename=\"ho-chieu-" + export.id() + "." + chosen.code() + "\"")
                .header("Cache-Control", "no-store");
    }

    @Get(uri = "/{id}", produces = "application/json")
    HttpResponse<String> progress(Authentication authentication, String id) {
        ExportProgress.Report report = progress.report(Actors.of(authentication).userId(), id)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("export.error.notFound", id)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", report.id());
        body.put("state", report.state().name());
        body.put("total", report.total());
        body.put("done", report.done());
        body.put("startedAt", report.startedAt().toString());
        body.put("endedAt", report.endedAt() == null ? null : report.endedAt().toString());
        try {
            return HttpResponse.ok(JSON.writeValueAsString(body)).contentType("application/json")
                    .header("Cache-Control", "no-store");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A date (midnight, Vietnam time) or an instant with offset; absent means every passport. */
    private static LocalDateTime since(String since) {
        if (since == null || since.isBlank()) {
            return LocalDateTime.of(1970, 1, 1, 0, 0);
        }
        try {
            OffsetDateTime moment = since.length() == 10 ? LocalDate.parse(since).atStartOfDay(VIETNAM).toOffsetDateTime()
                    : OffsetDateTime.parse(since);
            return moment.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw new ProblemException.InvalidInput("since",
                    PageText.of("export.error.since"));
        }
    }
}

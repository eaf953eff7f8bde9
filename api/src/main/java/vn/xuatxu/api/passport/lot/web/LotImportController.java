package vn.xuatxu.api.passport.lot.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.lot.application.LotImport;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemResponses;

import java.util.List;

/** Bulk registration of lots from a CSV file or an Excel workbook: all rows or none, with every wrong row reported. */
@Controller("/api/v1/lots/import")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LotImportController {

    /** The media type of an Excel workbook. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final LotImport importer;
    private final ProblemResponses responses;
    private final PageMessages messages;

    LotImportController(LotImport importer, ProblemResponses responses, PageMessages messages) {
        this.importer = importer;
        this.responses = responses;
        this.messages = messages;
    }

    @Serdeable
    record Imported(int count, List<Long> ids, List<RowError> skippedRows) {
    }

    @Serdeable
    record RowError(int line, @Nullable String field, String message) {
    }

    @Serdeable
    record ImportRejected(int status, String error, String message, List<RowError> rows) {
    }

    /**
     * Imports a CSV file. {@code ?mode=VALID_ROWS_ONLY} stores the right rows and lists the wrong ones;
     * by default nothing is stored while any row is wrong (422 with every wrong row).
     */
    @Post(consumes = {"text/csv", MediaType.TEXT_PLAIN})
    HttpResponse<?> importCsv(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue("mode") String mode,
                              @Body String csv) {
        return answer(request, () -> importer.importCsv(Actors.of(authentication), csv, mode(mode)));
    }

    /** Imports the first sheet of an Excel workbook, with the same columns, checks and answers as a CSV file. */
    @Post(consumes = XLSX)
    HttpResponse<?> importXlsx(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue("mode") String mode,
                               @Body byte[] workbook) {
        return answer(request, () -> importer.importXlsx(Actors.of(authentication), workbook, mode(mode)));
    }

    static LotImport.Mode mode(String mode) {
        return "VALID_ROWS_ONLY".equalsIgnoreCase(mode) ? LotImport.Mode.VALID_ROWS_ONLY : LotImport.Mode.ALL_OR_NOTHING;
    }

    private HttpResponse<?> answer(HttpRequest<?> request, java.util.function.Supplier<LotImport.Outcome> work) {
        String language = responses.language(request);
        try {
            LotImport.Outcome outcome = work.get();
            return HttpResponse.created(new Imported(outcome.ids().size(), outcome.ids(),
                    outcome.skipped().stream().map(e -> row(e, language)).toList()));
        } catch (LotImport.Rejected rejected) {
            List<RowError> rows = rejected.errors().stream().map(e -> row(e, language)).toList();
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ImportRejected(422, "IMPORT_REJECTED",
                    PageText.of("importing.error.rejectedApi", rows.size()).in(language, messages), rows));
        }
    }

    private RowError row(LotImport.RowError error, String language) {
        return new RowError(error.line(), error.field(), error.problem().message(language, messages));
    }
}

package vn.xuatxu.api.passport.lot.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.lot.application.LotImport;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page for importing lots from a CSV file or an Excel workbook (told apart by their first bytes), showing
 * every wrong row with its line number.
 */
@Controller("/nhap-lo")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LotImportPageController {

    private final LotImport importer;

    LotImportPageController(LotImport importer) {
        this.importer = importer;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(Authentication authentication) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", Actors.of(authentication).username());
        model.put("rows", List.of());
        return new ModelAndView<>("import", model);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> upload(Authentication authentication, @Nullable @Part("file") CompletedFileUpload file,
                           @Nullable @Part("mode") String mode) {
        Actor actor = Actors.of(authentication);
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("rows", List.of());
        try {
            if (file == null || file.getSize() == 0) {
                throw new ProblemException.InvalidInput("file", PageText.of("importing.error.noFile"));
            }
            byte[] content = file.getBytes();
            boolean workbook = content.length > 1 && content[0] == 'P' && content[1] == 'K';
            LotImport.Outcome outcome = workbook
                    ? importer.importXlsx(actor, content, LotImportController.mode(mode))
                    : importer.importCsv(actor, new String(content, StandardCharsets.UTF_8), LotImportController.mode(mode));
            model.put("imported", outcome.ids().size());
            model.put("rows", rows(outcome.skipped()));
            return HttpResponse.ok(new ModelAndView<>("import", model));
        } catch (LotImport.Rejected rejected) {
            model.put("error", PageText.of("importing.error.rejected", rejected.errors().size()));
            model.put("rows", rows(rejected.errors()));
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("import", model));
        } catch (IOException e) {
            model.put("error", PageText.of("problem.uploadUnreadable"));
            return HttpResponse.badRequest(new ModelAndView<>("import", model));
        } catch (ProblemException problem) {
            model.put("error", problem);
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("import", model));
        }
    }

    /** Each wrong row for the page; its refusal is put into the page language when the page is rendered. */
    private static List<Map<String, Object>> rows(List<LotImport.RowError> errors) {
        return errors.stream().map(e -> {
            Map<String, Object> row = new HashMap<>();
            row.put("line", e.line());
            row.put("field", e.field());
            row.put("message", e.problem());
            return row;
        }).toList();
    }
}

package vn.xuatxu.api.passport.label.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.label.application.LabelBatches;
import vn.xuatxu.api.passport.model.application.IncompletePassportException;
import vn.xuatxu.api.passport.model.application.PassportCompleteness;
import vn.xuatxu.api.passport.model.web.Checklist;
import vn.xuatxu.api.platform.i18n.PageLanguageResolver;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.printing.application.PrintAgents;
import vn.xuatxu.api.problem.ProblemException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Printing a lot's labels from a phone: the page shows the lot's passport checklist first; a lot with
 * missing items needs the producer to tick "print anyway", and one missing an item the agency made blocking
 * cannot be printed at all. A created batch is offered as PDF (label printer or A4 sheets) and raw printer
 * jobs.
 */
@Controller("/lo-hang/{id}/in-tem")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LabelPrintPageController {

    private final LabelBatches batches;
    private final PassportCompleteness completeness;
    private final PrintAgents printers;
    private final PageMessages messages;
    private final PageLanguageResolver languages;

    LabelPrintPageController(LabelBatches batches, PassportCompleteness completeness, PrintAgents printers,
                             PageMessages messages, PageLanguageResolver languages) {
        this.batches = batches;
        this.completeness = completeness;
        this.printers = printers;
        this.messages = messages;
        this.languages = languages;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(Authentication authentication, long id) {
        return new ModelAndView<>("label-print", model(Actors.of(authentication), id, Map.of()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> print(HttpRequest<?> request, Authentication authentication, long id,
                          @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        String language = languages.language(request);
        try {
            LabelBatches.Batch batch = batches.create(actor, id, count(form.get("count")),
                    form.get("acknowledgeIncomplete") != null);
            Map<String, Object> model = model(actor, id, form);
            String base = "/api/v1/label-batches/" + batch.stored().batchId() + "/labels?format=";
            model.put("printers", printers.list(actor).stream().filter(view -> !view.agent().revoked()).toList());
            model.put("batch", Map.of("id", batch.stored().batchId(), "count", batch.stored().labelCount(),
                    "pdf", base + "pdf", "pdfA4", base + "pdf-a4", "zpl", base + "zpl", "tspl", base + "tspl"));
            return HttpResponse.status(HttpStatus.CREATED).body(new ModelAndView<>("label-print", model));
        } catch (IncompletePassportException incomplete) {
            Map<String, Object> model = model(actor, id, form);
            model.put("warning", warning(incomplete, language));
            return HttpResponse.status(incomplete.blocked() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.CONFLICT)
                    .body(new ModelAndView<>("label-print", model));
        } catch (ProblemException problem) {
            if (problem instanceof ProblemException.NotFound) {
                throw problem;
            }
            Map<String, Object> model = model(actor, id, form);
            model.put("error", problem.message(language, messages));
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("label-print", model));
        }
    }

    /**
     * Why no labels were made, in the page's words; the findings as the checklist above names them (the
     * Vietnamese finding's own message, or the item's name in English).
     */
    private String warning(IncompletePassportException incomplete, String language) {
        Checklist checklist = Checklist.of(incomplete.passport(), incomplete.completeness());
        if (!incomplete.blocked()) {
            return messages.text(language, "printing.labels.warning.incomplete", checklist.findings().size());
        }
        List<String> findings = checklist.findings().stream().filter(Checklist.Entry::blocking)
                .map(entry -> "vi".equals(language) ? entry.message()
                        : messages.text(language, "declaration.finding." + entry.kind(),
                        messages.text(language, "declaration.item." + entry.item()))).toList();
        return messages.text(language, "printing.labels.warning.blocked", String.join("; ", findings));
    }

    private Map<String, Object> model(Actor actor, long id, Map<String, String> form) {
        PassportCompleteness.Report report = completeness.ofLot(actor, id);
        Checklist checklist = Checklist.of(report.passport(), report.completeness());
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("lotId", id);
        model.put("checklist", checklist);
        model.put("count", form.getOrDefault("count", "100"));
        return model;
    }

    private static Integer count(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException.InvalidInput("count", PageText.of("printing.error.countNotNumber", text.strip()));
        }
    }
}

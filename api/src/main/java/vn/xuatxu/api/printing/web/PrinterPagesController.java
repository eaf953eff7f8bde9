package vn.xuatxu.api.printing.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.kitchen.application.SampleLabels;
import vn.xuatxu.api.platform.i18n.PageLanguageResolver;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.printing.application.PrintAgents;
import vn.xuatxu.api.printing.domain.PrintJobSource;
import vn.xuatxu.api.printing.domain.PrintJobState;
import vn.xuatxu.api.printing.persistence.PrintAgentStore.StoredJob;
import vn.xuatxu.api.problem.ProblemException;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The printers page ({@code /may-in}: the organisation's printers, whether each agent is connected, and for
 * the administrator registering and removing them), a print job's page ({@code /lenh-in/{jobId}}), which
 * refreshes itself while the job runs, with no script, and offers to resume a job that stopped, and the choice of
 * printer for a kitchen's sample labels ({@code /lenh-in/mau-luu}). Words come from the {@code printing} bundle.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PrinterPagesController {

    private static final String SAMPLES_OF_DAY = "Nhãn mẫu lưu ngày ";
    private static final String ONE_SAMPLE = "Nhãn mẫu lưu ";

    private final PrintAgents agents;
    private final SampleLabels sampleLabels;
    private final PageMessages messages;
    private final PageLanguageResolver languages;

    PrinterPagesController(PrintAgents agents, SampleLabels sampleLabels, PageMessages messages,
                           PageLanguageResolver languages) {
        this.agents = agents;
        this.sampleLabels = sampleLabels;
        this.messages = messages;
        this.languages = languages;
    }

    @Get("/may-in")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> printers(Authentication authentication) {
        return new ModelAndView<>("printers", printersModel(Actors.of(authentication)));
    }

    @Post(uri = "/may-in", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> register(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        try {
            PrintAgents.Registered registered = agents.register(actor, form.get("name"), form.get("language"),
                    form.get("stock"), dpi(request, form.get("dpi")));
            Map<String, Object> model = printersModel(actor);
            model.put("registered", Map.of("name", registered.agent().name(), "token", registered.token().value(),
                    "command", AgentCommand.of(registered.token())));
            return HttpResponse.status(HttpStatus.CREATED).body(new ModelAndView<>("printers", model));
        } catch (ProblemException.InvalidInput | ProblemException.Forbidden problem) {
            Map<String, Object> model = printersModel(actor);
            // The page says it in its own language: a bundle key per field (the API keeps the Vietnamese message).
            model.put("error", problem instanceof ProblemException.InvalidInput invalid
                    ? "printing.printers.error." + invalid.field() : "printing.printers.error.forbidden");
            model.put("form", form);
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("printers", model));
        }
    }

    @Post(uri = "/may-in/{id}/go", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(Authentication authentication, long id) {
        agents.revoke(Actors.of(authentication), id);
        return HttpResponse.seeOther(URI.create("/may-in"));
    }

    /** "Send to printer" from the label print page. */
    @Post(uri = "/lo-tem/{batchId}/gui-may-in", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(HttpRequest<?> request, Authentication authentication, String batchId,
                         @Body Map<String, String> form) {
        StoredJob job = agents.send(Actors.of(authentication), batchId, number(request, form.get("agentId"), "agentId"), null);
        return HttpResponse.seeOther(URI.create("/lenh-in/" + job.jobId()));
    }

    /**
     * "Send to printer" beside a kitchen's sample-label downloads: the day's Form 4 labels, or one sample's
     * ({@code mau}), with a choice of the kitchen's printers.
     */
    @Get("/lenh-in/mau-luu")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> samples(Authentication authentication, @QueryValue("bep") String kitchenId,
                                              @QueryValue("ngay") String day, @Nullable @QueryValue("mau") String code) {
        Actor actor = Actors.of(authentication);
        LocalDate date = PrintAgentController.day(day);
        SampleLabels.ToPrint samples = sampleLabels.toPrint(actor, kitchenId, date, code);
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("kitchenId", kitchenId);
        model.put("day", date.toString());
        model.put("code", code == null || code.isBlank() ? null : samples.codes().get(0));
        model.put("count", samples.codes().size());
        model.put("printers", agents.list(actor).stream().filter(view -> !view.agent().revoked()).toList());
        return new ModelAndView<>("print-samples", model);
    }

    @Post(uri = "/lenh-in/mau-luu", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> sendSamples(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        SampleLabels.ToPrint samples = sampleLabels.toPrint(actor, form.get("kitchenId"),
                PrintAgentController.day(form.get("day")), form.get("code"));
        StoredJob job = agents.sendRecords(actor, sampleLabels.source(), samples.codes(), samples.description(),
                number(request, form.get("agentId"), "agentId"));
        return HttpResponse.seeOther(URI.create("/lenh-in/" + job.jobId()));
    }

    @Get("/lenh-in/{jobId}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> job(HttpRequest<?> request, Authentication authentication, String jobId) {
        Actor actor = Actors.of(authentication);
        StoredJob job = agents.job(actor, jobId);
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("job", job);
        model.put("description", description(job.source(), job.description()).in(languages.language(request), messages));
        model.put("running", !job.state().finished());
        model.put("labelsSent", job.sentThrough() - job.firstPosition() + 1);
        model.put("labelCount", job.lastPosition() - job.firstPosition() + 1);
        model.put("resumable", job.state() == PrintJobState.FAILED || job.state() == PrintJobState.INTERRUPTED
                || job.state() == PrintJobState.CANCELLED);
        model.put("agentName", agents.agent(actor, job.agentId()).name());
        return new ModelAndView<>("print-job", model);
    }

    @Post(uri = "/lenh-in/{jobId}/in-tiep", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resume(HttpRequest<?> request, Authentication authentication, String jobId,
                           @Body Map<String, String> form) {
        String from = form.get("fromPosition");
        StoredJob job = agents.resume(Actors.of(authentication), jobId,
                from == null || from.isBlank() ? null : number(request, from, "fromPosition").intValue());
        return HttpResponse.seeOther(URI.create("/lenh-in/" + job.jobId()));
    }

    @Post(uri = "/lenh-in/{jobId}/huy", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(Authentication authentication, String jobId) {
        agents.cancel(Actors.of(authentication), jobId);
        return HttpResponse.seeOther(URI.create("/lenh-in/" + jobId));
    }

    /**
     * A record job's description in the page's words. The stored description stays the Vietnamese text the
     * API has always answered ({@code SampleLabels} writes "Nhãn mẫu lưu ngày 2026-12-07" or "Nhãn mẫu lưu
     * CODE"); the page reads its parts back into a key so an English page says it in English. Any other
     * text is shown as stored.
     */
    static PageText description(PrintJobSource source, String stored) {
        String text = stored == null ? "" : stored;
        if (source == PrintJobSource.KITCHEN_SAMPLES && text.startsWith(SAMPLES_OF_DAY)) {
            return PageText.of("printing.job.samplesOfDay", text.substring(SAMPLES_OF_DAY.length()));
        }
        if (source == PrintJobSource.KITCHEN_SAMPLES && text.startsWith(ONE_SAMPLE)) {
            return PageText.of("printing.job.sample", text.substring(ONE_SAMPLE.length()));
        }
        return PageText.of("printing.job.description", text);
    }

    private Map<String, Object> printersModel(Actor actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        List<PrintAgents.AgentView> list = agents.list(actor);
        model.put("agents", list);
        model.put("admin", actor.hasAnyRole(Role.ORG_ADMIN, Role.KITCHEN_MANAGER));
        model.put("form", Map.of());
        return model;
    }

    private Integer dpi(HttpRequest<?> request, String text) {
        return text == null || text.isBlank() ? null : number(request, text, "dpi").intValue();
    }

    private Long number(HttpRequest<?> request, String text, String field) {
        try {
            return Long.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException.InvalidInput(field,
                    messages.text(languages.language(request), "printing.job.notANumber", text));
        }
    }
}

package vn.xuatxu.api.printing.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.kitchen.application.SampleLabels;
import vn.xuatxu.api.printing.application.PrintAgents;
import vn.xuatxu.api.printing.persistence.PrintAgentStore.StoredAgent;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.ZoneOffset;
import java.util.List;

/**
 * People's side of printing: register and revoke an organisation's printers, send a label batch (or a school
 * kitchen's sample labels) to one, follow, cancel and resume jobs. The agent's own endpoints are in {@link AgentJobController}.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PrintAgentController {

    private final PrintAgents agents;
    private final SampleLabels sampleLabels;

    PrintAgentController(PrintAgents agents, SampleLabels sampleLabels) {
        this.agents = agents;
        this.sampleLabels = sampleLabels;
    }

    @Serdeable
    record NewAgent(@Nullable String name, @Nullable String language, @Nullable String stock, @Nullable Integer dpi) {
    }

    @Serdeable
    record AgentResponse(long id, String name, String language, String stock, int dpi, boolean online, boolean revoked,
                         @Nullable String lastSeenAt, int waitingJobs) {

        static AgentResponse of(PrintAgents.AgentView view) {
            StoredAgent agent = view.agent();
            return new AgentResponse(agent.id(), agent.name(), agent.language(), agent.stock(), agent.dpi(), view.online(),
                    agent.revoked(), agent.lastSeenAt() == null ? null : agent.lastSeenAt().atOffset(ZoneOffset.UTC).toString(),
                    view.waitingJobs());
        }
    }

    /** The new agent and its token: the only time the token is shown. */
    @Serdeable
    record RegisteredResponse(long id, String name, String language, String stock, int dpi, String token,
                              String command) {
    }

    @Serdeable
    record SendRequest(@Nullable Long agentId, @Nullable Integer fromPosition) {
    }

    @Serdeable
    record ResumeRequest(@Nullable Integer fromPosition) {
    }

    @Post(uri = "/print-agents", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<RegisteredResponse> register(Authentication authentication, @Body NewAgent body) {
        PrintAgents.Registered registered = agents.register(Actors.of(authentication), body.name(), body.language(),
                body.stock(), body.dpi());
        StoredAgent agent = registered.agent();
        return HttpResponse.created(new RegisteredResponse(agent.id(), agent.name(), agent.language(), agent.stock(),
                agent.dpi(), registered.token().value(), AgentCommand.of(registered.token())),
                URI.create("/api/v1/print-agents/" + agent.id()));
    }

    @Get("/print-agents")
    List<AgentResponse> list(Authentication authentication) {
        return agents.list(Actors.of(authentication)).stream().map(AgentResponse::of).toList();
    }

    @Delete("/print-agents/{id}")
    HttpResponse<Void> revoke(Authentication authentication, long id) {
        agents.revoke(Actors.of(authentication), id);
        return HttpResponse.noContent();
    }

    @Post(uri = "/label-batches/{batchId}/print-jobs", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<PrintJobResponse> send(Authentication authentication, String batchId, @Body SendRequest body) {
        PrintJobResponse job = PrintJobResponse.of(agents.send(Actors.of(authentication), batchId, body.agentId(),
                body.fromPosition()));
        return HttpResponse.created(job, URI.create("/api/v1/print-jobs/" + job.jobId()));
    }

    /** A kitchen day's Form 4 sample labels, every sample of the day in the order taken, to the kitchen's printer. */
    @Post(uri = "/kitchens/{kitchenId}/days/{day}/sample-labels/print-jobs", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<PrintJobResponse> sendDaySamples(Authentication authentication, String kitchenId, String day,
                                                  @Body SendRequest body) {
        return sendSamples(authentication, kitchenId, day(day), null, body);
    }

    /** One sample's Form 4 label to the kitchen's printer. */
    @Post(uri = "/kitchens/{kitchenId}/samples/{code}/label/print-jobs", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<PrintJobResponse> sendSample(Authentication authentication, String kitchenId, String code,
                                              @Body SendRequest body) {
        return sendSamples(authentication, kitchenId, null, code, body);
    }

    private HttpResponse<PrintJobResponse> sendSamples(Authentication authentication, String kitchenId, LocalDate day,
                                                       String code, SendRequest body) {
        Actor actor = Actors.of(authentication);
        SampleLabels.ToPrint samples = sampleLabels.toPrint(actor, kitchenId, day, code);
        PrintJobResponse job = PrintJobResponse.of(agents.sendRecords(actor, sampleLabels.source(), samples.codes(),
                samples.description(), body.agentId()));
        return HttpResponse.created(job, URI.create("/api/v1/print-jobs/" + job.jobId()));
    }

    /** A day in a URL ({@code 2026-12-07}), or a 400 in the user's words. */
    static LocalDate day(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException.InvalidInput("day", PageText.of("printing.error.day", text));
        }
    }

    @Get("/label-batches/{batchId}/print-jobs")
    List<PrintJobResponse> jobsOfBatch(Authentication authentication, String batchId) {
        return agents.jobsOfBatch(Actors.of(authentication), batchId).stream().map(PrintJobResponse::of).toList();
    }

    @Get("/print-jobs/{jobId}")
    PrintJobResponse job(Authentication authentication, String jobId) {
        return PrintJobResponse.of(agents.job(Actors.of(authentication), jobId));
    }

    @Post("/print-jobs/{jobId}/cancel")
    PrintJobResponse cancel(Authentication authentication, String jobId) {
        return PrintJobResponse.of(agents.cancel(Actors.of(authentication), jobId));
    }

    @Post(uri = "/print-jobs/{jobId}/resume", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<PrintJobResponse> resume(Authentication authentication, String jobId, @Nullable @Body ResumeRequest body) {
        PrintJobResponse job = PrintJobResponse.of(agents.resume(Actors.of(authentication), jobId,
                body == null ? null : body.fromPosition()));
        return HttpResponse.created(job, URI.create("/api/v1/print-jobs/" + job.jobId()));
    }
}

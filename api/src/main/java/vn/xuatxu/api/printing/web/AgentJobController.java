package vn.xuatxu.api.printing.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.printing.application.AgentJobs;
import vn.xuatxu.api.printing.persistence.PrintAgentStore.StoredAgent;

import java.time.Duration;

/**
 * The endpoints a print agent calls ({@code label-printer.jar agent}): no session, the agent's token in
 * {@code X-Agent-Token}. The protocol is in docs/printing.md, "Pulling jobs from the server".
 */
@Controller("/api/v1/print-agent")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AgentJobController {

    private static final String TOKEN = "X-Agent-Token";
    private final AgentJobs jobs;

    AgentJobController(AgentJobs jobs) {
        this.jobs = jobs;
    }

    @Serdeable
    record Progress(@Nullable Integer sentThrough, @Nullable String message) {
    }

    @Serdeable
    record Result(@Nullable String outcome, @Nullable Integer sentThrough, @Nullable String message) {
    }

    /** The next job, held open up to {@code wait} seconds (at most 25) while there is none; 204 if none came. */
    @Get("/jobs/next")
    HttpResponse<PrintJobResponse> next(@Nullable @Header(TOKEN) String token, @QueryValue(defaultValue = "0") int wait)
            throws InterruptedException {
        StoredAgent agent = jobs.authenticate(token);
        return jobs.next(agent, Duration.ofSeconds(wait)).map(job -> HttpResponse.ok(PrintJobResponse.of(job)))
                .orElseGet(HttpResponse::noContent);
    }

    @Get(uri = "/jobs/{jobId}/labels", produces = "application/vnd.xuatxu.printer-job")
    HttpResponse<byte[]> labels(@Nullable @Header(TOKEN) String token, String jobId, @QueryValue int from,
                                @QueryValue int to) {
        return HttpResponse.ok(jobs.labels(jobs.authenticate(token), jobId, from, to));
    }

    @Post(uri = "/jobs/{jobId}/progress", consumes = MediaType.APPLICATION_JSON)
    PrintJobResponse progress(@Nullable @Header(TOKEN) String token, String jobId, @Body Progress body) {
        return PrintJobResponse.of(jobs.progress(jobs.authenticate(token), jobId,
                body.sentThrough() == null ? 0 : body.sentThrough(), body.message()));
    }

    @Post(uri = "/jobs/{jobId}/result", consumes = MediaType.APPLICATION_JSON)
    PrintJobResponse result(@Nullable @Header(TOKEN) String token, String jobId, @Body Result body) {
        return PrintJobResponse.of(jobs.result(jobs.authenticate(token), jobId, body.outcome(),
                body.sentThrough() == null ? 0 : body.sentThrough(), body.message()));
    }
}

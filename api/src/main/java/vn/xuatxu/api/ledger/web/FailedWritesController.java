package vn.xuatxu.api.ledger.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.ledger.FailedWrites;
import vn.xuatxu.api.ledger.Outbox;

import java.time.Instant;
import java.util.List;

/** An organisation's refused ledger writes over the API, and retrying them; the rules live in {@link FailedWrites}. */
@Controller("/api/v1/ledger/failed-writes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class FailedWritesController {

    private final FailedWrites failedWrites;

    FailedWritesController(FailedWrites failedWrites) {
        this.failedWrites = failedWrites;
    }

    /** One refused write: what it was for (subject), the contract function and the ledger's reason. */
    @Serdeable
    record FailedWrite(long id, String subjectType, @Nullable Long subjectId, String function, String description,
                       @Nullable String error, int attempts, @Nullable Instant failedAt) {

        static FailedWrite of(Outbox.FailedEntry e) {
            return new FailedWrite(e.id(), e.subjectType().name(), e.subjectId(), e.function(),
                    FailedWrites.describe(e.function()), e.error(), e.attempts(), e.failedAt());
        }
    }

    @Serdeable
    record Retried(int retried) {
    }

    @Get
    List<FailedWrite> list(Authentication authentication) {
        return failedWrites.list(Actors.of(authentication)).stream().map(FailedWrite::of).toList();
    }

    @Post("/{id}/retry")
    HttpResponse<Retried> retry(Authentication authentication, long id) {
        failedWrites.retry(Actors.of(authentication), id);
        return HttpResponse.accepted().body(new Retried(1));
    }

    @Post("/retry")
    HttpResponse<Retried> retryAll(Authentication authentication) {
        return HttpResponse.accepted().body(new Retried(failedWrites.retryAll(Actors.of(authentication))));
    }
}

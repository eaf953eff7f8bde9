package vn.xuatxu.api.printing.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.printing.persistence.PrintAgentStore.StoredJob;

import java.time.ZoneOffset;

/**
 * A print job as people and agents see it; {@code labelsSent} counts positions handed to the printer. A label
 * batch's job names its batch, a record job (such as a kitchen's sample labels) its description.
 */
@Serdeable
record PrintJobResponse(String jobId, String source, @Nullable String batchId, @Nullable String description, long agentId, int firstPosition, int lastPosition, String state,
                        int sentThrough, int labelsSent, int labelCount, @Nullable String message, String createdAt,
                        String updatedAt) {

    static PrintJobResponse of(StoredJob job) {
        return new PrintJobResponse(job.jobId(), job.source().name(), job.batchId(), job.description(), job.agentId(), job.firstPosition(), job.lastPosition(),
                job.state().name(), job.sentThrough(), job.sentThrough() - job.firstPosition() + 1,
                job.lastPosition() - job.firstPosition() + 1, job.message(),
                job.createdAt().atOffset(ZoneOffset.UTC).toString(), job.updatedAt().atOffset(ZoneOffset.UTC).toString());
    }
}

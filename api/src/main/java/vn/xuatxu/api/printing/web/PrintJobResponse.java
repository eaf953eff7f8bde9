package vn.xuatxu.api.printing.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.printing.persistence.PrintAgentStore.StoredJob;

import java.time.ZoneOffset;

/** A print job as people and agents see it; {@code labelsSent} counts batch positions handed to the printer. */
@Serdeable
record PrintJobResponse(String jobId, String batchId, long agentId, int firstPosition, int lastPosition, String state,
                        int sentThrough, int labelsSent, int labelCount, @Nullable String message, String createdAt,
                        String updatedAt) {

    static PrintJobResponse of(StoredJob job) {
        return new PrintJobResponse(job.jobId(), job.batchId(), job.agentId(), job.firstPosition(), job.lastPosition(),
                job.state().name(), job.sentThrough(), job.sentThrough() - job.firstPosition() + 1,
                job.lastPosition() - job.firstPosition() + 1, job.message(),
                job.createdAt().atOffset(ZoneOffset.UTC).toString(), job.updatedAt().atOffset(ZoneOffset.UTC).toString());
    }
}

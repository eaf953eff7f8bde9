package vn.xuatxu.api.passport.export.application;

import jakarta.inject.Singleton;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.persistence.StaffDirectory;
import vn.xuatxu.api.passport.export.domain.ExportFormat;
import vn.xuatxu.api.passport.export.domain.ExportScope;
import vn.xuatxu.api.passport.export.persistence.PassportExportStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.concurrent.Semaphore;

/**
 * Bulk exports of passports changed since a moment, for the national portal or an auditor: an organisation
 * administrator exports their own organisation, the province agency (administrator or inspector) the whole
 * province or one organisation in it. The rows are counted first (the total a client shows progress
 * against), then streamed from a server-side cursor and written as they are read, {@value #ROWS_PER_CHUNK}
 * rows per chunk: memory stays flat however many passports there are, and the download starts at once.
 * At most {@value #CONCURRENT} exports run at a time, each holding one database connection.
 */
@Singleton
public final class BulkExports {

    static final int ROWS_PER_CHUNK = 200;
    static final int CONCURRENT = 2;
    private static final Logger LOG = LoggerFactory.getLogger(BulkExports.class);

    /** A started export: its progress id, the number of rows it will write, and the bytes to send. */
    public record Export(String id, long total, ExportFormat format, Publisher<byte[]> body) {
    }

    private final DSLContext db;
    private final PassportExportStore store;
    private final StaffDirectory directory;
    private final ExportProgress progress;
    private final Semaphore running = new Semaphore(CONCURRENT);

    BulkExports(DSLContext db, PassportExportStore store, StaffDirectory directory, ExportProgress progress) {
        this.db = db;
        this.store = store;
        this.directory = directory;
        this.progress = progress;
    }

    /**
     * The scope this actor may export: their own organisation (organisation administrators), or for the agency
     * the province, or one organisation within it when {@code organisationId} is given.
     */
    public ExportScope scope(Actor actor, Long organisationId) {
        if (actor.organisationKind() == OrganisationKind.AGENCY && actor.hasAnyRole(Role.AGENCY_ADMIN, Role.INSPECTOR)) {
            String province = directory.organisation(db, actor.organisationId()).orElseThrow().province();
            if (organisationId == null) {
                return new ExportScope.Province(province);
            }
            return directory.organisation(db, organisationId).filter(o -> o.province().equals(province))
                    .map(o -> (ExportScope) new ExportScope.Organisation(o.id()))
                    .orElseThrow(() -> new ProblemException.NotFound(PageText.of("export.error.organisationNotFound",
                            organisationId)));
        }
        if (actor.hasAnyRole(Role.ORG_ADMIN)) {
            if (organisationId != null && organisationId != actor.organisationId()) {
                throw new ProblemException.Forbidden(PageText.of("export.error.ownOnly"));
            }
            return new ExportScope.Organisation(actor.organisationId());
        }
        throw new ProblemException.Forbidden(PageText.of("export.error.who"));
    }

    /** Counts the rows and prepares the stream; the cursor opens when the body is subscribed to. */
    public Export start(Actor actor, ExportScope scope, LocalDateTime sinceUtc, ExportFormat format) {
        if (!running.tryAcquire()) {
            throw new ProblemException.Unavailable(PageText.of("export.error.busy", CONCURRENT));
        }
        try {
            long total = store.count(db, scope, sinceUtc);
            ExportProgress.Job job = progress.start(actor.userId(), total);
            Flux<byte[]> body = Flux.using(
                    () -> store.open(db, scope, sinceUtc, 0),
                    cursor -> Flux.concat(Flux.just(format.header().getBytes(StandardCharsets.UTF_8))
                                    .filter(bytes -> bytes.length > 0),
                            Flux.<byte[]>generate(sink -> {
                                byte[] chunk = chunk(cursor, format, job);
                                if (chunk.length == 0) {
                                    sink.complete();
                                } else {
                                    sink.next(chunk);
                                }
                            })),
                    Cursor::close)
                    .doOnComplete(() -> progress.finish(job, ExportProgress.State.DONE))
                    .doOnError(e -> {
                        LOG.warn("Bulk export {} failed after {} rows", job.id(), job.report().done(), e);
                        progress.finish(job, ExportProgress.State.FAILED);
                    })
                    .doOnCancel(() -> progress.finish(job, ExportProgress.State.FAILED))
                    .doFinally(signal -> running.release())
                    .subscribeOn(Schedulers.boundedElastic());
            return new Export(job.id(), total, format, body);
        } catch (RuntimeException e) {
            running.release();
            throw e;
        }
    }

    private byte[] chunk(Cursor<Record> cursor, ExportFormat format, ExportProgress.Job job) {
        StringBuilder text = new StringBuilder();
        int rows = 0;
        while (rows < ROWS_PER_CHUNK && cursor.hasNext()) {
            text.append(format.line(store.toRow(cursor.fetchNext())));
            rows++;
        }
        job.advance(rows);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}

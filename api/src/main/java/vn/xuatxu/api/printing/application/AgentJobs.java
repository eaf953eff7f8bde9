package vn.xuatxu.api.printing.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.passport.label.application.LabelBatches;
import vn.xuatxu.api.platform.secret.SecretToken;
import vn.xuatxu.api.printing.domain.LabelOutput;
import vn.xuatxu.api.printing.domain.PrintJobSource;
import vn.xuatxu.api.printing.domain.PrintJobState;
import vn.xuatxu.api.printing.persistence.PrintAgentStore;
import vn.xuatxu.api.printing.persistence.PrintAgentStore.StoredAgent;
import vn.xuatxu.api.printing.persistence.PrintAgentStore.StoredJob;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.label.content.RecordLabelContent;
import vn.xuatxu.label.language.PrinterLanguage;
import vn.xuatxu.label.layout.LabelDoesNotFitException;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a print agent may do: ask for its next job (waiting a while if there is none, so a label sent from a
 * phone starts printing within a second), fetch the job's labels in parts in its printer's language, and
 * report progress and the outcome. An agent sees only its own jobs; reports are idempotent, because an agent
 * that lost its connection reports again from its journal.
 */
@Singleton
public final class AgentJobs {

    /** Longest a request for the next job is held open. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(25);
    private static final Duration POLL = Duration.ofMillis(250);
    /** Labels one fetch may ask for: a bound on the memory and time of one request. */
    private static final int MAX_LABELS_PER_FETCH = 500;

    private final DSLContext db;
    private final PrintAgentStore store;
    private final LabelBatches batches;
    private final List<RecordLabels> recordLabels;

    AgentJobs(DSLContext db, PrintAgentStore store, LabelBatches batches, List<RecordLabels> recordLabels) {
        this.db = db;
        this.store = store;
        this.batches = batches;
        this.recordLabels = List.copyOf(recordLabels);
    }

    /** The agent presenting the token; marks it seen. */
    public StoredAgent authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw new ProblemException.Forbidden(PageText.of("printing.error.agentTokenMissing"));
        }
        StoredAgent agent = store.activeAgentByToken(db, new SecretToken(token.strip()).sha256())
                .orElseThrow(() -> new ProblemException.Forbidden(PageText.of("printing.error.agentTokenWrong")));
        store.seen(db, agent.id());
        return agent;
    }

    /** The job to work on, taken for printing; empty if none arrived within {@code wait}. */
    public Optional<StoredJob> next(StoredAgent agent, Duration wait) throws InterruptedException {
        Duration bounded = wait.isNegative() ? Duration.ZERO : wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
        long deadline = System.nanoTime() + bounded.toNanos();
        while (true) {
            Optional<StoredJob> job = db.transactionResult(configuration -> {
                DSLContext transaction = configuration.dsl();
                Optional<StoredJob> found = store.lockNextJob(transaction, agent.id());
                found.filter(j -> j.state() == PrintJobState.QUEUED).ifPresent(j ->
                        store.update(transaction, j.id(), PrintJobState.PRINTING, j.sentThrough(), null));
                return found.flatMap(j -> store.lockJob(transaction, j.jobId()));
            });
            if (job.isPresent() || System.nanoTime() >= deadline) {
                return job;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /**
     * The job's labels at positions {@code from}–{@code to}, in the agent's printer language: a batch's without the
     * voided ones, a record job's as the records are now.
     */
    public byte[] labels(StoredAgent agent, String jobId, int from, int to) {
        StoredJob job = own(agent, jobId);
        if (from < job.firstPosition() || to > job.lastPosition() || from > to || to - from + 1 > MAX_LABELS_PER_FETCH) {
            throw new ProblemException.InvalidInput("from", PageText.of("printing.error.range",
                    job.firstPosition(), job.lastPosition(), MAX_LABELS_PER_FETCH));
        }
        PrinterLanguage language = PrinterLanguage.named(agent.language().toLowerCase(Locale.ROOT));
        PrintDensity density = agent.dpi() == 300 ? PrintDensity.DPI_300 : PrintDensity.DPI_203;
        LabelStock stock = LabelOutput.stock(agent.stock());
        List<LabelImage> labels = job.source() == PrintJobSource.LABEL_BATCH
                ? batches.renderPositions(job.labelBatchKey(), from, to, stock, density)
                : renderRecords(agent, job, from, to, LabelLayout.of(stock, density));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (LabelImage label : labels) {
            bytes.writeBytes(language.encode(label));
        }
        return bytes.toByteArray();
    }

    private List<LabelImage> renderRecords(StoredAgent agent, StoredJob job, int from, int to, LabelLayout layout) {
        RecordLabels source = recordLabels.stream().filter(r -> r.source() == job.source()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no record labels for " + job.source()));
        List<LabelImage> images = new ArrayList<>();
        for (RecordLabelContent content : source.contents(agent.organisationId(), store.recordRefs(db, job.id(), from, to))) {
            try {
                images.add(layout.render(content));
            } catch (LabelDoesNotFitException e) {
                throw new ProblemException.InvalidInput("stock", PageText.of("printing.error.labelTooBig"));
            }
        }
        return images;
    }

    /** Records how far the agent got (never backwards), with an optional note such as "printer not answering". */
    public StoredJob progress(StoredAgent agent, String jobId, int sentThrough, String message) {
        own(agent, jobId);
        return db.transactionResult(configuration -> {
            DSLContext transaction = configuration.dsl();
            StoredJob job = store.lockJob(transaction, jobId).orElseThrow();
            if (job.state() != PrintJobState.PRINTING) {
                return job;
            }
            store.update(transaction, job.id(), PrintJobState.PRINTING, clamp(job, sentThrough), note(message));
            return store.lockJob(transaction, jobId).orElseThrow();
        });
    }

    /** Ends the job; the same report twice is accepted, a different outcome for a finished job is a conflict. */
    public StoredJob result(StoredAgent agent, String jobId, String outcome, int sentThrough, String message) {
        own(agent, jobId);
        PrintJobState state;
        try {
            state = PrintJobState.valueOf(outcome == null ? "" : outcome.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            state = null;
        }
        if (state != PrintJobState.PRINTED && state != PrintJobState.FAILED && state != PrintJobState.INTERRUPTED) {
            throw new ProblemException.InvalidInput("outcome", PageText.of("printing.error.outcome"));
        }
        PrintJobState reported = state;
        return db.transactionResult(configuration -> {
            DSLContext transaction = configuration.dsl();
            StoredJob job = store.lockJob(transaction, jobId).orElseThrow();
            if (job.state().finished()) {
                if (job.state() != reported) {
                    throw new ProblemException.Conflict(PageText.of("printing.error.jobFinished", job.state()));
                }
                return job;
            }
            String note = note(message);
            if (note == null && reported == PrintJobState.PRINTED) {
                note = "Đã gửi đủ " + (job.lastPosition() - job.firstPosition() + 1) + " tem tới máy in.";
            }
            store.update(transaction, job.id(), reported, clamp(job, sentThrough), note);
            return store.lockJob(transaction, jobId).orElseThrow();
        });
    }

    private StoredJob own(StoredAgent agent, String jobId) {
        return store.job(db, jobId).filter(job -> job.agentId() == agent.id())
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("printing.error.agentJobNotFound")));
    }

    private static int clamp(StoredJob job, int sentThrough) {
        return Math.max(job.sentThrough(), Math.min(job.lastPosition(), Math.max(job.firstPosition() - 1, sentThrough)));
    }

    private static String note(String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String stripped = message.strip();
        return stripped.length() > 500 ? stripped.substring(0, 499) + "…" : stripped;
    }
}

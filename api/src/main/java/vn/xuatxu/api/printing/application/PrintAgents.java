package vn.xuatxu.api.printing.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.Role;
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
import vn.xuatxu.label.layout.LabelStock;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What people do with print agents: an organisation's administrator registers the printers of the
 * organisation (and gets each agent's token once), anyone of the organisation sends a label batch (or record
 * labels, such as a kitchen day's sample labels) to one of them and follows the job, and an interrupted job is
 * resumed from the label the person chooses.
 */
@Singleton
public final class PrintAgents {

    /** An agent answering within this long is shown as connected. */
    public static final Duration ONLINE_WINDOW = Duration.ofSeconds(60);
    private static final Set<String> LANGUAGES = Set.of("ZPL", "TSPL", "ESCPOS");

    /** A new agent with the token to configure it with, shown once. */
    public record Registered(StoredAgent agent, SecretToken token) {
    }

    /** An agent as its organisation sees it. */
    public record AgentView(StoredAgent agent, boolean online, int waitingJobs) {
    }

    private final DSLContext db;
    private final PrintAgentStore store;
    private final LabelBatches batches;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PrintAgents(DSLContext db, PrintAgentStore store, LabelBatches batches, Clock clock) {
        this.db = db;
        this.store = store;
        this.batches = batches;
        this.clock = clock;
    }

    public Registered register(Actor actor, String name, String language, String stock, Integer dpi) {
        requireAdministrator(actor);
        String cleanName = name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new ProblemException.InvalidInput("name", PageText.of("printing.printers.error.name"));
        }
        String cleanLanguage = language == null ? "" : language.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("/", "");
        if (!LANGUAGES.contains(cleanLanguage)) {
            throw new ProblemException.InvalidInput("language",
                    PageText.of("printing.printers.error.language"));
        }
        LabelStock labelStock = LabelOutput.stock(stock == null ? "MM_50_X_30" : stock);
        int cleanDpi = dpi == null ? 203 : dpi;
        if (cleanDpi != 203 && cleanDpi != 300) {
            throw new ProblemException.InvalidInput("dpi", PageText.of("printing.printers.error.dpi"));
        }
        SecretToken token = SecretToken.random(random, "xxpa_");
        long id = store.insertAgent(db, actor.organisationId(), cleanName, token.sha256(), cleanLanguage,
                labelStock.name(), cleanDpi, actor.userId());
        return new Registered(store.agent(db, id).orElseThrow(), token);
    }

    public List<AgentView> list(Actor actor) {
        LocalDateTime onlineSince = LocalDateTime.ofInstant(clock.instant().minus(ONLINE_WINDOW), ZoneOffset.UTC);
        return store.agentsOf(db, actor.organisationId()).stream()
                .map(agent -> new AgentView(agent, !agent.revoked() && agent.lastSeenAt() != null
                        && agent.lastSeenAt().isAfter(onlineSince), store.waitingJobs(db, agent.id())))
                .toList();
    }

    public List<StoredJob> recentJobs(Actor actor, long agentId, int limit) {
        return store.recentJobsOfAgent(db, ownAgent(actor, agentId).id(), limit);
    }

    /** Revokes an agent: its token stops working at once and its queued jobs are cancelled. */
    public void revoke(Actor actor, long agentId) {
        requireAdministrator(actor);
        StoredAgent agent = ownAgent(actor, agentId);
        db.transaction(configuration -> store.revoke(configuration.dsl(), agent.id()));
    }

    /** Sends a batch's labels from {@code fromPosition} (default the first) to an agent of the actor's organisation. */
    public StoredJob send(Actor actor, String batchId, Long agentId, Integer fromPosition) {
        LabelBatches.Batch batch = batches.find(actor, batchId);
        if (batch.lot().organisationId() != actor.organisationId()) {
            throw new ProblemException.Forbidden(PageText.of("printing.error.lotOwner"));
        }
        StoredAgent agent = usableAgent(actor, agentId);
        int last = batch.stored().labelCount();
        int first = fromPosition == null ? 1 : fromPosition;
        if (first < 1 || first > last) {
            throw new ProblemException.InvalidInput("fromPosition", PageText.of("printing.error.fromPosition", 1, last));
        }
        String jobId = newJobId();
        store.insertJob(db, jobId, agent.id(), batch.stored().id(), first, last, actor.userId());
        return store.job(db, jobId).orElseThrow();
    }

    /**
     * Sends record labels (see {@link RecordLabels}) to an agent of the actor's organisation: the references are
     * frozen in the job in this order, so the agent's journal and a resumed job mean the same labels. The caller
     * has already checked that the person may print these records.
     */
    public StoredJob sendRecords(Actor actor, PrintJobSource source, List<String> refs, String description, Long agentId) {
        if (source == PrintJobSource.LABEL_BATCH || refs.isEmpty()) {
            throw new IllegalArgumentException("record labels of a record source, at least one");
        }
        return sendRecords(actor, source, refs, description, usableAgent(actor, agentId), 1);
    }

    private StoredJob sendRecords(Actor actor, PrintJobSource source, List<String> refs, String description,
                                  StoredAgent agent, int first) {
        String jobId = newJobId();
        db.transaction(configuration -> store.insertRecordJob(configuration.dsl(), jobId, agent.id(), source,
                description, refs, first, actor.userId()));
        return store.job(db, jobId).orElseThrow();
    }

    private StoredAgent usableAgent(Actor actor, Long agentId) {
        if (agentId == null) {
            throw new ProblemException.InvalidInput("agentId", PageText.of("printing.error.chooseAgent"));
        }
        StoredAgent agent = ownAgent(actor, agentId);
        if (agent.revoked()) {
            throw new ProblemException.Conflict(PageText.of("printing.error.agentRevoked", agent.name()));
        }
        return agent;
    }

    private String newJobId() {
        return "J" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36).toUpperCase(Locale.ROOT);
    }

    public StoredJob job(Actor actor, String jobId) {
        StoredJob job = store.job(db, jobId).orElseThrow(PrintAgents::noSuchJob);
        StoredAgent agent = store.agent(db, job.agentId()).orElseThrow();
        if (agent.organisationId() != actor.organisationId()) {
            throw noSuchJob();
        }
        return job;
    }

    public List<StoredJob> jobsOfBatch(Actor actor, String batchId) {
        LabelBatches.Batch batch = batches.find(actor, batchId);
        Set<Long> own = store.agentsOf(db, actor.organisationId()).stream().map(StoredAgent::id)
                .collect(Collectors.toSet());
        return store.jobsOfBatch(db, batch.stored().id()).stream().filter(job -> own.contains(job.agentId())).toList();
    }

    /** Withdraws a job the agent has not taken yet. */
    public StoredJob cancel(Actor actor, String jobId) {
        job(actor, jobId);
        return db.transactionResult(configuration -> {
            DSLContext transaction = configuration.dsl();
            StoredJob job = store.lockJob(transaction, jobId).orElseThrow(PrintAgents::noSuchJob);
            if (job.state() != PrintJobState.QUEUED) {
                throw new ProblemException.Conflict(PageText.of("printing.error.alreadyTaken"));
            }
            store.update(transaction, job.id(), PrintJobState.CANCELLED, job.sentThrough(), "Đã hủy lệnh in.");
            return store.lockJob(transaction, jobId).orElseThrow();
        });
    }

    /**
     * A new job for what a failed or interrupted one did not print, from {@code fromPosition} (default: the
     * label after the last one known to have been sent), to the same printer.
     */
    public StoredJob resume(Actor actor, String jobId, Integer fromPosition) {
        StoredJob job = job(actor, jobId);
        if (job.state() != PrintJobState.FAILED && job.state() != PrintJobState.INTERRUPTED
                && job.state() != PrintJobState.CANCELLED) {
            throw new ProblemException.Conflict(PageText.of("printing.error.notResumable"));
        }
        int from = fromPosition == null ? job.sentThrough() + 1 : fromPosition;
        if (from < job.firstPosition() || from > job.lastPosition()) {
            throw new ProblemException.InvalidInput("fromPosition", PageText.of("printing.error.fromPosition",
                    job.firstPosition(), job.lastPosition()));
        }
        if (job.source() == PrintJobSource.LABEL_BATCH) {
            return send(actor, job.batchId(), job.agentId(), from);
        }
        return sendRecords(actor, job.source(), store.recordRefs(db, job.id(), 1, job.lastPosition()),
                job.description(), usableAgent(actor, job.agentId()), from);
    }

    /** One of the actor's organisation's printers. */
    public StoredAgent agent(Actor actor, long agentId) {
        return ownAgent(actor, agentId);
    }

    private StoredAgent ownAgent(Actor actor, long agentId) {
        return store.agent(db, agentId).filter(agent -> agent.organisationId() == actor.organisationId())
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("printing.error.agentNotFound")));
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.hasAnyRole(Role.ORG_ADMIN, Role.KITCHEN_MANAGER)) {
            throw new ProblemException.Forbidden(PageText.of("printing.printers.error.forbidden"));
        }
    }

    private static ProblemException noSuchJob() {
        return new ProblemException.NotFound(PageText.of("printing.error.jobNotFound"));
    }
}

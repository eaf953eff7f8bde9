package vn.xuatxu.api.ledger;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.application.AccountAdministration;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the ledger refused, for the organisation that made them: its administrator sees each one with the
 * ledger's reason and sends it again once the cause is fixed (typically a product that reached the ledger
 * after its lot, or a ledger that was misconfigured). A retried entry keeps its place in the outbox and its
 * record shows "pending" again until the ledger answers; the contract's idempotent registrations make a
 * retry of something that did get through harmless.
 */
@Singleton
public final class FailedWrites {

    /** The most refused writes a page or call lists. */
    public static final int LIMIT = 200;

    private final DSLContext db;
    private final Outbox outbox;
    private final Map<Outbox.SubjectType, OutboxSubject> subjects;

    FailedWrites(DSLContext db, Outbox outbox, List<OutboxSubject> subjects) {
        this.db = db;
        this.outbox = outbox;
        this.subjects = subjects.stream().collect(Collectors.toMap(OutboxSubject::type, Function.identity()));
    }

    /** True for the people who may see and retry their organisation's refused writes. */
    public static boolean mayRetry(Actor actor) {
        return actor.hasAnyRole(AccountAdministration.adminRoleOf(actor.organisationKind()));
    }

    /** What a contract function did, in the words of the home page. */
    public static String describe(String function) {
        return switch (function) {
            case "registerOrganisation" -> "Đăng ký tổ chức";
            case "registerProduct" -> "Đăng ký sản phẩm";
            case "updateProduct" -> "Sửa sản phẩm";
            case "registerLot" -> "Đăng ký lô hàng";
            case "recordEvent" -> "Ghi sự kiện của lô";
            case "recallLot" -> "Thu hồi lô";
            case "registerLabelBatch" -> "Đăng ký đợt in tem";
            case "voidLabels" -> "Hủy tem";
            case "recordKitchenDay" -> "Ghi sổ bếp trong ngày";
            default -> function;
        };
    }

    public List<Outbox.FailedEntry> list(Actor actor) {
        requireAdmin(actor);
        return outbox.failed(db, actor.mspId(), LIMIT);
    }

    /** Sends one refused write again. */
    public void retry(Actor actor, long entryId) {
        requireAdmin(actor);
        Outbox.Submission submission = outbox.submission(db, entryId)
                .filter(s -> s.submitterMspId().equals(actor.mspId()))
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("ledger.error.writeNotFound", entryId)));
        if (!submission.failed()) {
            throw new ProblemException.Conflict(PageText.of("ledger.error.writeNotFailed", entryId));
        }
        db.transaction(configuration -> requeue(configuration.dsl(), entryId));
    }

    /** Sends every refused write of the organisation again (they leave in their original order); returns how many. */
    public int retryAll(Actor actor) {
        requireAdmin(actor);
        List<Outbox.FailedEntry> failed = outbox.failed(db, actor.mspId(), LIMIT);
        return db.transactionResult(configuration -> {
            int count = 0;
            for (Outbox.FailedEntry entry : failed) {
                count += requeue(configuration.dsl(), entry.id()) ? 1 : 0;
            }
            return count;
        });
    }

    private boolean requeue(DSLContext transaction, long entryId) {
        return outbox.requeue(transaction, entryId).map(subject -> {
            OutboxSubject kind = subjects.get(subject.type());
            if (kind != null && subject.id() != null) {
                kind.markRetrying(transaction, subject.id());
            }
            return true;
        }).orElse(false);
    }

    private static void requireAdmin(Actor actor) {
        if (!mayRetry(actor)) {
            throw new ProblemException.Forbidden(PageText.of(actor.organisationKind() == OrganisationKind.PRODUCER
                    ? "ledger.error.retryAdminsProducer" : "ledger.error.retryAdmins"));
        }
    }
}

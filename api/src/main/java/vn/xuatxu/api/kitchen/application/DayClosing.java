package vn.xuatxu.api.kitchen.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.persistence.AccountStore;
import vn.xuatxu.api.kitchen.persistence.DayVersionStore;
import vn.xuatxu.api.kitchen.persistence.DayVersionStore.StoredVersion;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.day.DayVersion;
import vn.xuatxu.kitchen.day.KitchenDay;
import vn.xuatxu.kitchen.day.KitchenDayHistory;

/**
 * Closes a kitchen day, or amends a closed one, and anchors its hash on the ledger.
 *
 * <p>The day is rebuilt from its standing rows and closed by the domain ({@link KitchenDay#close}), which
 * refuses an incomplete day (a dish without a sample, a sample after eating started …). Earlier versions
 * are replayed through {@link KitchenDayHistory} at the instants they were recorded, so an amendment gets
 * its number, previous hash and reason check from the domain. The version row and its outbox entry
 * ({@code recordKitchenDay}) are written in one database transaction; the relay delivers it.
 */
@Singleton
public final class DayClosing {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DSLContext db;
    private final KitchenAccess access;
    private final DayReconstruction reconstruction;
    private final DayVersionStore versions;
    private final AccountStore accounts;
    private final Outbox outbox;
    private final Clock clock;

    public DayClosing(DSLContext db, KitchenAccess access, DayReconstruction reconstruction, DayVersionStore versions,
                      AccountStore accounts, Outbox outbox, Clock clock) {
        this.db = db;
        this.access = access;
        this.reconstruction = reconstruction;
        this.versions = versions;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Closes the day (version 1) or records an amendment (a reason is then required). */
    public StoredVersion close(Actor actor, String kitchenId, LocalDate day, String reason) {
        Kitchen kitchen = access.closable(actor, kitchenId);
        LocalDate today = LocalDate.now(clock.withZone(KitchenTime.ZONE));
        if (day == null || day.isAfter(today)) {
            throw new ProblemException.InvalidInput("day", PageText.of("kitchen.error.closeFutureDay"));
        }
        String name = accounts.byUsername(db, actor.username()).map(AccountStore.Account::displayName).orElse(actor.username());
        String why = KitchenEntries.optional(reason, 500);
        try {
            return db.transactionResult(configuration -> {
                DSLContext tx = configuration.dsl();
                Instant now = clock.instant();
                DayRecords records = reconstruction.load(tx, kitchen, day);
                KitchenDay current = reconstruction.closedDay(records.standingAt(now));
                List<StoredVersion> stored = versions.versions(tx, kitchen.id(), day);
                DayVersion next = stored.isEmpty()
                        ? firstVersion(current, actor.userId(), name, now)
                        : amendment(records, stored, current, why, actor.userId(), name, now);
                StoredVersion version = new StoredVersion(0, day, next.number(), next.contentHash().hex(),
                        next.versionHash().hex(), next.previous().map(h -> h.hex()).orElse(null), next.reason().orElse(null),
                        current.canonicalText(), actor.userId(), name, now, null);
                long outboxId = outbox.enqueue(tx, Outbox.SubjectType.LEDGER, null,
                        LedgerTransaction.of(kitchen.mspId(), "recordKitchenDay", ledgerArgument(version)));
                versions.insert(tx, kitchen.id(), version, outboxId);
                return versions.latest(tx, kitchen.id(), day).orElseThrow();
            });
        } catch (DayVersionStore.VersionTakenException e) {
            throw new ProblemException.Conflict(PageText.of("kitchen.error.closedElsewhere", day));
        }
    }

    private static DayVersion firstVersion(KitchenDay day, long userId, String name, Instant now) {
        ReplayClock at = new ReplayClock(now);
        return KitchenDayHistory.record(day, DayReconstruction.signature(userId, name, DayReconstruction.local(now)), at)
                .current();
    }

    private DayVersion amendment(DayRecords records, List<StoredVersion> stored, KitchenDay current, String reason,
                                 long userId, String name, Instant now) {
        ReplayClock at = new ReplayClock(stored.get(0).recordedAt());
        KitchenDayHistory history = null;
        for (StoredVersion v : stored) {
            at.set(v.recordedAt());
            KitchenDay then = reconstruction.closedDay(records.standingAt(v.recordedAt()));
            var signature = DayReconstruction.signature(v.recordedBy(), v.recordedByName(),
                    DayReconstruction.local(v.recordedAt()));
            if (history == null) {
                history = KitchenDayHistory.record(then, signature, at);
            } else {
                history.amend(then, v.reason(), signature).orElseThrow();
            }
        }
        at.set(now);
        Outcome<DayVersion> next = history.amend(current, reason, DayReconstruction.signature(userId, name,
                DayReconstruction.local(now)));
        if (next instanceof Outcome.Rejected<DayVersion> rejected) {
            throw ViolationMessages.refusal("reason", rejected.violations());
        }
        return next.orElseThrow();
    }

    /** {@code recordKitchenDay}'s argument, see docs/chaincode.md. */
    static String ledgerArgument(StoredVersion version) {
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("date", version.day().toString());
        day.put("contentHash", version.contentHash());
        if (version.version() > 1) {
            day.put("amendmentReason", version.reason());
        }
        try {
            return JSON.writeValueAsString(day);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kitchen day cannot be encoded", e);
        }
    }
}

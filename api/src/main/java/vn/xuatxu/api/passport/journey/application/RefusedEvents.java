package vn.xuatxu.api.passport.journey.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.ledger.FailedWrites;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.passport.journey.domain.LotStatus;
import vn.xuatxu.api.passport.journey.persistence.LotCustodyStore;
import vn.xuatxu.api.passport.journey.persistence.TraceEventStore;
import vn.xuatxu.api.passport.lot.application.LotLookup;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.util.List;
import java.util.Optional;

/**
 * Keeps a lot's off-chain state honest when the ledger refuses one of its events. The database changes a
 * shipment, receipt or processing made (who holds the lot, its status, the amount used) were written with
 * the event, before the ledger answered; if the ledger then refuses, the database and the ledger disagree.
 * Rather than guess, the lot is held: no further event may be recorded on it (recall stays possible, for
 * safety) until the organisation's administrator either sends the event again (the failed-writes retry; the
 * hold lifts while it is pending and for good once committed) or discards it, which puts every lot the
 * event named back as it was just before, i.e. as the ledger still has it.
 */
@Singleton
public final class RefusedEvents {

    /** A refused event holding a lot, and whether this person may retry or discard it. */
    public record Hold(long eventId, String step, String error, Long outboxEntryId, boolean mayResolve) {
    }

    private final DSLContext db;
    private final TraceEventStore events;
    private final LotCustodyStore custody;
    private final Outbox outbox;
    private final LotLookup lookup;

    RefusedEvents(DSLContext db, TraceEventStore events, LotCustodyStore custody, Outbox outbox, LotLookup lookup) {
        this.db = db;
        this.events = events;
        this.custody = custody;
        this.outbox = outbox;
        this.lookup = lookup;
    }

    /** Refuses to go on while an event of the lot waits for its administrator after the ledger refused it. */
    public void requireNotHeld(DSLContext tx, LotStore.StoredLot lot) {
        Optional<TraceEventStore.Refused> refused = events.refusedNaming(tx, lot.id());
        if (refused.isPresent()) {
            throw new ProblemException.Conflict(PageText.of("journey.error.held." + refused.get().step().name(),
                    lot.details().lotNumber().value(),
                    refused.get().error() == null ? "" : refused.get().error()));
        }
    }

    /** What holds the lot, if anything, for its page; empty when nothing does. */
    public Optional<Hold> holdOf(Actor actor, long lotId) {
        lookup.find(actor, lotId);
        return events.refusedNaming(db, lotId).map(r -> new Hold(r.eventId(), r.step().name(), r.error(),
                outbox.entryOf(db, Outbox.SubjectType.TRACE_EVENT, r.eventId()).orElse(null),
                mayResolve(actor, r)));
    }

    /**
     * Gives up an event the ledger refused and restores what it changed off the ledger. Only the recording
     * organisation's administrator may, and only for the latest event of each lot it names (later ones first).
     */
    public void discard(Actor actor, long lotId, long eventId) {
        lookup.find(actor, lotId);
        db.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            TraceEventStore.Refused refused = events.refused(tx, eventId)
                    .orElseThrow(() -> new ProblemException.Conflict(PageText.of("journey.error.notRefused", eventId)));
            List<TraceEventStore.StoredLink> links = events.links(tx, eventId);
            if (links.stream().noneMatch(link -> link.lotId() == lotId)) {
                throw new ProblemException.NotFound(PageText.of("journey.error.notRefused", eventId));
            }
            if (!mayResolve(actor, refused)) {
                throw new ProblemException.Forbidden(PageText.of("journey.error.discardAdminOnly"));
            }
            for (TraceEventStore.StoredLink link : links) {
                if (events.hasLaterEvent(tx, link.lotId(), eventId)) {
                    throw new ProblemException.Conflict(PageText.of("journey.error.discardLaterFirst"));
                }
            }
            for (TraceEventStore.StoredLink link : links) {
                LotCustodyStore.Custody before = link.previous();
                if (before == null) {
                    continue;
                }
                LotCustodyStore.Custody now = custody.of(tx, link.lotId(), true).orElseThrow();
                // A recall made meanwhile stands: the lot goes back to its holder but stays recalled.
                LotStatus status = now.status() == LotStatus.RECALLED ? LotStatus.RECALLED : before.status();
                custody.set(tx, link.lotId(), status, before.custodianId(), before.receiverId());
            }
            events.markDiscarded(tx, eventId);
            outbox.discard(tx, Outbox.SubjectType.TRACE_EVENT, eventId);
        });
    }

    private static boolean mayResolve(Actor actor, TraceEventStore.Refused refused) {
        return FailedWrites.mayRetry(actor) && refused.organisationId() == actor.organisationId();
    }
}

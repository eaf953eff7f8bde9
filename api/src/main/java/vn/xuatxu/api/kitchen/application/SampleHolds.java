package vn.xuatxu.api.kitchen.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.persistence.AccountStore;
import vn.xuatxu.api.kitchen.persistence.HoldStore;
import vn.xuatxu.api.kitchen.persistence.HoldStore.StoredHold;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.kitchen.KitchenTime;

/**
 * Legal holds on a kitchen's retained samples when food poisoning is suspected or an authority asks for them
 * (reference §2 and rules §5.2–5.3). Placing a hold is never refused for its content: a reason and the days
 * are all it needs, because nothing may delay protecting evidence. Lifting needs the authority's reference.
 * While a hold is on, the domain's sample register refuses to destroy the samples it covers.
 */
@Singleton
public final class SampleHolds {

    /** How far back a hold may reach: samples older than this have normally been destroyed already. */
    static final int MAX_DAYS_BACK = 60;

    private final DSLContext db;
    private final KitchenAccess access;
    private final HoldStore holds;
    private final AccountStore accounts;
    private final Clock clock;

    SampleHolds(DSLContext db, KitchenAccess access, HoldStore holds, AccountStore accounts, Clock clock) {
        this.db = db;
        this.access = access;
        this.holds = holds;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Puts every sample taken from {@code from} to {@code to} (either order) under a hold; returns its id. */
    public String place(Actor actor, String kitchenId, LocalDate from, LocalDate to, String reason) {
        Kitchen kitchen = access.holdable(actor, kitchenId);
        LocalDate today = LocalDate.now(clock.withZone(KitchenTime.ZONE));
        LocalDate first = from == null ? (to == null ? today : to) : from;
        LocalDate last = to == null ? first : to;
        if (first.isAfter(last)) {
            LocalDate swap = first;
            first = last;
            last = swap;
        }
        if (first.isBefore(today.minusDays(MAX_DAYS_BACK)) || last.isAfter(today)) {
            throw new ProblemException.InvalidInput("from", PageText.of("kitchen.error.holdDayRange", MAX_DAYS_BACK));
        }
        String why = KitchenEntries.required(reason, "reason", KitchenEntries.label("holdReason"), 500);
        LocalDate start = first;
        LocalDate end = last;
        long id = db.transactionResult(c -> holds.place(c.dsl(), kitchen.id(), start, end, why, clock.instant(),
                actor.userId(), name(actor)));
        return "PT-" + id;
    }

    /** Lifts a hold on the authority's word, whose document or message reference is required. */
    public void release(Actor actor, String kitchenId, long holdId, String reference) {
        Kitchen kitchen = access.holdable(actor, kitchenId);
        StoredHold hold = holds.hold(db, kitchen.id(), holdId)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("kitchen.error.noHold", "PT-" + holdId)));
        String ref = KitchenEntries.required(reference, "releaseReference",
                KitchenEntries.label("releaseReference"), 300);
        if (!holds.release(db, kitchen.id(), hold.id(), ref, clock.instant(), actor.userId(), name(actor))) {
            throw new ProblemException.Conflict(PageText.of("kitchen.error.holdAlreadyReleased", hold.holdId()));
        }
    }

    /** The holds still on in a kitchen, for its staff and the agency. */
    public List<StoredHold> active(Actor actor, String kitchenId) {
        return holds.active(db, access.readable(actor, kitchenId).id());
    }

    private String name(Actor actor) {
        return accounts.byUsername(db, actor.username()).map(AccountStore.Account::displayName).orElse(actor.username());
    }
}

package vn.xuatxu.api.passport.journey.web;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.passport.journey.application.RefusedEvents;
import vn.xuatxu.api.passport.journey.persistence.TraceEventStore;
import vn.xuatxu.api.passport.lot.application.LotLookup;
import vn.xuatxu.api.passport.lot.persistence.LotStore;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lot's one step back and one step forward (Circular 02's principle): the lots it was made from and the
 * lots made from it, each with the amount used, plus what is left of it and the refused event holding it,
 * if any. Shared by the API, the lot page's processing section and the processing page.
 */
@Singleton
final class LotNeighbours {

    /** A lot next to this one, with the amount of the input the processing used. */
    record Lot(long lotId, String gtin, String lotNumber, String productName, String organisation,
               BigDecimal quantityUsed, String unit, long eventId, String ledgerStatus) {
    }

    record View(BigDecimal left, String unit, List<Lot> madeFrom, List<Lot> madeInto, Optional<RefusedEvents.Hold> hold) {
    }

    private final DSLContext db;
    private final LotLookup lookup;
    private final LotStore lots;
    private final TraceEventStore events;
    private final RefusedEvents refused;

    LotNeighbours(DSLContext db, LotLookup lookup, LotStore lots, TraceEventStore events, RefusedEvents refused) {
        this.db = db;
        this.lookup = lookup;
        this.lots = lots;
        this.events = events;
        this.refused = refused;
    }

    View of(Actor actor, long lotId) {
        LotStore.StoredLot lot = lookup.find(actor, lotId);
        List<TraceEventStore.Neighbour> all = events.neighbours(db, lotId);
        // The amounts used are the inputs': on the way back the neighbour's, on the way forward this lot's.
        List<Lot> madeFrom = all.stream().filter(n -> n.role() == TraceEventStore.Role.INPUT)
                .map(n -> lot(n, n.quantityUsed(), null)).toList();
        List<Lot> madeInto = all.stream().filter(n -> n.role() == TraceEventStore.Role.OUTPUT)
                .map(n -> lot(n, events.links(db, n.eventId()).stream().filter(l -> l.lotId() == lotId)
                        .map(TraceEventStore.StoredLink::quantityUsed).findFirst().orElse(null), lot.details().unit().name()))
                .toList();
        return new View(plain(lot.details().quantity().subtract(events.used(db, lotId))),
                lot.details().unit().name(), madeFrom, madeInto, refused.holdOf(actor, lotId));
    }

    /** What the lot page's processing section shows (see the {@code lot-journey} fragment of processing.html). */
    Map<String, Object> lotPage(Actor actor, long lotId) {
        View view = of(actor, lotId);
        Map<String, Object> model = new HashMap<>();
        model.put("journeyLeft", view.left().toPlainString());
        model.put("journeyUnit", view.unit());
        model.put("journeyMadeFrom", view.madeFrom());
        model.put("journeyMadeInto", view.madeInto());
        model.put("journeyHold", view.hold().orElse(null));
        return model;
    }

    /** The output lot of a processing event. */
    long outputOf(long eventId) {
        return events.links(db, eventId).stream().filter(l -> l.role() == TraceEventStore.Role.OUTPUT)
                .mapToLong(TraceEventStore.StoredLink::lotId).findFirst().orElseThrow();
    }

    /** The amount without trailing zeros and never in exponent form ({@code 10}, not {@code 1E+1}). */
    private static BigDecimal plain(BigDecimal amount) {
        return new BigDecimal(amount.stripTrailingZeros().toPlainString());
    }

    private Lot lot(TraceEventStore.Neighbour neighbour, BigDecimal used, String unitOfThisLot) {
        LotStore.StoredLot other = lots.byId(db, neighbour.lotId()).orElseThrow();
        return new Lot(other.id(), other.details().gtin().value(), other.details().lotNumber().value(), other.productName(),
                other.producerName(), used == null ? null : plain(used),
                unitOfThisLot == null ? other.details().unit().name() : unitOfThisLot,
                neighbour.eventId(), neighbour.ledgerStatus());
    }
}

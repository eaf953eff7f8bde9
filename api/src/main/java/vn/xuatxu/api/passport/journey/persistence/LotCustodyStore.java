package vn.xuatxu.api.passport.journey.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.db.enums.LotCustodyStatus;
import vn.xuatxu.api.passport.journey.domain.LotStatus;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static vn.xuatxu.api.db.Tables.LOT;
import static vn.xuatxu.api.db.Tables.LOT_CUSTODY;
import static vn.xuatxu.api.db.Tables.PRODUCT;
import static vn.xuatxu.api.db.Tables.TRACE_EVENT;
import static vn.xuatxu.api.db.Tables.TRACE_EVENT_LOT;

/** Who holds a lot and in what state, as this database last knew it; no row means active with its owner. */
@Singleton
public final class LotCustodyStore {

    /** The lot's owner, holder, status and open shipment. */
    public record Custody(long lotId, long ownerId, LotStatus status, long custodianId, Long receiverId) {
    }

    private final Clock clock;

    LotCustodyStore(Clock clock) {
        this.clock = clock;
    }

    /** Reads the custody of a lot, locking its row when inside a transaction that will change it. */
    public Optional<Custody> of(DSLContext db, long lotId, boolean forUpdate) {
        var owner = db.select(PRODUCT.ORGANISATION_ID).from(LOT).join(PRODUCT).on(PRODUCT.ID.eq(LOT.PRODUCT_ID))
                .where(LOT.ID.eq(lotId));
        Optional<Long> ownerId = forUpdate ? owner.forUpdate().fetchOptional(PRODUCT.ORGANISATION_ID)
                : owner.fetchOptional(PRODUCT.ORGANISATION_ID);
        if (ownerId.isEmpty()) {
            return Optional.empty();
        }
        var row = db.selectFrom(LOT_CUSTODY).where(LOT_CUSTODY.LOT_ID.eq(lotId)).fetchOptional();
        return Optional.of(row.map(r -> new Custody(lotId, ownerId.get(), LotStatus.valueOf(r.getStatus().name()),
                        r.getCustodianOrganisationId(), r.getReceiverOrganisationId()))
                .orElse(new Custody(lotId, ownerId.get(), LotStatus.ACTIVE, ownerId.get(), null)));
    }

    public void set(DSLContext transaction, long lotId, LotStatus status, long custodianId, Long receiverId) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        transaction.insertInto(LOT_CUSTODY)
                .set(LOT_CUSTODY.LOT_ID, lotId)
                .set(LOT_CUSTODY.STATUS, LotCustodyStatus.valueOf(status.name()))
                .set(LOT_CUSTODY.CUSTODIAN_ORGANISATION_ID, custodianId)
                .set(LOT_CUSTODY.RECEIVER_ORGANISATION_ID, receiverId)
                .set(LOT_CUSTODY.UPDATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(LOT_CUSTODY.STATUS, LotCustodyStatus.valueOf(status.name()))
                .set(LOT_CUSTODY.CUSTODIAN_ORGANISATION_ID, custodianId)
                .set(LOT_CUSTODY.RECEIVER_ORGANISATION_ID, receiverId)
                .set(LOT_CUSTODY.UPDATED_AT, now)
                .execute();
    }

    /** True when the organisation owns, holds, is about to receive, or once recorded an event on the lot. */
    public boolean involves(DSLContext db, long lotId, long organisationId) {
        Optional<Custody> custody = of(db, lotId, false);
        if (custody.isEmpty()) {
            return false;
        }
        Custody c = custody.get();
        if (c.ownerId() == organisationId || c.custodianId() == organisationId
                || (c.receiverId() != null && c.receiverId() == organisationId)) {
            return true;
        }
        return db.fetchExists(db.selectOne().from(TRACE_EVENT_LOT).join(TRACE_EVENT).on(TRACE_EVENT.ID.eq(TRACE_EVENT_LOT.EVENT_ID))
                .where(TRACE_EVENT_LOT.LOT_ID.eq(lotId)).and(TRACE_EVENT.ORGANISATION_ID.eq(organisationId)
                        .or(TRACE_EVENT.RECEIVER_ORGANISATION_ID.eq(organisationId))));
    }

    /** Lots of other owners that the organisation holds or is about to receive, newest first. */
    public List<Long> heldFromOthers(DSLContext db, long organisationId, int limit) {
        return db.select(LOT_CUSTODY.LOT_ID).from(LOT_CUSTODY).join(LOT).on(LOT.ID.eq(LOT_CUSTODY.LOT_ID))
                .join(PRODUCT).on(PRODUCT.ID.eq(LOT.PRODUCT_ID))
                .where(PRODUCT.ORGANISATION_ID.ne(organisationId))
                .and(LOT_CUSTODY.CUSTODIAN_ORGANISATION_ID.eq(organisationId)
                        .or(LOT_CUSTODY.RECEIVER_ORGANISATION_ID.eq(organisationId)))
                .orderBy(LOT_CUSTODY.UPDATED_AT.desc()).limit(limit).fetch(LOT_CUSTODY.LOT_ID);
    }

    /** The lots, breadth first, that the given lots were made from (for refusing a processing loop). */
    public Set<Long> ancestors(DSLContext db, java.util.Collection<Long> lotIds) {
        Set<Long> seen = new LinkedHashSet<>();
        Deque<Long> queue = new ArrayDeque<>(lotIds);
        while (!queue.isEmpty() && seen.size() < 200) {
            long next = queue.removeFirst();
            if (!seen.add(next)) {
                continue;
            }
            var inputs = TRACE_EVENT_LOT.as("input");
            var outputs = TRACE_EVENT_LOT.as("output");
            queue.addAll(db.select(inputs.LOT_ID).from(outputs).join(inputs).on(inputs.EVENT_ID.eq(outputs.EVENT_ID))
                    .join(TRACE_EVENT).on(TRACE_EVENT.ID.eq(outputs.EVENT_ID))
                    .where(outputs.LOT_ID.eq(next)).and(outputs.ROLE.eq(vn.xuatxu.api.db.enums.TraceEventLotRole.OUTPUT))
                    .and(inputs.ROLE.eq(vn.xuatxu.api.db.enums.TraceEventLotRole.INPUT))
                    .and(TRACE_EVENT.LEDGER_STATUS.ne(vn.xuatxu.api.db.enums.TraceEventLedgerStatus.DISCARDED))
                    .fetch(inputs.LOT_ID));
        }
        return seen;
    }

    /** The lot and, breadth first, every lot made from it (the off-chain mirror of the contract's recall walk). */
    public List<Long> withDescendants(DSLContext db, long lotId) {
        Set<Long> seen = new LinkedHashSet<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(lotId));
        while (!queue.isEmpty() && seen.size() < 200) {
            long next = queue.removeFirst();
            if (!seen.add(next)) {
                continue;
            }
            var inputs = TRACE_EVENT_LOT.as("input");
            var outputs = TRACE_EVENT_LOT.as("output");
            List<Long> children = new ArrayList<>(db.select(outputs.LOT_ID).from(inputs).join(outputs)
                    .on(outputs.EVENT_ID.eq(inputs.EVENT_ID))
                    .join(TRACE_EVENT).on(TRACE_EVENT.ID.eq(inputs.EVENT_ID))
                    .where(inputs.LOT_ID.eq(next)).and(inputs.ROLE.eq(vn.xuatxu.api.db.enums.TraceEventLotRole.INPUT))
                    .and(outputs.ROLE.eq(vn.xuatxu.api.db.enums.TraceEventLotRole.OUTPUT))
                    .and(TRACE_EVENT.LEDGER_STATUS.ne(vn.xuatxu.api.db.enums.TraceEventLedgerStatus.DISCARDED))
                    .orderBy(outputs.LOT_ID).fetch(outputs.LOT_ID));
            queue.addAll(children);
        }
        return List.copyOf(seen);
    }
}

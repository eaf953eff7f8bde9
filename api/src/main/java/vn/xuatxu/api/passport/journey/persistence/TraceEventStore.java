package vn.xuatxu.api.passport.journey.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.xuatxu.api.db.enums.TraceEventKind;
import vn.xuatxu.api.db.enums.TraceEventLedgerStatus;
import vn.xuatxu.api.db.enums.TraceEventLotPreviousStatus;
import vn.xuatxu.api.db.enums.TraceEventLotRole;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.ledger.OutboxSubject;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.api.passport.journey.domain.JourneyStep;
import vn.xuatxu.api.passport.journey.domain.LotStatus;
import org.jooq.impl.DSL;
import java.math.BigDecimal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.APP_USER;
import static vn.xuatxu.api.db.Tables.ORGANISATION;
import static vn.xuatxu.api.db.Tables.TRACE_EVENT;
import static vn.xuatxu.api.db.Tables.TRACE_EVENT_LOT;

/** EPCIS events as captured, the lots they name, and what the ledger said about each. */
@Singleton
public final class TraceEventStore implements OutboxSubject {

    /** How a lot takes part in an event. */
    public enum Role { SUBJECT, INPUT, OUTPUT }

    /**
     * How a lot takes part in a new event: its role, the amount of it a transformation used (inputs only) and
     * its custody just before the event changed it (null when it did not; the owner is not kept, it never changes),
     * kept so that an event the ledger refuses can be discarded and the lot put back as the ledger has it.
     */
    public record Link(Role role, BigDecimal quantityUsed, LotCustodyStore.Custody previous) {

        /** A lot the event names without changing where it is or who holds it. */
        public static Link unchanged(Role role) {
            return new Link(role, null, null);
        }
    }

    /** A new event with everything that is stored about it. */
    public record NewEvent(String eventHash, JourneyStep step, String epcisType, String bizStep, LocalDateTime eventTimeUtc,
                           String epcisJson, String preHash, String algorithm, long organisationId, long recordedBy,
                           Long receiverId, String note, Attachment attachment, Map<Long, Link> lots) {
    }

    /** A lot an event named, with what it was before the event (see {@link Link}). */
    public record StoredLink(long lotId, Role role, BigDecimal quantityUsed, LotCustodyStore.Custody previous) {
    }

    /** An event of a lot the ledger refused and nobody has retried or discarded yet. */
    public record Refused(long eventId, JourneyStep step, long organisationId, String error) {
    }

    /** A lot one processing step away: an input a lot was made from, or an output made from it. */
    public record Neighbour(long eventId, long lotId, Role role, BigDecimal quantityUsed, String ledgerStatus) {
    }

    /** A file attached to an event, stored by content under the data folder. */
    public record Attachment(String name, String contentType, String sha256, String relativePath) {
    }

    /** An event as the timeline shows it. */
    public record StoredEvent(long id, String eventHash, JourneyStep step, String bizStep, LocalDateTime eventTimeUtc,
                              String epcisJson, String preHash, String organisationName, String recordedBy,
                              String receiverName, String note, Attachment attachment, String ledgerStatus,
                              String ledgerTransactionId, Long ledgerBlock, String ledgerError, Role role) {
    }

    private final Clock clock;

    TraceEventStore(Clock clock) {
        this.clock = clock;
    }

    public long insert(DSLContext transaction, NewEvent event) {
        Attachment a = event.attachment();
        long id = transaction.insertInto(TRACE_EVENT)
                .set(TRACE_EVENT.EVENT_HASH, event.eventHash())
                .set(TRACE_EVENT.KIND, TraceEventKind.valueOf(event.step().name()))
                .set(TRACE_EVENT.EPCIS_TYPE, event.epcisType())
                .set(TRACE_EVENT.BIZ_STEP, event.bizStep())
                .set(TRACE_EVENT.EVENT_TIME, event.eventTimeUtc())
                .set(TRACE_EVENT.EPCIS_JSON, event.epcisJson())
                .set(TRACE_EVENT.PRE_HASH, event.preHash())
                .set(TRACE_EVENT.HASH_ALGORITHM, event.algorithm())
                .set(TRACE_EVENT.ORGANISATION_ID, event.organisationId())
                .set(TRACE_EVENT.RECORDED_BY, event.recordedBy())
                .set(TRACE_EVENT.RECEIVER_ORGANISATION_ID, event.receiverId())
                .set(TRACE_EVENT.NOTE, event.note())
                .set(TRACE_EVENT.ATTACHMENT_NAME, a == null ? null : a.name())
                .set(TRACE_EVENT.ATTACHMENT_TYPE, a == null ? null : a.contentType())
                .set(TRACE_EVENT.ATTACHMENT_SHA256, a == null ? null : a.sha256())
                .set(TRACE_EVENT.ATTACHMENT_PATH, a == null ? null : a.relativePath())
                .set(TRACE_EVENT.LEDGER_STATUS, TraceEventLedgerStatus.PENDING)
                .set(TRACE_EVENT.CREATED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .returningResult(TRACE_EVENT.ID).fetchOne().value1();
        event.lots().forEach((lotId, link) -> {
            LotCustodyStore.Custody before = link.previous();
            transaction.insertInto(TRACE_EVENT_LOT)
                    .set(TRACE_EVENT_LOT.EVENT_ID, id)
                    .set(TRACE_EVENT_LOT.LOT_ID, lotId)
                    .set(TRACE_EVENT_LOT.ROLE, TraceEventLotRole.valueOf(link.role().name()))
                    .set(TRACE_EVENT_LOT.QUANTITY_USED, link.quantityUsed())
                    .set(TRACE_EVENT_LOT.PREVIOUS_STATUS, before == null ? null
                            : TraceEventLotPreviousStatus.valueOf(before.status().name()))
                    .set(TRACE_EVENT_LOT.PREVIOUS_CUSTODIAN_ID, before == null ? null : before.custodianId())
                    .set(TRACE_EVENT_LOT.PREVIOUS_RECEIVER_ID, before == null ? null : before.receiverId())
                    .execute();
        });
        return id;
    }

    /** How much of a lot transformations have used, leaving out discarded ones (an input used up counts as none). */
    public BigDecimal used(DSLContext db, long lotId) {
        BigDecimal used = db.select(DSL.sum(TRACE_EVENT_LOT.QUANTITY_USED)).from(TRACE_EVENT_LOT)
                .join(TRACE_EVENT).on(TRACE_EVENT.ID.eq(TRACE_EVENT_LOT.EVENT_ID))
                .where(TRACE_EVENT_LOT.LOT_ID.eq(lotId)).and(TRACE_EVENT_LOT.ROLE.eq(TraceEventLotRole.INPUT))
                .and(TRACE_EVENT.LEDGER_STATUS.ne(TraceEventLedgerStatus.DISCARDED))
                .fetchOne(0, BigDecimal.class);
        return used == null ? BigDecimal.ZERO : used;
    }

    /** The oldest event naming the lot that the ledger refused and that waits for a retry or a discard. */
    public Optional<Refused> refusedNaming(DSLContext db, long lotId) {
        return db.select(TRACE_EVENT.ID, TRACE_EVENT.KIND, TRACE_EVENT.ORGANISATION_ID, TRACE_EVENT.LEDGER_ERROR)
                .from(TRACE_EVENT_LOT).join(TRACE_EVENT).on(TRACE_EVENT.ID.eq(TRACE_EVENT_LOT.EVENT_ID))
                .where(TRACE_EVENT_LOT.LOT_ID.eq(lotId)).and(TRACE_EVENT.LEDGER_STATUS.eq(TraceEventLedgerStatus.FAILED))
                .orderBy(TRACE_EVENT.ID).limit(1)
                .fetchOptional(r -> new Refused(r.value1(), JourneyStep.valueOf(r.value2().name()), r.value3(), r.value4()));
    }

    /** The lots an event named, each with its custody before the event. */
    public List<StoredLink> links(DSLContext db, long eventId) {
        return db.selectFrom(TRACE_EVENT_LOT)
                .where(TRACE_EVENT_LOT.EVENT_ID.eq(eventId)).orderBy(TRACE_EVENT_LOT.LOT_ID)
                .fetch(r -> new StoredLink(r.get(TRACE_EVENT_LOT.LOT_ID), Role.valueOf(r.get(TRACE_EVENT_LOT.ROLE).name()),
                        r.get(TRACE_EVENT_LOT.QUANTITY_USED), r.get(TRACE_EVENT_LOT.PREVIOUS_STATUS) == null ? null
                        : new LotCustodyStore.Custody(r.get(TRACE_EVENT_LOT.LOT_ID), 0,
                        LotStatus.valueOf(r.get(TRACE_EVENT_LOT.PREVIOUS_STATUS).name()),
                        r.get(TRACE_EVENT_LOT.PREVIOUS_CUSTODIAN_ID), r.get(TRACE_EVENT_LOT.PREVIOUS_RECEIVER_ID))));
    }

    /** True when an event recorded after {@code eventId} names the lot and was not discarded. */
    public boolean hasLaterEvent(DSLContext db, long lotId, long eventId) {
        return db.fetchExists(db.selectOne().from(TRACE_EVENT_LOT).join(TRACE_EVENT).on(TRACE_EVENT.ID.eq(TRACE_EVENT_LOT.EVENT_ID))
                .where(TRACE_EVENT_LOT.LOT_ID.eq(lotId)).and(TRACE_EVENT.ID.gt(eventId))
                .and(TRACE_EVENT.LEDGER_STATUS.ne(TraceEventLedgerStatus.DISCARDED)));
    }

    /** Who recorded an event and what the ledger said, for deciding whether it may be discarded. */
    public Optional<Refused> refused(DSLContext db, long eventId) {
        return db.select(TRACE_EVENT.ID, TRACE_EVENT.KIND, TRACE_EVENT.ORGANISATION_ID, TRACE_EVENT.LEDGER_ERROR)
                .from(TRACE_EVENT).where(TRACE_EVENT.ID.eq(eventId))
                .and(TRACE_EVENT.LEDGER_STATUS.eq(TraceEventLedgerStatus.FAILED)).forUpdate()
                .fetchOptional(r -> new Refused(r.value1(), JourneyStep.valueOf(r.value2().name()), r.value3(), r.value4()));
    }

    /** The event will never go to the ledger: the ledger refused it and an administrator gave it up. */
    public void markDiscarded(DSLContext transaction, long eventId) {
        transaction.update(TRACE_EVENT).set(TRACE_EVENT.LEDGER_STATUS, TraceEventLedgerStatus.DISCARDED)
                .where(TRACE_EVENT.ID.eq(eventId)).execute();
    }

    /**
     * One step back (the inputs of the processing that made the lot) and one step forward (the outputs of
     * the processing that used it), leaving out discarded events; oldest first.
     */
    public List<Neighbour> neighbours(DSLContext db, long lotId) {
        var self = TRACE_EVENT_LOT.as("self");
        var other = TRACE_EVENT_LOT.as("other");
        return db.select(other.EVENT_ID, other.LOT_ID, other.ROLE, other.QUANTITY_USED, TRACE_EVENT.LEDGER_STATUS)
                .from(self).join(other).on(other.EVENT_ID.eq(self.EVENT_ID)).and(other.LOT_ID.ne(self.LOT_ID))
                .join(TRACE_EVENT).on(TRACE_EVENT.ID.eq(self.EVENT_ID))
                .where(self.LOT_ID.eq(lotId)).and(TRACE_EVENT.KIND.eq(TraceEventKind.PROCESSING))
                .and(TRACE_EVENT.LEDGER_STATUS.ne(TraceEventLedgerStatus.DISCARDED))
                .and(self.ROLE.eq(TraceEventLotRole.OUTPUT).and(other.ROLE.eq(TraceEventLotRole.INPUT))
                        .or(self.ROLE.eq(TraceEventLotRole.INPUT).and(other.ROLE.eq(TraceEventLotRole.OUTPUT))))
                .orderBy(other.EVENT_ID, other.LOT_ID)
                .fetch(r -> new Neighbour(r.value1(), r.value2(), Role.valueOf(r.value3().name()), r.value4(),
                        r.value5().name()));
    }

    public boolean hashExists(DSLContext db, String eventHash) {
        return db.fetchExists(TRACE_EVENT, TRACE_EVENT.EVENT_HASH.eq(eventHash));
    }

    /** A lot's events, oldest first. */
    public List<StoredEvent> ofLot(DSLContext db, long lotId) {
        var receiver = ORGANISATION.as("receiver");
        return db.select(TRACE_EVENT.fields()).select(ORGANISATION.NAME, APP_USER.DISPLAY_NAME, receiver.NAME, TRACE_EVENT_LOT.ROLE)
                .from(TRACE_EVENT_LOT).join(TRACE_EVENT).on(TRACE_EVENT.ID.eq(TRACE_EVENT_LOT.EVENT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(TRACE_EVENT.ORGANISATION_ID))
                .join(APP_USER).on(APP_USER.ID.eq(TRACE_EVENT.RECORDED_BY))
                .leftJoin(receiver).on(receiver.ID.eq(TRACE_EVENT.RECEIVER_ORGANISATION_ID))
                .where(TRACE_EVENT_LOT.LOT_ID.eq(lotId))
                .orderBy(TRACE_EVENT.EVENT_TIME, TRACE_EVENT.ID)
                .fetch(row -> toStored(row, receiver.NAME));
    }

    public Optional<StoredEvent> byId(DSLContext db, long id) {
        var receiver = ORGANISATION.as("receiver");
        return db.select(TRACE_EVENT.fields()).select(ORGANISATION.NAME, APP_USER.DISPLAY_NAME, receiver.NAME, TRACE_EVENT_LOT.ROLE)
                .from(TRACE_EVENT).join(TRACE_EVENT_LOT).on(TRACE_EVENT_LOT.EVENT_ID.eq(TRACE_EVENT.ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(TRACE_EVENT.ORGANISATION_ID))
                .join(APP_USER).on(APP_USER.ID.eq(TRACE_EVENT.RECORDED_BY))
                .leftJoin(receiver).on(receiver.ID.eq(TRACE_EVENT.RECEIVER_ORGANISATION_ID))
                .where(TRACE_EVENT.ID.eq(id)).orderBy(TRACE_EVENT_LOT.ROLE).limit(1)
                .fetchOptional(row -> toStored(row, receiver.NAME));
    }

    private static StoredEvent toStored(Record row, org.jooq.Field<String> receiverName) {
        Attachment attachment = row.get(TRACE_EVENT.ATTACHMENT_SHA256) == null ? null
                : new Attachment(row.get(TRACE_EVENT.ATTACHMENT_NAME), row.get(TRACE_EVENT.ATTACHMENT_TYPE),
                row.get(TRACE_EVENT.ATTACHMENT_SHA256), row.get(TRACE_EVENT.ATTACHMENT_PATH));
        return new StoredEvent(row.get(TRACE_EVENT.ID), row.get(TRACE_EVENT.EVENT_HASH),
                JourneyStep.valueOf(row.get(TRACE_EVENT.KIND).name()), row.get(TRACE_EVENT.BIZ_STEP),
                row.get(TRACE_EVENT.EVENT_TIME), row.get(TRACE_EVENT.EPCIS_JSON), row.get(TRACE_EVENT.PRE_HASH),
                row.get(ORGANISATION.NAME), row.get(APP_USER.DISPLAY_NAME), row.get(receiverName),
                row.get(TRACE_EVENT.NOTE), attachment, row.get(TRACE_EVENT.LEDGER_STATUS).name(),
                row.get(TRACE_EVENT.LEDGER_TX_ID), row.get(TRACE_EVENT.LEDGER_BLOCK), row.get(TRACE_EVENT.LEDGER_ERROR),
                Role.valueOf(row.get(TRACE_EVENT_LOT.ROLE).name()));
    }

    @Override
    public Outbox.SubjectType type() {
        return Outbox.SubjectType.TRACE_EVENT;
    }

    @Override
    public void markRetrying(DSLContext transaction, long eventId) {
        transaction.update(TRACE_EVENT).set(TRACE_EVENT.LEDGER_STATUS, TraceEventLedgerStatus.PENDING)
                .setNull(TRACE_EVENT.LEDGER_ERROR).where(TRACE_EVENT.ID.eq(eventId)).execute();
    }

    @Override
    public void recordOutcome(DSLContext transaction, long eventId, SubmitOutcome outcome) {
        if (outcome instanceof SubmitOutcome.Committed committed) {
            transaction.update(TRACE_EVENT)
                    .set(TRACE_EVENT.LEDGER_STATUS, TraceEventLedgerStatus.COMMITTED)
                    .set(TRACE_EVENT.LEDGER_TX_ID, committed.transactionId())
                    .set(TRACE_EVENT.LEDGER_BLOCK, committed.blockNumber())
                    .set(TRACE_EVENT.LEDGER_ERROR, (String) null)
                    .where(TRACE_EVENT.ID.eq(eventId)).execute();
        } else if (outcome instanceof SubmitOutcome.Rejected rejected) {
            transaction.update(TRACE_EVENT)
                    .set(TRACE_EVENT.LEDGER_STATUS, TraceEventLedgerStatus.FAILED)
                    .set(TRACE_EVENT.LEDGER_ERROR, rejected.summary())
                    .where(TRACE_EVENT.ID.eq(eventId)).execute();
        }
    }
}

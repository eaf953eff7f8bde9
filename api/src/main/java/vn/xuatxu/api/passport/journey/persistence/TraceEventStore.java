package vn.xuatxu.api.passport.journey.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.xuatxu.api.db.enums.TraceEventKind;
import vn.xuatxu.api.db.enums.TraceEventLedgerStatus;
import vn.xuatxu.api.db.enums.TraceEventLotRole;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.ledger.OutboxSubject;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.api.passport.journey.domain.JourneyStep;

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

    /** A new event with everything that is stored about it. */
    public record NewEvent(String eventHash, JourneyStep step, String epcisType, String bizStep, LocalDateTime eventTimeUtc,
                           String epcisJson, String preHash, String algorithm, long organisationId, long recordedBy,
                           Long receiverId, String note, Attachment attachment, Map<Long, Role> lots) {
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
        event.lots().forEach((lotId, role) -> transaction.insertInto(TRACE_EVENT_LOT)
                .set(TRACE_EVENT_LOT.EVENT_ID, id)
                .set(TRACE_EVENT_LOT.LOT_ID, lotId)
                .set(TRACE_EVENT_LOT.ROLE, TraceEventLotRole.valueOf(role.name()))
                .execute());
        return id;
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

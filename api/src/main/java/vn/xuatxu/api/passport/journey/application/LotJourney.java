package vn.xuatxu.api.passport.journey.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.persistence.StaffDirectory;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.passport.journey.domain.JourneyStep;
import vn.xuatxu.api.passport.journey.domain.LotStatus;
import vn.xuatxu.api.passport.journey.persistence.LotCustodyStore;
import vn.xuatxu.api.passport.journey.persistence.RecallStore;
import vn.xuatxu.api.passport.journey.persistence.TraceEventStore;
import vn.xuatxu.api.passport.lot.application.LotLookup;
import vn.xuatxu.api.passport.lot.application.LotRegistration;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records what happens to a lot after registration: shipped to a named buyer on the platform, received
 * by that buyer (who then holds it and sees it), processed into a new lot, checked for quality with a
 * certificate or lab result attached, recalled. Each event is built as an EPCIS 2.0 JSON event, hashed
 * (CBV 2.0 event hash), stored, and queued for the ledger's {@code recordEvent} in one transaction. The
 * checks here mirror the contract's state machine so people get a clear answer at once, not a failure later.
 * Processing (one or more inputs) is {@link LotProcessing}'s; a lot whose event the ledger refused is held
 * until its administrator retries or discards that event ({@link RefusedEvents}).
 */
@Singleton
public final class LotJourney {

    private static final String EXTENSION_PREFIX = JourneyEvents.EXTENSION_PREFIX;

    /** The outcome of a quality check. */
    public enum CheckResult { PASSED, FAILED }

    /** A file as uploaded. */
    public record Upload(String fileName, byte[] content) {
    }

    /**
     * An event as a person describes it. Shipping needs {@code receiverMspId}; a quality check needs
     * {@code result} and may carry a file; processing needs {@code outputLotId} or {@code newOutput}.
     */
    public record EventRequest(JourneyStep step, OffsetDateTime eventTime, String receiverMspId, CheckResult result,
                               String note, Upload attachment, Long outputLotId, LotRegistration.Request newOutput) {
    }

    private final DSLContext db;
    private final LotLookup lookup;
    private final LotCustodyStore custody;
    private final TraceEventStore events;
    private final RecallStore recalls;
    private final StaffDirectory directory;
    private final AttachmentFiles files;
    private final Outbox outbox;
    private final JourneyEvents journeyEvents;
    private final LotProcessing processing;
    private final RefusedEvents refused;

    LotJourney(DSLContext db, LotLookup lookup, LotCustodyStore custody, TraceEventStore events, RecallStore recalls,
               StaffDirectory directory, AttachmentFiles files, Outbox outbox, JourneyEvents journeyEvents,
               LotProcessing processing, RefusedEvents refused) {
        this.db = db;
        this.lookup = lookup;
        this.custody = custody;
        this.events = events;
        this.recalls = recalls;
        this.directory = directory;
        this.files = files;
        this.outbox = outbox;
        this.journeyEvents = journeyEvents;
        this.processing = processing;
        this.refused = refused;
    }

    public TraceEventStore.StoredEvent record(Actor actor, long lotId, EventRequest request) {
        if (request.step() == null) {
            throw new ProblemException.InvalidInput("step", PageText.of("lot.error.stepMissing"));
        }
        LotStore.StoredLot lot = lookup.find(actor, lotId);
        OffsetDateTime eventTime = journeyEvents.eventTime(request.eventTime());
        String note = text(request.note(), "note", 1000);
        boolean hasFile = request.attachment() != null && request.attachment().content() != null
                && request.attachment().content().length > 0;
        if (hasFile && request.step() != JourneyStep.QUALITY_CHECK) {
            throw new ProblemException.InvalidInput("attachment", PageText.of("lot.error.attachmentOnlyCheck"));
        }
        // Content-addressed, so a file stored for a request that is then refused is harmless and reused.
        TraceEventStore.Attachment attachment = hasFile
                ? files.store(request.attachment().fileName(), request.attachment().content()) : null;
        long eventId = db.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            LotCustodyStore.Custody current = custody.of(tx, lotId, true).orElseThrow();
            refused.requireNotHeld(tx, lot);
            return switch (request.step()) {
                case SHIPPING -> ship(tx, actor, lot, current, request, eventTime, note);
                case RECEIVING -> receive(tx, actor, lot, current, eventTime, note);
                case PROCESSING -> process(tx, actor, lot, request, eventTime, note);
                case QUALITY_CHECK -> check(tx, actor, lot, current, request, eventTime, note, attachment);
            };
        });
        return events.byId(db, eventId).orElseThrow();
    }

    /** The lot's events, oldest first, for anyone who may see the lot. */
    public List<TraceEventStore.StoredEvent> timeline(Actor actor, long lotId) {
        lookup.find(actor, lotId);
        return events.ofLot(db, lotId);
    }

    public LotCustodyStore.Custody custodyOf(Actor actor, long lotId) {
        lookup.find(actor, lotId);
        return custody.of(db, lotId, false).orElseThrow();
    }

    public Optional<RecallStore.StoredRecall> recallOf(Actor actor, long lotId) {
        lookup.find(actor, lotId);
        return recalls.ofLot(db, lotId);
    }

    /** An attachment of one of the lot's events, for those who may see the lot. */
    public Map.Entry<TraceEventStore.Attachment, byte[]> attachment(Actor actor, long lotId, long eventId) {
        lookup.find(actor, lotId);
        TraceEventStore.StoredEvent event = events.ofLot(db, lotId).stream().filter(e -> e.id() == eventId).findFirst()
                .filter(e -> e.attachment() != null)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("lot.error.attachmentNotFound")));
        return Map.entry(event.attachment(), files.read(event.attachment()));
    }

    /** Recalls a lot (its owner's administrator, or the agency's) and, off-chain, every lot made from it. */
    public RecallStore.StoredRecall recall(Actor actor, long lotId, String reasonText) {
        LotStore.StoredLot lot = lookup.find(actor, lotId);
        boolean owner = lot.organisationId() == actor.organisationId() && actor.hasAnyRole(Role.ORG_ADMIN);
        boolean agency = actor.organisationKind() == OrganisationKind.AGENCY && actor.hasAnyRole(Role.AGENCY_ADMIN);
        if (!owner && !agency) {
            throw new ProblemException.Forbidden(PageText.of("lot.error.recallWho"));
        }
        String reason = text(reasonText, "reason", 500);
        if (reason == null) {
            throw new ProblemException.InvalidInput("reason", PageText.of("lot.error.recallReason"));
        }
        db.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            LotCustodyStore.Custody current = custody.of(tx, lotId, true).orElseThrow();
            if (current.status() == LotStatus.RECALLED || current.status() == LotStatus.DESTROYED) {
                throw new ProblemException.Conflict(PageText.of("journey.error.recallDone." + current.status().name(),
                        lot.details().lotNumber()));
            }
            long recallId = recalls.insert(tx, lotId, reason, actor.organisationId(), actor.userId());
            for (long affected : custody.withDescendants(tx, lotId)) {
                LotCustodyStore.Custody c = custody.of(tx, affected, true).orElseThrow();
                if (c.status() != LotStatus.DESTROYED && c.status() != LotStatus.RECALLED) {
                    custody.set(tx, affected, LotStatus.RECALLED, c.custodianId(), c.receiverId());
                }
            }
            Map<String, Object> ledger = new LinkedHashMap<>();
            ledger.put("gtin", lot.details().gtin().value());
            ledger.put("lotNumber", lot.details().lotNumber().value());
            ledger.put("reason", reason);
            outbox.enqueue(tx, Outbox.SubjectType.RECALL, recallId,
                    LedgerTransaction.of(actor.mspId(), "recallLot", JourneyEvents.json(ledger)));
        });
        return recalls.ofLot(db, lotId).orElseThrow();
    }

    private long ship(DSLContext tx, Actor actor, LotStore.StoredLot lot, LotCustodyStore.Custody current,
                      EventRequest request, OffsetDateTime eventTime, String note) {
        requireStaffOfCustodian(actor, current);
        requireStatus(lot, current, LotStatus.ACTIVE);
        String mspId = request.receiverMspId() == null ? "" : request.receiverMspId().strip();
        if (mspId.isEmpty()) {
            throw new ProblemException.InvalidInput("receiverMspId", PageText.of("lot.error.receiverMissing"));
        }
        StaffDirectory.OrganisationSummary receiver = directory.organisationByMspId(tx, mspId)
                .filter(o -> o.kind() != OrganisationKind.AGENCY)
                .orElseThrow(() -> new ProblemException.InvalidInput("receiverMspId",
                        PageText.of("lot.error.receiverUnknown", mspId)));
        if (receiver.id() == actor.organisationId()) {
            throw new ProblemException.InvalidInput("receiverMspId", PageText.of("lot.error.receiverSelf"));
        }
        ObjectNode event = objectEvent(JourneyStep.SHIPPING, JourneyStep.SHIPPING.disposition(), eventTime, lot);
        event.putArray("sourceList").addObject().put("type", "owning_party").put("source", party(actor.mspId()));
        event.putArray("destinationList").addObject().put("type", "owning_party").put("destination", party(receiver.mspId()));
        Map<String, Object> ledger = JourneyEvents.ledgerEvent(JourneyStep.SHIPPING, JourneyStep.SHIPPING.disposition(), eventTime);
        ledger.put("lots", List.of(JourneyEvents.reference(lot)));
        ledger.put("receiverMspId", receiver.mspId());
        long id = journeyEvents.store(tx, actor, JourneyStep.SHIPPING, event, eventTime, ledger, receiver.id(), note, null,
                Map.of(lot.id(), new TraceEventStore.Link(TraceEventStore.Role.SUBJECT, null, current)));
        custody.set(tx, lot.id(), LotStatus.IN_TRANSIT, current.custodianId(), receiver.id());
        return id;
    }

    private long receive(DSLContext tx, Actor actor, LotStore.StoredLot lot, LotCustodyStore.Custody current,
                         OffsetDateTime eventTime, String note) {
        if (!isStaff(actor) || current.receiverId() == null || current.receiverId() != actor.organisationId()) {
            throw new ProblemException.Forbidden(PageText.of("lot.error.receiveWho"));
        }
        if (current.status() != LotStatus.IN_TRANSIT && current.status() != LotStatus.RECALLED) {
            throw new ProblemException.Conflict(PageText.of("lot.error.nothingToReceive", lot.details().lotNumber()));
        }
        String sender = directory.organisation(tx, current.custodianId()).orElseThrow().mspId();
        ObjectNode event = objectEvent(JourneyStep.RECEIVING, JourneyStep.RECEIVING.disposition(), eventTime, lot);
        event.putArray("sourceList").addObject().put("type", "owning_party").put("source", party(sender));
        event.putArray("destinationList").addObject().put("type", "owning_party").put("destination", party(actor.mspId()));
        Map<String, Object> ledger = JourneyEvents.ledgerEvent(JourneyStep.RECEIVING, JourneyStep.RECEIVING.disposition(), eventTime);
        ledger.put("lots", List.of(JourneyEvents.reference(lot)));
        long id = journeyEvents.store(tx, actor, JourneyStep.RECEIVING, event, eventTime, ledger, null, note, null,
                Map.of(lot.id(), new TraceEventStore.Link(TraceEventStore.Role.SUBJECT, null, current)));
        custody.set(tx, lot.id(), current.status() == LotStatus.RECALLED ? LotStatus.RECALLED : LotStatus.ACTIVE,
                actor.organisationId(), null);
        return id;
    }

    private long process(DSLContext tx, Actor actor, LotStore.StoredLot lot, EventRequest request,
                         OffsetDateTime eventTime, String note) {
        return processing.recordIn(tx, actor, new LotProcessing.Request(
                List.of(new LotProcessing.Input(lot.id(), null)), request.outputLotId(), request.newOutput(),
                eventTime, note));
    }

    private long check(DSLContext tx, Actor actor, LotStore.StoredLot lot, LotCustodyStore.Custody current,
                       EventRequest request, OffsetDateTime eventTime, String note, TraceEventStore.Attachment attachment) {
        boolean agency = actor.organisationKind() == OrganisationKind.AGENCY
                && actor.hasAnyRole(Role.INSPECTOR, Role.AGENCY_ADMIN);
        boolean involved = isStaff(actor) && (current.ownerId() == actor.organisationId()
                || current.custodianId() == actor.organisationId());
        if (!agency && !involved) {
            throw new ProblemException.Forbidden(PageText.of("lot.error.checkWho"));
        }
        if (current.status() == LotStatus.DESTROYED) {
            throw new ProblemException.Conflict(PageText.of("lot.error.destroyed", lot.details().lotNumber()));
        }
        if (request.result() == null) {
            throw new ProblemException.InvalidInput("result", PageText.of("lot.error.resultMissing"));
        }
        String disposition = request.result() == CheckResult.PASSED ? "conformant" : "non_conformant";
        ObjectNode event = objectEvent(JourneyStep.QUALITY_CHECK, disposition, eventTime, lot);
        if (attachment != null) {
            event.put(EXTENSION_PREFIX + ":attachmentSha256", attachment.sha256());
            event.put(EXTENSION_PREFIX + ":attachmentType", attachment.contentType());
        }
        if (note != null) {
            event.put(EXTENSION_PREFIX + ":note", note);
        }
        Map<String, Object> ledger = JourneyEvents.ledgerEvent(JourneyStep.QUALITY_CHECK, disposition, eventTime);
        ledger.put("lots", List.of(JourneyEvents.reference(lot)));
        return journeyEvents.store(tx, actor, JourneyStep.QUALITY_CHECK, event, eventTime, ledger, null, note, attachment,
                Map.of(lot.id(), TraceEventStore.Link.unchanged(TraceEventStore.Role.SUBJECT)));
    }

    private ObjectNode objectEvent(JourneyStep step, String disposition, OffsetDateTime eventTime, LotStore.StoredLot lot) {
        ObjectNode event = JourneyEvents.event(step, eventTime);
        event.putArray("quantityList").add(JourneyEvents.quantity(lot, lot.details().quantity()));
        event.put("action", "OBSERVE");
        event.put("bizStep", step.bizStep());
        event.put("disposition", disposition);
        return event;
    }

    private static String party(String mspId) {
        return "urn:xuatxu:org:" + mspId;
    }

    private static boolean isStaff(Actor actor) {
        return actor.organisationKind() != OrganisationKind.AGENCY
                && actor.hasAnyRole(Role.ORG_ADMIN, Role.STAFF, Role.KITCHEN_MANAGER, Role.KITCHEN_STAFF);
    }

    private static void requireStaffOfCustodian(Actor actor, LotCustodyStore.Custody current) {
        if (!isStaff(actor) || current.custodianId() != actor.organisationId()) {
            throw new ProblemException.Forbidden(PageText.of("journey.error.shipWho"));
        }
    }

    private static void requireStatus(LotStore.StoredLot lot, LotCustodyStore.Custody current, LotStatus wanted) {
        if (current.status() != wanted) {
            throw new ProblemException.Conflict(PageText.of("journey.error.wrongStatus." + current.status().name(),
                    lot.details().lotNumber()));
        }
    }

    private static String text(String value, String field, int max) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            throw new ProblemException.InvalidInput(field, PageText.of("problem.textTooLong", max));
        }
        return text;
    }
}

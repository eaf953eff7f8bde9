package vn.xuatxu.api.passport.journey.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.persistence.StaffDirectory;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.passport.gs1.DigitalLink;
import vn.xuatxu.api.passport.journey.domain.EpcisEventHash;
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
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 */
@Singleton
public final class LotJourney {

    static final String EXTENSION_PREFIX = "xuatxu";
    static final String EXTENSION_NAMESPACE = "urn:xuatxu:epcis:";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

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
    private final LotStore lots;
    private final LotCustodyStore custody;
    private final TraceEventStore events;
    private final RecallStore recalls;
    private final StaffDirectory directory;
    private final LotRegistration registration;
    private final AttachmentFiles files;
    private final Outbox outbox;
    private final Clock clock;
    private final EpcisEventHash hasher = new EpcisEventHash(Map.of(EXTENSION_PREFIX, EXTENSION_NAMESPACE));

    LotJourney(DSLContext db, LotLookup lookup, LotStore lots, LotCustodyStore custody, TraceEventStore events,
               RecallStore recalls, StaffDirectory directory, LotRegistration registration, AttachmentFiles files,
               Outbox outbox, Clock clock) {
        this.db = db;
        this.lookup = lookup;
        this.lots = lots;
        this.custody = custody;
        this.events = events;
        this.recalls = recalls;
        this.directory = directory;
        this.registration = registration;
        this.files = files;
        this.outbox = outbox;
        this.clock = clock;
    }

    public TraceEventStore.StoredEvent record(Actor actor, long lotId, EventRequest request) {
        if (request.step() == null) {
            throw new ProblemException.InvalidInput("step", PageText.of("lot.error.stepMissing"));
        }
        LotStore.StoredLot lot = lookup.find(actor, lotId);
        OffsetDateTime eventTime = eventTime(request.eventTime());
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
            return switch (request.step()) {
                case SHIPPING -> ship(tx, actor, lot, current, request, eventTime, note);
                case RECEIVING -> receive(tx, actor, lot, current, eventTime, note);
                case PROCESSING -> process(tx, actor, lot, current, request, eventTime, note);
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
                throw new ProblemException.Conflict("Lô " + lot.details().lotNumber() + " đã "
                        + current.status().vietnamese().toLowerCase() + ", không thu hồi được nữa.");
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
                    LedgerTransaction.of(actor.mspId(), "recallLot", json(ledger)));
        });
        return recalls.ofLot(db, lotId).orElseThrow();
    }

    private long ship(DSLContext tx, Actor actor, LotStore.StoredLot lot, LotCustodyStore.Custody current,
                      EventRequest request, OffsetDateTime eventTime, String note) {
        requireStaffOfCustodian(actor, current, "gửi");
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
        Map<String, Object> ledger = ledgerEvent(JourneyStep.SHIPPING, JourneyStep.SHIPPING.disposition(), eventTime);
        ledger.put("lots", List.of(reference(lot)));
        ledger.put("receiverMspId", receiver.mspId());
        long id = store(tx, actor, JourneyStep.SHIPPING, event, eventTime, ledger, receiver.id(), note, null,
                Map.of(lot.id(), TraceEventStore.Role.SUBJECT));
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
        Map<String, Object> ledger = ledgerEvent(JourneyStep.RECEIVING, JourneyStep.RECEIVING.disposition(), eventTime);
        ledger.put("lots", List.of(reference(lot)));
        long id = store(tx, actor, JourneyStep.RECEIVING, event, eventTime, ledger, null, note, null,
                Map.of(lot.id(), TraceEventStore.Role.SUBJECT));
        custody.set(tx, lot.id(), current.status() == LotStatus.RECALLED ? LotStatus.RECALLED : LotStatus.ACTIVE,
                actor.organisationId(), null);
        return id;
    }

    private long process(DSLContext tx, Actor actor, LotStore.StoredLot lot, LotCustodyStore.Custody current,
                         EventRequest request, OffsetDateTime eventTime, String note) {
        if (actor.organisationKind() != OrganisationKind.PRODUCER) {
            throw new ProblemException.Forbidden("Chỉ cơ sở sản xuất mới ghi được bước chế biến.");
        }
        requireStaffOfCustodian(actor, current, "chế biến");
        requireStatus(lot, current, LotStatus.ACTIVE);
        long outputId;
        if (request.outputLotId() != null) {
            outputId = request.outputLotId();
            LotCustodyStore.Custody output = custody.of(tx, outputId, true)
                    .filter(o -> o.ownerId() == actor.organisationId() && o.custodianId() == actor.organisationId())
                    .orElseThrow(() -> new ProblemException.InvalidInput("outputLotId",
                            "Lô thành phẩm số " + request.outputLotId() + " không thuộc cơ sở của bạn."));
            if (output.status() != LotStatus.ACTIVE || outputId == lot.id()) {
                throw new ProblemException.InvalidInput("outputLotId", "Lô thành phẩm phải là một lô khác đang lưu giữ.");
            }
        } else if (request.newOutput() != null) {
            outputId = registration.registerIn(tx, actor, request.newOutput());
        } else {
            throw new ProblemException.InvalidInput("outputLotId", "Hãy chọn lô thành phẩm hoặc nhập lô thành phẩm mới.");
        }
        LotStore.StoredLot output = lots.byId(tx, outputId).orElseThrow();
        ObjectNode event = JSON.createObjectNode();
        event.put("type", JourneyStep.PROCESSING.epcisType());
        event.put("eventTime", EVENT_TIME.format(eventTime));
        event.put("eventTimeZoneOffset", "+07:00");
        event.putArray("inputQuantityList").add(quantity(lot));
        event.putArray("outputQuantityList").add(quantity(output));
        event.put("bizStep", JourneyStep.PROCESSING.bizStep());
        Map<String, Object> ledger = ledgerEvent(JourneyStep.PROCESSING, null, eventTime);
        ledger.put("inputLots", List.of(reference(lot)));
        ledger.put("outputLots", List.of(reference(output)));
        Map<Long, TraceEventStore.Role> named = new LinkedHashMap<>();
        named.put(lot.id(), TraceEventStore.Role.INPUT);
        named.put(output.id(), TraceEventStore.Role.OUTPUT);
        long id = store(tx, actor, JourneyStep.PROCESSING, event, eventTime, ledger, null, note, null, named);
        custody.set(tx, lot.id(), LotStatus.CONSUMED, current.custodianId(), null);
        return id;
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
        Map<String, Object> ledger = ledgerEvent(JourneyStep.QUALITY_CHECK, disposition, eventTime);
        ledger.put("lots", List.of(reference(lot)));
        return store(tx, actor, JourneyStep.QUALITY_CHECK, event, eventTime, ledger, null, note, attachment,
                Map.of(lot.id(), TraceEventStore.Role.SUBJECT));
    }

    private long store(DSLContext tx, Actor actor, JourneyStep step, ObjectNode event, OffsetDateTime eventTime,
                       Map<String, Object> ledger, Long receiverId, String note, TraceEventStore.Attachment attachment,
                       Map<Long, TraceEventStore.Role> named) {
        EpcisEventHash.Result hash = hasher.hash(event);
        if (events.hashExists(tx, hash.ni())) {
            throw new ProblemException.Conflict(PageText.of("lot.error.eventDuplicate"));
        }
        ObjectNode stored = JSON.createObjectNode();
        ArrayNode context = stored.putArray("@context");
        context.add("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
        context.addObject().put(EXTENSION_PREFIX, EXTENSION_NAMESPACE);
        stored.put("eventID", hash.ni());
        stored.setAll(event);
        ledger.put("eventHash", hash.ni());
        long id = events.insert(tx, new TraceEventStore.NewEvent(hash.ni(), step, event.get("type").asText(),
                event.get("bizStep").asText(), LocalDateTime.ofInstant(eventTime.toInstant(), ZoneOffset.UTC),
                stored.toString(), hash.preHash(), EpcisEventHash.ALGORITHM, actor.organisationId(), actor.userId(),
                receiverId, note, attachment, named));
        outbox.enqueue(tx, Outbox.SubjectType.TRACE_EVENT, id, LedgerTransaction.of(actor.mspId(), "recordEvent", json(ledger)));
        return id;
    }

    private ObjectNode objectEvent(JourneyStep step, String disposition, OffsetDateTime eventTime, LotStore.StoredLot lot) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", step.epcisType());
        event.put("eventTime", EVENT_TIME.format(eventTime));
        event.put("eventTimeZoneOffset", "+07:00");
        event.putArray("quantityList").add(quantity(lot));
        event.put("action", "OBSERVE");
        event.put("bizStep", step.bizStep());
        event.put("disposition", disposition);
        return event;
    }

    private static ObjectNode quantity(LotStore.StoredLot lot) {
        ObjectNode element = JSON.createObjectNode();
        element.put("epcClass", "https://id.gs1.org" + DigitalLink.lotPath(lot.details().gtin(), lot.details().lotNumber()));
        element.put("quantity", lot.details().quantity().stripTrailingZeros());
        element.put("uom", lot.details().unit().name());
        return element;
    }

    private static Map<String, Object> ledgerEvent(JourneyStep step, String disposition, OffsetDateTime eventTime) {
        Map<String, Object> ledger = new LinkedHashMap<>();
        ledger.put("type", step.epcisType());
        ledger.put("bizStep", step.bizStep());
        if (disposition != null) {
            ledger.put("disposition", disposition);
        }
        ledger.put("eventTime", EVENT_TIME.format(eventTime));
        return ledger;
    }

    private static Map<String, String> reference(LotStore.StoredLot lot) {
        return Map.of("gtin", lot.details().gtin().value(), "lotNumber", lot.details().lotNumber().value());
    }

    private static String party(String mspId) {
        return "urn:xuatxu:org:" + mspId;
    }

    private OffsetDateTime eventTime(OffsetDateTime requested) {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(VIETNAM)).withOffsetSameInstant(ZoneOffset.ofHours(7));
        if (requested == null) {
            return now;
        }
        if (requested.toInstant().isAfter(now.toInstant().plus(FUTURE_TOLERANCE))) {
            throw new ProblemException.InvalidInput("eventTime", PageText.of("lot.error.eventFuture"));
        }
        return requested.withOffsetSameInstant(ZoneOffset.ofHours(7));
    }

    private static boolean isStaff(Actor actor) {
        return actor.organisationKind() != OrganisationKind.AGENCY
                && actor.hasAnyRole(Role.ORG_ADMIN, Role.STAFF, Role.KITCHEN_MANAGER, Role.KITCHEN_STAFF);
    }

    private static void requireStaffOfCustodian(Actor actor, LotCustodyStore.Custody current, String verb) {
        if (!isStaff(actor) || current.custodianId() != actor.organisationId()) {
            throw new ProblemException.Forbidden("Chỉ cơ sở đang giữ lô hàng mới " + verb + " được lô này.");
        }
    }

    private static void requireStatus(LotStore.StoredLot lot, LotCustodyStore.Custody current, LotStatus wanted) {
        if (current.status() != wanted) {
            throw new ProblemException.Conflict("Lô " + lot.details().lotNumber() + " đang ở trạng thái \""
                    + current.status().vietnamese() + "\" nên không làm được việc này.");
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

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ledger argument cannot be encoded", e);
        }
    }
}

package vn.xuatxu.api.passport.journey.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.passport.gs1.DigitalLink;
import vn.xuatxu.api.passport.journey.domain.EpcisEventHash;
import vn.xuatxu.api.passport.journey.domain.JourneyStep;
import vn.xuatxu.api.passport.journey.persistence.TraceEventStore;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every journey event shares once its checks have passed: the EPCIS 2.0 JSON, its CBV 2.0 hash, the
 * stored row with the lots it names, and the ledger's {@code recordEvent} queued in the same transaction.
 * One place, so that shipping, receiving, checks and multi-input processing hash and anchor alike.
 */
@Singleton
final class JourneyEvents {

    static final String EXTENSION_PREFIX = "xuatxu";
    static final String EXTENSION_NAMESPACE = "urn:xuatxu:epcis:";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final TraceEventStore events;
    private final Outbox outbox;
    private final Clock clock;
    private final EpcisEventHash hasher = new EpcisEventHash(Map.of(EXTENSION_PREFIX, EXTENSION_NAMESPACE));

    JourneyEvents(TraceEventStore events, Outbox outbox, Clock clock) {
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    long store(DSLContext tx, Actor actor, JourneyStep step, ObjectNode event, OffsetDateTime eventTime,
               Map<String, Object> ledger, Long receiverId, String note, TraceEventStore.Attachment attachment,
               Map<Long, TraceEventStore.Link> named) {
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

    /** The start of an EPCIS event: type, time in Vietnam's offset. */
    static ObjectNode event(JourneyStep step, OffsetDateTime eventTime) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", step.epcisType());
        event.put("eventTime", EVENT_TIME.format(eventTime));
        event.put("eventTimeZoneOffset", "+07:00");
        return event;
    }

    /** A quantity element naming the lot as a GS1 Digital Link class, with the given amount in the lot's unit. */
    static ObjectNode quantity(LotStore.StoredLot lot, BigDecimal amount) {
        ObjectNode element = JSON.createObjectNode();
        element.put("epcClass", "https://id.gs1.org" + DigitalLink.lotPath(lot.details().gtin(), lot.details().lotNumber()));
        element.put("quantity", amount.stripTrailingZeros());
        element.put("uom", lot.details().unit().name());
        return element;
    }

    static Map<String, Object> ledgerEvent(JourneyStep step, String disposition, OffsetDateTime eventTime) {
        Map<String, Object> ledger = new LinkedHashMap<>();
        ledger.put("type", step.epcisType());
        ledger.put("bizStep", step.bizStep());
        if (disposition != null) {
            ledger.put("disposition", disposition);
        }
        ledger.put("eventTime", EVENT_TIME.format(eventTime));
        return ledger;
    }

    static Map<String, Object> reference(LotStore.StoredLot lot) {
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("gtin", lot.details().gtin().value());
        reference.put("lotNumber", lot.details().lotNumber().value());
        return reference;
    }

    /** The time of an event as given (not in the future), or now; always in Vietnam's offset. */
    OffsetDateTime eventTime(OffsetDateTime requested) {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(VIETNAM)).withOffsetSameInstant(ZoneOffset.ofHours(7));
        if (requested == null) {
            return now;
        }
        if (requested.toInstant().isAfter(now.toInstant().plus(FUTURE_TOLERANCE))) {
            throw new ProblemException.InvalidInput("eventTime", PageText.of("lot.error.eventFuture"));
        }
        return requested.withOffsetSameInstant(ZoneOffset.ofHours(7));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ledger argument cannot be encoded", e);
        }
    }
}

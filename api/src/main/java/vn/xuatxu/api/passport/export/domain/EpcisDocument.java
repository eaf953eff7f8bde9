package vn.xuatxu.api.passport.export.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.xuatxu.api.passport.journey.domain.EpcisEventHash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A lot's EPCIS 2.0 document (JSON-LD): an {@code EPCISDocument} whose {@code epcisBody.eventList} holds the
 * lot's commissioning (its registration, built here) followed by its journey events exactly as they were
 * stored and hashed. Each event carries its CBV 2.0 event hash as {@code eventID}; the per-event
 * {@code @context} of the stored events moves up to the document, where it declares the same prefixes.
 */
public final class EpcisDocument {

    public static final String EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    /** Our extension prefixes; {@code cbvmda} is declared explicitly (see the GS1 reference note, §5.6). */
    public static final Map<String, String> PREFIXES = Map.of("xuatxu", "urn:xuatxu:epcis:",
            "cbvmda", "urn:epcglobal:cbv:mda:");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private final EpcisEventHash hasher = new EpcisEventHash(PREFIXES);

    /** The facts of the registration that the commissioning event states. */
    public record Commissioning(String epcClass, BigDecimal quantity, String uom, LocalDateTime registeredAtUtc,
                                String lotNumber, LocalDate bestBeforeDate, String producerMspId) {
    }

    /** The commissioning event of a lot's registration, with its event hash as {@code eventID}. */
    public ObjectNode commissioning(Commissioning lot) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "ObjectEvent");
        event.put("eventTime", EVENT_TIME.format(lot.registeredAtUtc().atOffset(ZoneOffset.UTC)
                .withOffsetSameInstant(ZoneOffset.ofHours(7))));
        event.put("eventTimeZoneOffset", "+07:00");
        ObjectNode quantity = event.putArray("quantityList").addObject();
        quantity.put("epcClass", lot.epcClass());
        quantity.put("quantity", lot.quantity().stripTrailingZeros());
        quantity.put("uom", lot.uom());
        event.put("action", "ADD");
        event.put("bizStep", "commissioning");
        event.put("disposition", "active");
        event.putArray("sourceList").addObject().put("type", "owning_party")
                .put("source", "urn:xuatxu:org:" + lot.producerMspId());
        ObjectNode ilmd = event.putObject("ilmd");
        ilmd.put("cbvmda:lotNumber", lot.lotNumber());
        if (lot.bestBeforeDate() != null) {
            ilmd.put("cbvmda:bestBeforeDate", lot.bestBeforeDate().toString());
        }
        EpcisEventHash.Result hash = hasher.hash(event);
        ObjectNode withId = JSON.createObjectNode();
        withId.put("eventID", hash.ni());
        withId.setAll(event);
        return withId;
    }

    /** The document: the commissioning event, then the stored events (their JSON as stored), oldest first. */
    public ObjectNode document(ObjectNode commissioning, List<String> storedEvents, Instant created) {
        ObjectNode document = JSON.createObjectNode();
        ArrayNode context = document.putArray("@context");
        context.add(EPCIS_CONTEXT);
        ObjectNode prefixes = context.addObject();
        PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(prefix -> prefixes.put(prefix.getKey(), prefix.getValue()));
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", DateTimeFormatter.ISO_INSTANT.format(created));
        ArrayNode events = document.putObject("epcisBody").putArray("eventList");
        events.add(commissioning);
        for (String stored : storedEvents) {
            try {
                JsonNode event = JSON.readTree(stored);
                ObjectNode copy = ((ObjectNode) event).deepCopy();
                copy.remove("@context");
                events.add(copy);
            } catch (IOException e) {
                throw new UncheckedIOException("A stored EPCIS event is not JSON", e);
            }
        }
        return document;
    }
}

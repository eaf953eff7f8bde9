package vn.xuatxu.api.passport.journey.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CBV 2.0 (section 8.9.2) event hash of an EPCIS 2.0 JSON event, in the RFC 6920 form the ledger keys
 * events by: {@code ni:///sha-256;<hex>?ver=CBV2.0}. Implementations disagree on some corners of the
 * algorithm, so this one is pinned ({@link #ALGORITHM}), kept to the fields we write, and its pre-hash
 * string is stored next to each event: anyone can recompute the hash from the stored event. It reproduces
 * the reference implementation's hash of the GS1 reference note's Example A (see the unit test).
 *
 * <p>Covered: eventType, eventTime (UTC, milliseconds), eventTimeZoneOffset, certificationInfo, quantityList,
 * inputQuantityList, outputQuantityList (each element epcClass, quantity, uom; elements sorted), action, bizStep,
 * disposition (bare CBV words become {@code https://ref.gs1.org/cbv/} IRIs), readPoint, bizLocation,
 * sourceList and destinationList (type first, then value; elements sorted), ilmd and top-level extensions
 * as {@code {namespace}name=value} sorted. Anything else is refused rather than hashed wrongly.
 */
public final class EpcisEventHash {

    /** What is stored with every event, so a verifier knows exactly how its hash was made. */
    public static final String ALGORITHM = "CBV2.0-8.9.2 sha-256; xuatxu EpcisEventHash v1";

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final Set<String> KNOWN = Set.of("type", "eventTime", "eventTimeZoneOffset", "certificationInfo",
            "quantityList", "inputQuantityList", "outputQuantityList", "action", "bizStep", "disposition", "readPoint",
            "bizLocation", "sourceList", "destinationList", "ilmd", "eventID", "recordTime", "@context");

    /** The pre-hash string and the hash of one event. */
    public record Result(String preHash, String hex) {

        public String ni() {
            return "ni:///sha-256;" + hex + "?ver=CBV2.0";
        }
    }

    private final Map<String, String> prefixes;

    /** @param prefixes CURIE prefixes of extension fields, e.g. {@code cbvmda -> urn:epcglobal:cbv:mda:} */
    public EpcisEventHash(Map<String, String> prefixes) {
        this.prefixes = Map.copyOf(prefixes);
    }

    public Result hash(JsonNode event) {
        StringBuilder pre = new StringBuilder();
        pre.append("eventType=").append(text(event, "type"));
        pre.append("eventTime=").append(utc(text(event, "eventTime")));
        pre.append("eventTimeZoneOffset=").append(text(event, "eventTimeZoneOffset"));
        if (event.has("certificationInfo")) {
            pre.append("certificationInfo=").append(event.get("certificationInfo").asText().strip());
        }
        quantities(pre, event, "quantityList");
        quantities(pre, event, "inputQuantityList");
        quantities(pre, event, "outputQuantityList");
        if (event.has("action")) {
            pre.append("action=").append(text(event, "action"));
        }
        if (event.has("bizStep")) {
            pre.append("bizStep=").append(cbv("BizStep-", text(event, "bizStep")));
        }
        if (event.has("disposition")) {
            pre.append("disposition=").append(cbv("Disp-", text(event, "disposition")));
        }
        for (String place : List.of("readPoint", "bizLocation")) {
            if (event.has(place)) {
                pre.append(place).append("id=").append(event.get(place).path("id").asText().strip());
            }
        }
        parties(pre, event, "sourceList", "source");
        parties(pre, event, "destinationList", "destination");
        if (event.has("ilmd")) {
            pre.append("ilmd").append(String.join("", extensions(event.get("ilmd"), Set.of())));
        }
        pre.append(String.join("", extensions(event, KNOWN)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(pre.toString().getBytes(StandardCharsets.UTF_8));
            return new Result(pre.toString(), HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void quantities(StringBuilder pre, JsonNode event, String list) {
        if (!event.has(list)) {
            return;
        }
        List<String> elements = new ArrayList<>();
        for (JsonNode element : event.get(list)) {
            StringBuilder one = new StringBuilder("quantityElement");
            one.append("epcClass=").append(element.path("epcClass").asText().strip());
            if (element.has("quantity")) {
                one.append("quantity=").append(number(element.get("quantity")));
            }
            if (element.has("uom")) {
                one.append("uom=").append(element.get("uom").asText().strip());
            }
            elements.add(one.toString());
        }
        elements.sort(null);
        pre.append(list).append(String.join("", elements));
    }

    private void parties(StringBuilder pre, JsonNode event, String list, String valueField) {
        if (!event.has(list)) {
            return;
        }
        List<String> elements = new ArrayList<>();
        for (JsonNode element : event.get(list)) {
            elements.add("type=" + cbv("SDT-", element.path("type").asText().strip()) + valueField + "="
                    + element.path(valueField).asText().strip());
        }
        elements.sort(null);
        pre.append(list).append(String.join("", elements));
    }

    private List<String> extensions(JsonNode object, Set<String> skip) {
        List<String> entries = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (skip.contains(field.getKey())) {
                continue;
            }
            if (!field.getValue().isValueNode()) {
                throw new IllegalArgumentException("Extension " + field.getKey() + " must be a plain value to be hashed");
            }
            int colon = field.getKey().indexOf(':');
            if (colon < 0 || !prefixes.containsKey(field.getKey().substring(0, colon))) {
                throw new IllegalArgumentException("Field " + field.getKey() + " is neither EPCIS nor a declared extension");
            }
            String value = field.getValue().isNumber() ? number(field.getValue()) : field.getValue().asText().strip();
            entries.add("{" + prefixes.get(field.getKey().substring(0, colon)) + "}" + field.getKey().substring(colon + 1)
                    + "=" + value);
        }
        entries.sort(null);
        return entries;
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("EPCIS event field " + field + " is missing");
        }
        return value.asText().strip();
    }

    private static String utc(String time) {
        OffsetDateTime parsed = OffsetDateTime.parse(time);
        // Round to milliseconds (half up), as the reference implementation does.
        OffsetDateTime rounded = parsed.plusNanos(500_000).truncatedTo(ChronoUnit.MILLIS);
        return MILLIS.format(rounded.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static String cbv(String vocabulary, String value) {
        if (value.startsWith("urn:epcglobal:cbv:")) {
            String word = value.substring(value.lastIndexOf(':') + 1);
            return "https://ref.gs1.org/cbv/" + vocabulary + word;
        }
        return value.contains(":") ? value : "https://ref.gs1.org/cbv/" + vocabulary + value;
    }

    private static String number(JsonNode node) {
        BigDecimal value = node.decimalValue().stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }
}

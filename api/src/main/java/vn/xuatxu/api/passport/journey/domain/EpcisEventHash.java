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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CBV 2.0 (section 8.9.2) event hash of an EPCIS 2.0 JSON event, in the RFC 6920 form the ledger keys
 * events by: {@code ni:///sha-256;<hex>?ver=CBV2.0}. Implementations disagree on some corners of the
 * algorithm, so this one is pinned ({@link #ALGORITHM}) and its pre-hash string is stored next to each event:
 * anyone can recompute the hash from the stored event.
 *
 * <p>It follows the rules of the reference implementation, {@code RalphTro/epcis-event-hash-generator}
 * (README "Algorithm", rules 1-24 and the canonical property order, CBV 2.0 variant), and reproduces the
 * three published reference vectors of that README (see {@code EpcisReferenceVectorsTest}):
 * every standard field in the canonical order; EPC URNs (sgtin, sscc, sgln, pgln, grai, giai, gdti, gsrn,
 * lgtin, sgtin patterns) and Digital Link URIs on any domain written as constrained canonical Digital Links
 * on {@code https://id.gs1.org}; bare, URN and CURIE vocabulary values expanded; lists and extension entries
 * sorted by code point; user extensions at event level (nested too) in a trailing block, and those inside
 * {@code readPoint}/{@code bizLocation} in a trailing block named after their parent (CBV 2.0; CBV 2.1 moves
 * them inline). Known divergence, kept on purpose: {@code certificationInfo} is hashed (right after
 * {@code eventTimeZoneOffset}), as the reference implementation did when this platform first stored hashes
 * (the GS1 reference note's Example A); its later README lists it among excluded fields. See docs/exports.md.
 */
public final class EpcisEventHash {

    /** What is stored with every event, so a verifier knows exactly how its hash was made. */
    public static final String ALGORITHM = "CBV2.0-8.9.2 sha-256; xuatxu EpcisEventHash v1";

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final Set<String> STANDARD = Set.of("type", "eventTime", "eventTimeZoneOffset", "certificationInfo",
            "epcList", "parentID", "inputEPCList", "childEPCs", "quantityList", "childQuantityList", "inputQuantityList",
            "outputEPCList", "outputQuantityList", "action", "transformationID", "bizStep", "disposition",
            "persistentDisposition", "readPoint", "bizLocation", "bizTransactionList", "sourceList", "destinationList",
            "sensorElementList", "ilmd", "eventID", "recordTime", "errorDeclaration", "@context");
    private static final List<String> METADATA_FIELDS = List.of("time", "startTime", "endTime", "deviceID",
            "deviceMetadata", "rawData", "dataProcessingMethod", "bizRules");
    private static final List<String> REPORT_FIELDS = List.of("type", "exception", "deviceID", "deviceMetadata",
            "rawData", "dataProcessingMethod", "time", "microorganism", "chemicalSubstance", "value", "component",
            "stringValue", "booleanValue", "hexBinaryValue", "uriValue", "minValue", "maxValue", "meanValue", "sDev",
            "percRank", "percValue", "uom", "coordinateReferenceSystem");
    private static final Set<String> TIME_FIELDS = Set.of("time", "startTime", "endTime");
    private static final Set<String> IDENTIFIER_FIELDS = Set.of("deviceID", "deviceMetadata", "rawData",
            "dataProcessingMethod", "bizRules", "microorganism", "chemicalSubstance", "uriValue");
    private static final Pattern DIGITAL_LINK = Pattern.compile(
            "https?://[^/?#]+(?:/[^?#]*)?/(00|01|253|255|401|402|414|417|8003|8004|8006|8010|8017|8018)/([^/?#]+)((?:/[^/?#]+/[^/?#]+)*)/?(?:[?#].*)?");
    private static final Set<String> QUALIFIERS_KEPT = Set.of("01:21", "01:10", "01:235", "414:254", "8006:21",
            "8006:10", "8010:8011");

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

    /** The hash of one event whose extension prefixes are those given to the constructor. */
    public Result hash(JsonNode event) {
        return hash(event, prefixes);
    }

    /**
     * The hashes of the events of an EPCIS document, in document order; prefixes declared in the document's
     * {@code @context} are added to the constructor's.
     */
    public List<Result> hashDocument(JsonNode document) {
        Map<String, String> declared = new HashMap<>(prefixes);
        JsonNode context = document.path("@context");
        for (JsonNode entry : context.isArray() ? context : List.of(context)) {
            if (entry.isObject()) {
                entry.fields().forEachRemaining(field -> {
                    if (field.getValue().isTextual()) {
                        declared.put(field.getKey(), field.getValue().asText());
                    }
                });
            }
        }
        List<Result> results = new ArrayList<>();
        for (JsonNode event : document.path("epcisBody").path("eventList")) {
            results.add(hash(event, Map.copyOf(declared)));
        }
        return results;
    }

    private Result hash(JsonNode event, Map<String, String> known) {
        StringBuilder pre = new StringBuilder();
        pre.append("eventType=").append(text(event, "type"));
        pre.append("eventTime=").append(utc(text(event, "eventTime")));
        pre.append("eventTimeZoneOffset=").append(text(event, "eventTimeZoneOffset"));
        if (event.has("certificationInfo")) {
            pre.append("certificationInfo=").append(event.get("certificationInfo").asText().strip());
        }
        epcs(pre, event, "epcList");
        single(pre, event, "parentID");
        epcs(pre, event, "inputEPCList");
        epcs(pre, event, "childEPCs");
        quantities(pre, event, "quantityList");
        quantities(pre, event, "childQuantityList");
        quantities(pre, event, "inputQuantityList");
        epcs(pre, event, "outputEPCList");
        quantities(pre, event, "outputQuantityList");
        single(pre, event, "action");
        single(pre, event, "transformationID");
        if (event.has("bizStep")) {
            pre.append("bizStep=").append(cbv("BizStep-", text(event, "bizStep")));
        }
        if (event.has("disposition")) {
            pre.append("disposition=").append(cbv("Disp-", text(event, "disposition")));
        }
        if (event.has("persistentDisposition")) {
            pre.append("persistentDisposition");
            for (String kind : List.of("set", "unset")) {
                List<String> values = new ArrayList<>();
                event.get("persistentDisposition").path(kind).forEach(v -> values.add(kind + "=" + cbv("Disp-", v.asText().strip())));
                values.sort(null);
                values.forEach(pre::append);
            }
        }
        List<String> placeExtensions = new ArrayList<>();
        for (String place : List.of("readPoint", "bizLocation")) {
            if (event.has(place)) {
                pre.append(place).append("id=").append(identifier(event.get(place).path("id").asText().strip()));
                List<String> extensions = extensions(event.get(place), Set.of("id"), known);
                if (!extensions.isEmpty()) {
                    placeExtensions.add(place + String.join("", extensions));
                }
            }
        }
        typed(pre, event, "bizTransactionList", "bizTransaction", "BTT-");
        typed(pre, event, "sourceList", "source", "SDT-");
        typed(pre, event, "destinationList", "destination", "SDT-");
        sensors(pre, event, known);
        if (event.has("ilmd")) {
            pre.append("ilmd").append(String.join("", extensions(event.get("ilmd"), Set.of(), known)));
        }
        placeExtensions.forEach(pre::append);
        pre.append(String.join("", extensions(event, STANDARD, known)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(pre.toString().getBytes(StandardCharsets.UTF_8));
            return new Result(pre.toString(), HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void single(StringBuilder pre, JsonNode event, String field) {
        if (event.has(field)) {
            String value = event.get(field).asText().strip();
            pre.append(field).append('=').append(field.equals("action") ? value : identifier(value));
        }
    }

    private static void epcs(StringBuilder pre, JsonNode event, String list) {
        if (!event.has(list)) {
            return;
        }
        List<String> elements = new ArrayList<>();
        event.get(list).forEach(epc -> elements.add("epc=" + identifier(epc.asText().strip())));
        elements.sort(null);
        pre.append(list).append(String.join("", elements));
    }

    private static void quantities(StringBuilder pre, JsonNode event, String list) {
        if (!event.has(list)) {
            return;
        }
        List<String> elements = new ArrayList<>();
        for (JsonNode element : event.get(list)) {
            StringBuilder one = new StringBuilder("quantityElement");
            one.append("epcClass=").append(identifier(element.path("epcClass").asText().strip()));
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

    /** Typed lists: the type (a CBV word) first, then the value, each element sorted as a whole. */
    private static void typed(StringBuilder pre, JsonNode event, String list, String valueField, String vocabulary) {
        if (!event.has(list)) {
            return;
        }
        List<String> elements = new ArrayList<>();
        for (JsonNode element : event.get(list)) {
            String type = element.has("type") ? "type=" + cbv(vocabulary, element.get("type").asText().strip()) : "";
            elements.add(type + valueField + "=" + identifier(element.path(valueField).asText().strip()));
        }
        elements.sort(null);
        pre.append(list).append(String.join("", elements));
    }

    /** CBV 2.0: each sensorElement (no list name), its metadata, its reports sorted, then its extensions. */
    private void sensors(StringBuilder pre, JsonNode event, Map<String, String> known) {
        if (!event.has("sensorElementList")) {
            return;
        }
        List<String> elements = new ArrayList<>();
        for (JsonNode element : event.get("sensorElementList")) {
            StringBuilder one = new StringBuilder("sensorElement");
            if (element.has("sensorMetadata")) {
                one.append("sensorMetadata").append(fields(element.get("sensorMetadata"), METADATA_FIELDS, known));
            }
            List<String> reports = new ArrayList<>();
            for (JsonNode report : element.path("sensorReport")) {
                reports.add("sensorReport" + fields(report, REPORT_FIELDS, known));
            }
            reports.sort(null);
            reports.forEach(one::append);
            extensions(element, Set.of("sensorMetadata", "sensorReport"), known).forEach(one::append);
            elements.add(one.toString());
        }
        elements.sort(null);
        elements.forEach(pre::append);
    }

    private String fields(JsonNode object, List<String> order, Map<String, String> known) {
        StringBuilder out = new StringBuilder();
        for (String field : order) {
            if (!object.has(field)) {
                continue;
            }
            JsonNode value = object.get(field);
            String text;
            if (value.isNumber()) {
                text = number(value);
            } else if (field.equals("type") || field.equals("exception") || field.equals("component")) {
                text = vocabulary(value.asText().strip());
            } else if (TIME_FIELDS.contains(field)) {
                text = utc(value.asText().strip());
            } else if (IDENTIFIER_FIELDS.contains(field)) {
                text = identifier(value.asText().strip());
            } else {
                text = value.asText().strip();
            }
            out.append(field).append('=').append(text);
        }
        extensions(object, Set.copyOf(order), known).forEach(out::append);
        return out.toString();
    }

    /** Entries {@code {namespace}local=value} (nested objects: the key, then their own entries), sorted. */
    private List<String> extensions(JsonNode object, Set<String> skip, Map<String, String> known) {
        List<String> entries = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (skip.contains(field.getKey())) {
                continue;
            }
            String key = expand(field.getKey(), known);
            addEntries(entries, key, field.getValue(), known);
        }
        entries.sort(null);
        return entries;
    }

    private void addEntries(List<String> entries, String key, JsonNode value, Map<String, String> known) {
        if (value.isArray()) {
            value.forEach(element -> addEntries(entries, key, element, known));
        } else if (value.isObject()) {
            entries.add(key + String.join("", extensions(value, Set.of(), known)));
        } else {
            entries.add(key + "=" + (value.isNumber() ? number(value) : value.asText().strip()));
        }
    }

    private static String expand(String key, Map<String, String> known) {
        int colon = key.indexOf(':');
        if (colon < 0 || !known.containsKey(key.substring(0, colon))) {
            throw new IllegalArgumentException("Field " + key + " is neither EPCIS nor a declared extension");
        }
        return "{" + known.get(key.substring(0, colon)) + "}" + key.substring(colon + 1);
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
        if (value.startsWith("cbv:")) {
            return "https://ref.gs1.org/cbv/" + value.substring(4);
        }
        return value.contains(":") ? value : "https://ref.gs1.org/cbv/" + vocabulary + value;
    }

    /** Sensor types, exceptions and components: bare words and {@code gs1:} CURIEs are GS1 Web Vocabulary terms. */
    private static String vocabulary(String value) {
        if (value.startsWith("gs1:")) {
            return "https://ref.gs1.org/voc/" + value.substring(4);
        }
        return value.contains(":") ? value : "https://ref.gs1.org/voc/" + value;
    }

    /** EPC URNs and Digital Links become constrained canonical Digital Links; anything else is kept. */
    static String identifier(String value) {
        if (value.startsWith("urn:epc:")) {
            return EpcUrn.toDigitalLink(value).orElse(value);
        }
        Matcher link = DIGITAL_LINK.matcher(value);
        if (!link.matches()) {
            return value;
        }
        String primary = link.group(1);
        StringBuilder out = new StringBuilder("https://id.gs1.org/").append(primary).append('/').append(link.group(2));
        String[] rest = link.group(3).isEmpty() ? new String[0] : link.group(3).substring(1).split("/");
        String finest = null;
        for (int i = 0; i + 1 < rest.length; i += 2) {
            String pair = primary + ":" + rest[i];
            if (QUALIFIERS_KEPT.contains(pair) && (finest == null || rest[i].equals("21") || rest[i].equals("8011")
                    || rest[i].equals("254"))) {
                finest = "/" + rest[i] + "/" + rest[i + 1];
            }
        }
        return finest == null ? out.toString() : out.append(finest).toString();
    }

    private static String number(JsonNode node) {
        BigDecimal value = node.decimalValue().stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }
}

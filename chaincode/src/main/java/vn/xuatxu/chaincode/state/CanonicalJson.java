package vn.xuatxu.chaincode.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The one JSON encoding the ledger writes: UTF-8, object keys sorted (by UTF-16 code units, which is
 * plain byte order for our ASCII keys), no whitespace, null fields omitted, only integral numbers.
 *
 * <p>Why our own writer rather than Jackson's sort features: Jackson orders record components by
 * creator first unless {@code SORT_CREATOR_PROPERTIES_FIRST} is switched off, and never sorts the
 * fields of a {@code JsonNode}. Writing from the tree with an explicit sort makes the order a property
 * of this class alone, whatever the value's type or Jackson version.
 *
 * <p>Reading is strict (duplicate keys, unknown properties and trailing tokens fail) because anything
 * the ledger reads back was written by this class.
 */
public final class CanonicalJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private CanonicalJson() {
    }

    /** Canonical UTF-8 bytes of a record, enum, map or tree. */
    public static byte[] encode(Object value) {
        JsonNode tree = value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            write(tree, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@link #encode(Object)} as a string. */
    public static String encodeToString(Object value) {
        return new String(encode(value), StandardCharsets.UTF_8);
    }

    /**
     * Reads a value this class wrote.
     *
     * @throws IllegalStateException if the bytes are not a valid encoding of {@code type}: the world
     *                               state is corrupt or was written by incompatible code
     */
    public static <T> T decode(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON is not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses submitted JSON into a tree (duplicate keys rejected).
     *
     * @throws JsonProcessingException if the text is not one well-formed JSON value
     */
    public static JsonNode parseTree(String json) throws JsonProcessingException {
        JsonNode tree = MAPPER.readTree(json);
        if (tree == null || tree.isMissingNode()) {
            throw new JsonProcessingException("no JSON value found") { };
        }
        return tree;
    }

    private static void write(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    if (!field.getValue().isNull()) {
                        names.add(field.getKey());
                    }
                }
                Collections.sort(names);
                out.writeStartObject();
                for (String name : names) {
                    out.writeFieldName(name);
                    write(node.get(name), out);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : node) {
                    write(element, out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            case NUMBER -> {
                if (!node.isIntegralNumber()) {
                    throw new IllegalArgumentException("canonical JSON holds no fractional numbers (write decimals as strings): " + node);
                }
                out.writeNumber(node.bigIntegerValue());
            }
            default -> throw new IllegalArgumentException("cannot write " + node.getNodeType() + " as canonical JSON");
        }
    }
}

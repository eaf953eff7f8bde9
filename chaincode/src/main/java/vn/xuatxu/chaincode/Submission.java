package vn.xuatxu.chaincode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.xuatxu.chaincode.state.CanonicalJson;

/**
 * A JSON object submitted to a transaction, read field by field so that every refusal names the
 * field and the reason ({@code INVALID_ARGUMENT: registerLot: field 'quantity' must be ...}).
 *
 * <p>Strict on purpose: unknown fields are refused (a misspelt {@code bestBefore} must not silently
 * register a lot without its date), fields the ledger assigns are refused with a message saying so,
 * and human text is NFC-normalised and trimmed so that one visible name has one byte sequence.
 */
final class Submission {
    private final String transaction;
    private final JsonNode object;
    /** Where this object sits in the submitted JSON, e.g. {@code "outputLots[1]."}; empty at the top. */
    private final String path;

    private Submission(String transaction, JsonNode object, String path) {
        this.transaction = transaction;
        this.object = object;
        this.path = path;
    }

    /**
     * Parses {@code json} and refuses fields outside {@code allowed}.
     *
     * @param transaction   transaction name, for messages
     * @param argument      argument name, for messages
     * @param allowed       the fields a caller may submit
     * @param ledgerAssigned fields that exist in the stored record but are set by the ledger
     */
    static Submission parse(String transaction, String argument, String json, Set<String> allowed,
            Set<String> ledgerAssigned) {
        if (json == null || json.isBlank()) {
            throw invalid(transaction, "argument '" + argument + "' is empty; expected a JSON object");
        }
        JsonNode tree;
        try {
            tree = CanonicalJson.parseTree(json);
        } catch (JsonProcessingException e) {
            throw invalid(transaction, "argument '" + argument + "' is not valid JSON: " + e.getOriginalMessage());
        }
        if (!tree.isObject()) {
            throw invalid(transaction, "argument '" + argument + "' must be a JSON object, got " + kind(tree));
        }
        return checked(transaction, tree, "", allowed, ledgerAssigned);
    }

    private static Submission checked(String transaction, JsonNode tree, String path, Set<String> allowed,
            Set<String> ledgerAssigned) {
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        Collections.sort(names);
        for (String name : names) {
            if (ledgerAssigned.contains(name)) {
                throw invalid(transaction, "field '" + path + name + "' is assigned by the ledger and must not be submitted");
            }
            if (!allowed.contains(name)) {
                throw invalid(transaction, "unknown field '" + path + name + "'; allowed fields are " + new TreeSet<>(allowed));
            }
        }
        return new Submission(transaction, tree, path);
    }

    /** True when the field is present and not null. */
    boolean has(String field) {
        JsonNode node = object.get(field);
        return node != null && !node.isNull();
    }

    /** An optional nested JSON object, checked against its own allowed fields. */
    Optional<Submission> optionalObject(String field, Set<String> allowed) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw fieldInvalid(field, "must be a JSON object, got " + kind(node));
        }
        return Optional.of(checked(transaction, node, path + field + ".", allowed, Set.of()));
    }

    /**
     * An optional JSON array of objects, each checked against {@code allowed}; absent reads as empty.
     *
     * @param max most elements accepted
     */
    List<Submission> objectArray(String field, Set<String> allowed, int max) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw fieldInvalid(field, "must be a JSON array, got " + kind(node));
        }
        if (node.size() > max) {
            throw fieldInvalid(field, "must have at most " + max + " elements, got " + node.size());
        }
        List<Submission> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            String elementPath = path + field + "[" + i + "]";
            if (!element.isObject()) {
                throw invalid(transaction, "field '" + elementPath + "' must be a JSON object, got " + kind(element));
            }
            elements.add(checked(transaction, element, elementPath + ".", allowed, Set.of()));
        }
        return elements;
    }

    /** An optional JSON array of strings, each converted by {@code parser}; absent reads as empty. */
    <T> List<T> stringArray(String field, Function<String, T> parser, int max) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw fieldInvalid(field, "must be a JSON array, got " + kind(node));
        }
        if (node.size() > max) {
            throw fieldInvalid(field, "must have at most " + max + " elements, got " + node.size());
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            String elementPath = field + "[" + i + "]";
            if (!element.isTextual()) {
                throw fieldInvalid(elementPath, "must be a JSON string, got " + kind(element));
            }
            try {
                values.add(parser.apply(element.textValue()));
            } catch (IllegalArgumentException e) {
                throw fieldInvalid(elementPath, e.getMessage());
            }
        }
        return values;
    }

    /** A required JSON integer within {@code [min, max]}. */
    int requiredInteger(String field, int min, int max) {
        int value = optionalInteger(field).orElseThrow(() -> fieldInvalid(field, "is required"));
        if (value < min || value > max) {
            throw fieldInvalid(field, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** A single positional argument (not JSON), converted by {@code parser}. */
    static <T> T argument(String transaction, String name, String value, Function<String, T> parser) {
        if (value == null || value.isEmpty()) {
            throw invalid(transaction, "argument '" + name + "' is required");
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw invalid(transaction, "argument '" + name + "' " + e.getMessage());
        }
    }

    /** A required JSON string converted by {@code parser}, whose {@link IllegalArgumentException} says why it is wrong. */
    <T> T required(String field, Function<String, T> parser) {
        return optional(field, parser).orElseThrow(() -> fieldInvalid(field, "is required"));
    }

    <T> Optional<T> optional(String field, Function<String, T> parser) {
        return rawString(field).map(value -> {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw fieldInvalid(field, e.getMessage());
            }
        });
    }

    /** Required human text: NFC, trimmed, not blank, no control characters, at most {@code maxLength} code points. */
    String requiredText(String field, int maxLength) {
        return optionalText(field, maxLength).orElseThrow(() -> fieldInvalid(field, "is required"));
    }

    Optional<String> optionalText(String field, int maxLength) {
        return rawString(field).map(raw -> {
            String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
            if (text.isEmpty()) {
                throw fieldInvalid(field, "must not be blank");
            }
            if (text.codePoints().anyMatch(Character::isISOControl)) {
                throw fieldInvalid(field, "must not contain control characters (tab, newline, ...)");
            }
            int length = text.codePointCount(0, text.length());
            if (length > maxLength) {
                throw fieldInvalid(field, "must be at most " + maxLength + " characters, got " + length);
            }
            return text;
        });
    }

    /** A required ISO calendar date, {@code yyyy-MM-dd}. */
    LocalDate requiredDate(String field) {
        return optionalDate(field).orElseThrow(() -> fieldInvalid(field, "is required"));
    }

    Optional<LocalDate> optionalDate(String field) {
        return rawString(field).map(raw -> {
            if (!raw.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw fieldInvalid(field, "must be an ISO date yyyy-MM-dd, got \"" + abbreviate(raw) + "\"");
            }
            try {
                return LocalDate.parse(raw, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw fieldInvalid(field, "is not a calendar date: \"" + raw + "\"");
            }
        });
    }

    /** A required constant of {@code type}, spelt exactly as its name. */
    <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        String raw = rawString(field).orElseThrow(() -> fieldInvalid(field, "is required"));
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(raw))
                .findFirst()
                .orElseThrow(() -> fieldInvalid(field, "must be one of " + Arrays.toString(type.getEnumConstants())
                        + ", got \"" + abbreviate(raw) + "\""));
    }

    /** An optional JSON integer (no fraction, no string). */
    Optional<Integer> optionalInteger(String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw fieldInvalid(field, "must be a JSON integer, got " + kind(node) + " " + abbreviate(node.toString()));
        }
        return Optional.of(node.intValue());
    }

    /** An INVALID_ARGUMENT failure for a rule across fields, e.g. best-before preceding production. */
    RuntimeException violation(String detail) {
        return invalid(transaction, detail);
    }

    private Optional<String> rawString(String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw fieldInvalid(field, "must be a JSON string, got " + kind(node) + " " + abbreviate(node.toString()));
        }
        return Optional.of(node.textValue());
    }

    /** An INVALID_ARGUMENT failure naming one field of this object. */
    RuntimeException fieldInvalid(String field, String reason) {
        return invalid(transaction, "field '" + path + field + "' " + reason);
    }

    private static RuntimeException invalid(String transaction, String detail) {
        return ErrorCode.INVALID_ARGUMENT.exception(transaction + ": " + detail);
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}

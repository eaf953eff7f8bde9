package vn.xuatxu.chaincode.merkle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import vn.xuatxu.chaincode.state.CanonicalJson;

/**
 * The path from one serial's leaf to a {@link MerkleTree} root: at each level where the node had a
 * sibling, that sibling's hash and whether it sits on the LEFT or the RIGHT.
 *
 * <p>JSON form (what {@code verifyLabel} takes):
 * {@code {"siblings":[{"hash":"<64 hex>","side":"RIGHT"},{"hash":"...","side":"LEFT"}]}}; an empty
 * list proves the only serial of a one-label batch.
 *
 * @param steps from the leaf upwards
 */
public record MerkleProof(List<Step> steps) {
    /** Longest proof accepted: a tree of 2^40 leaves, far beyond any label batch. */
    public static final int MAX_STEPS = 40;

    public MerkleProof {
        steps = List.copyOf(steps);
        if (steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("a proof has at most " + MAX_STEPS + " steps, got " + steps.size());
        }
    }

    /** Which side of the path a sibling is on. */
    public enum Side {
        /** The sibling is the left child: parent = node(sibling, current). */
        LEFT,
        /** The sibling is the right child: parent = node(current, sibling). */
        RIGHT
    }

    /**
     * One level of the path.
     *
     * @param side which side the sibling is on
     * @param hash the sibling's hash, 64 lower-case hex
     */
    public record Step(Side side, String hash) {
        public Step {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(hash, "hash");
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("a sibling hash must be 64 lower-case hex digits, got \""
                        + (hash.length() > 70 ? hash.substring(0, 70) + "…" : hash) + "\"");
            }
        }
    }

    /** The root this proof leads to from {@code serial}, as 64 lower-case hex. */
    public String rootHexFor(String serial) {
        byte[] node = MerkleTree.leafHash(serial);
        for (Step step : steps) {
            byte[] sibling = HexFormat.of().parseHex(step.hash());
            node = step.side() == Side.LEFT ? MerkleTree.nodeHash(sibling, node) : MerkleTree.nodeHash(node, sibling);
        }
        return HexFormat.of().formatHex(node);
    }

    /** True when this proof leads from {@code serial} to {@code rootHex} (compared in constant time). */
    public boolean proves(String serial, String rootHex) {
        return MessageDigest.isEqual(rootHexFor(serial).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                rootHex.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** The canonical JSON form. */
    public String toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode siblings = root.putArray("siblings");
        for (Step step : steps) {
            siblings.addObject().put("hash", step.hash()).put("side", step.side().name());
        }
        return CanonicalJson.encodeToString(root);
    }

    /**
     * Reads the JSON form strictly: unknown fields, a missing side or a malformed hash are refused.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static MerkleProof fromJson(String json) {
        JsonNode tree;
        try {
            tree = CanonicalJson.parseTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("is not valid JSON: " + e.getOriginalMessage());
        }
        if (!tree.isObject() || tree.size() != 1 || !tree.has("siblings") || !tree.get("siblings").isArray()) {
            throw new IllegalArgumentException("must be a JSON object {\"siblings\":[...]} and nothing else");
        }
        List<Step> steps = new ArrayList<>();
        for (JsonNode element : tree.get("siblings")) {
            if (!element.isObject() || element.size() != 2 || !element.path("hash").isTextual()
                    || !element.path("side").isTextual()) {
                throw new IllegalArgumentException("each sibling must be {\"hash\":\"<64 hex>\",\"side\":\"LEFT|RIGHT\"}");
            }
            String side = element.get("side").textValue();
            if (!side.equals("LEFT") && !side.equals("RIGHT")) {
                throw new IllegalArgumentException("a sibling side must be LEFT or RIGHT, got \"" + side + "\"");
            }
            steps.add(new Step(Side.valueOf(side), element.get("hash").textValue()));
        }
        return new MerkleProof(steps);
    }
}

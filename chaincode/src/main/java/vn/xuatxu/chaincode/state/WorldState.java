package vn.xuatxu.chaincode.state;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * Typed access to one transaction's view of the world state.
 *
 * <p>Remember Fabric's rules: a read does not see this transaction's own writes (they are applied at
 * commit), so a transaction must never write a key and then read it back; paginated queries and key
 * history are for evaluate (query) transactions only, since the peer does not re-validate them at
 * commit. Range results come in key order (UTF-8 byte order), which is what makes iteration
 * deterministic.
 */
public final class WorldState {
    private final ChaincodeStub stub;

    public WorldState(ChaincodeStub stub) {
        this.stub = stub;
    }

    /** The stored record, decoded. */
    public <T> Optional<T> read(Class<T> type, ObjectType objectType, String... attributes) {
        return readBytes(objectType, attributes).map(bytes -> CanonicalJson.decode(bytes, type));
    }

    /** The stored JSON exactly as written, for returning to a caller unchanged. */
    public Optional<String> readJson(ObjectType objectType, String... attributes) {
        return readBytes(objectType, attributes).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code value} as canonical JSON.
     *
     * @return the JSON written
     */
    public String write(Object value, ObjectType objectType, String... attributes) {
        byte[] json = CanonicalJson.encode(value);
        stub.putState(objectType.key(stub, attributes), json);
        return new String(json, StandardCharsets.UTF_8);
    }

    /** Deletes a record (index entries only: records the ledger keeps are never deleted). */
    public void delete(ObjectType objectType, String... attributes) {
        stub.delState(objectType.key(stub, attributes));
    }

    /**
     * Every record under a partial key, decoded, in key order. Allowed in submit transactions (the
     * peer re-checks the range at commit), so keep the ranges small.
     */
    public <T> List<T> readAll(Class<T> type, ObjectType objectType, String... partialAttributes) {
        CompositeKey partial = objectType.partialKey(stub, partialAttributes);
        List<T> records = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> results = stub.getStateByPartialCompositeKey(partial)) {
            for (KeyValue result : results) {
                records.add(CanonicalJson.decode(result.getValue(), type));
            }
        }
        return records;
    }

    /**
     * One page of records under a partial key (evaluate transactions only), with Fabric's paging
     * semantics: the bookmark is the key the next page starts at, empty after the last page.
     *
     * <p>It asks the peer for one record more than the page and turns that record's key into the
     * bookmark, which is exactly the bookmark the peer's LevelDB scanner reports ("the next key"),
     * without reading the response metadata: that type lives in {@code fabric-protos}, which the
     * shim ships only at run time.
     *
     * @param bookmark empty for the first page, else the bookmark of the previous page
     */
    public <T> Page<T> page(Class<T> type, int pageSize, String bookmark, ObjectType objectType,
            String... partialAttributes) {
        CompositeKey partial = objectType.partialKey(stub, partialAttributes);
        List<T> records = new ArrayList<>();
        String next = "";
        try (QueryResultsIteratorWithMetadata<KeyValue> results =
                stub.getStateByPartialCompositeKeyWithPagination(partial, pageSize + 1, bookmark)) {
            for (KeyValue result : results) {
                if (records.size() == pageSize) {
                    next = result.getKey();
                    break;
                }
                records.add(CanonicalJson.decode(result.getValue(), type));
            }
        }
        return new Page<>(records, records.size(), next);
    }

    /** The committed history of one record's key, in the order the peer returns it (Fabric 2.x: newest first). */
    public List<KeyHistoryEntry> history(ObjectType objectType, String... attributes) {
        List<KeyHistoryEntry> entries = new ArrayList<>();
        try (QueryResultsIterator<KeyModification> results = stub.getHistoryForKey(objectType.key(stub, attributes))) {
            for (KeyModification modification : results) {
                byte[] value = modification.getValue();
                entries.add(new KeyHistoryEntry(modification.getTxId(), modification.getTimestamp(),
                        modification.isDeleted(), value == null ? new byte[0] : value));
            }
        }
        return entries;
    }

    private Optional<byte[]> readBytes(ObjectType objectType, String... attributes) {
        byte[] bytes = stub.getState(objectType.key(stub, attributes));
        return bytes == null || bytes.length == 0 ? Optional.empty() : Optional.of(bytes);
    }
}

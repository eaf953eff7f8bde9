package vn.xuatxu.chaincode.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * One transaction's stub over an {@link InMemoryLedger}, implementing only what the contract uses;
 * everything else throws {@link UnsupportedOperationException} so a new dependency of the contract
 * shows up as a failing test rather than as silently wrong behaviour.
 *
 * <p>Faithful where it matters: reads see committed state only (not this transaction's writes),
 * composite keys are built by the shim's own {@link CompositeKey}, a second {@code setEvent} replaces
 * the first, and writes reach the ledger only when the ledger commits the transaction. Range
 * queries run in UTF-8 byte order over {@code [partialKey, partialKey + U+10FFFF)} as a peer's LevelDB
 * does; paginated queries start at the bookmark (the next key) and report Fabric's metadata (records
 * fetched, next key or empty); a transaction may not both write and run a paginated query, as in
 * Fabric's transaction simulator; key history is newest first, as Fabric 2.x returns it.
 */
public final class InMemoryChaincodeStub implements ChaincodeStub {
    /** The partial-composite-key range end Fabric's shims use: the maximum Unicode code point. */
    static final String MAX_UNICODE_RUNE = new String(Character.toChars(Character.MAX_CODE_POINT));

    private final NavigableMap<String, byte[]> committed;
    private final Map<String, List<KeyModification>> history;
    private final String txId;
    private final Instant timestamp;
    private final byte[] creator;
    private final SortedMap<String, byte[]> writes = new TreeMap<>(InMemoryLedger.KEY_ORDER);
    private ChaincodeEventRecord event;
    private boolean paginatedQueryPerformed;

    InMemoryChaincodeStub(NavigableMap<String, byte[]> committed, Map<String, List<KeyModification>> history, String txId,
            Instant timestamp, byte[] creator) {
        this.committed = Collections.unmodifiableNavigableMap(committed);
        this.history = history;
        this.txId = txId;
        this.timestamp = timestamp;
        this.creator = creator.clone();
    }

    /** The write set, sorted by key; a null value is a delete. */
    SortedMap<String, byte[]> writes() {
        return Collections.unmodifiableSortedMap(writes);
    }

    Optional<ChaincodeEventRecord> event() {
        return Optional.ofNullable(event);
    }

    @Override
    public String getTxId() {
        return txId;
    }

    @Override
    public Instant getTxTimestamp() {
        return timestamp;
    }

    @Override
    public byte[] getCreator() {
        return creator.clone();
    }

    /** Like a peer: committed value, or an empty array when the key is absent; own writes are not visible. */
    @Override
    public byte[] getState(String key) {
        requireKey(key);
        byte[] value = committed.get(key);
        return value == null ? new byte[0] : value.clone();
    }

    @Override
    public void putState(String key, byte[] value) {
        requireKey(key);
        Objects.requireNonNull(value, "value");
        requireNoPaginatedQuery();
        writes.put(key, value.clone());
    }

    @Override
    public void delState(String key) {
        requireKey(key);
        requireNoPaginatedQuery();
        writes.put(key, null);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) {
        String start = compositeKey == null || compositeKey.isEmpty() ? CompositeKey.NAMESPACE : compositeKey;
        return new ListIterator<>(range(start, start + MAX_UNICODE_RUNE, Integer.MAX_VALUE));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String objectType, String... attributes) {
        return getStateByPartialCompositeKey(new CompositeKey(objectType, attributes));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(CompositeKey compositeKey) {
        return getStateByPartialCompositeKey(compositeKey.toString());
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey compositeKey, int pageSize, String bookmark) {
        if (!writes.isEmpty()) {
            throw new IllegalStateException("txid [" + txId + "]: transaction has already performed writes; paginated "
                    + "queries are not allowed");
        }
        if (pageSize <= 0) {
            throw new IllegalArgumentException("pageSize must be positive, got " + pageSize);
        }
        paginatedQueryPerformed = true;
        String prefix = compositeKey.toString();
        String end = prefix + MAX_UNICODE_RUNE;
        String start = bookmark == null || bookmark.isEmpty() ? prefix : bookmark;
        List<KeyValue> page = range(start, end, pageSize);
        String next = "";
        if (page.size() == pageSize) {
            String last = page.get(page.size() - 1).getKey();
            String higher = committed.higherKey(last);
            if (higher != null && InMemoryLedger.KEY_ORDER.compare(higher, end) < 0) {
                next = higher;
            }
        }
        QueryResponseMetadata metadata = QueryResponseMetadata.newBuilder()
                .setFetchedRecordsCount(page.size()).setBookmark(next).build();
        return new PageIterator(page, metadata);
    }

    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(String key) {
        requireKey(key);
        List<KeyModification> modifications = new ArrayList<>(history.getOrDefault(key, List.of()));
        Collections.reverse(modifications);
        return new ListIterator<>(modifications);
    }

    private List<KeyValue> range(String start, String end, int limit) {
        List<KeyValue> results = new ArrayList<>();
        if (InMemoryLedger.KEY_ORDER.compare(start, end) >= 0) {
            return results;
        }
        for (Map.Entry<String, byte[]> entry : committed.subMap(start, true, end, false).entrySet()) {
            if (results.size() == limit) {
                break;
            }
            results.add(new StoredKeyValue(entry.getKey(), entry.getValue().clone()));
        }
        return results;
    }

    private void requireNoPaginatedQuery() {
        if (paginatedQueryPerformed) {
            throw new IllegalStateException("txid [" + txId + "]: transaction has already performed a paginated query; "
                    + "writes are not allowed");
        }
    }

    private record StoredKeyValue(String key, byte[] value) implements KeyValue {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public byte[] getValue() {
            return value.clone();
        }

        @Override
        public String getStringValue() {
            return new String(value, StandardCharsets.UTF_8);
        }
    }

    private record ListIterator<T>(List<T> items) implements QueryResultsIterator<T> {
        @Override
        public Iterator<T> iterator() {
            return items.iterator();
        }

        @Override
        public void close() {
        }
    }

    private record PageIterator(List<KeyValue> items, QueryResponseMetadata metadata)
            implements QueryResultsIteratorWithMetadata<KeyValue> {
        @Override
        public Iterator<KeyValue> iterator() {
            return items.iterator();
        }

        @Override
        public QueryResponseMetadata getMetadata() {
            return metadata;
        }

        @Override
        public void close() {
        }
    }

    @Override
    public CompositeKey createCompositeKey(String objectType, String... attributes) {
        return new CompositeKey(objectType, attributes);
    }

    @Override
    public CompositeKey splitCompositeKey(String compositeKey) {
        return CompositeKey.parseCompositeKey(compositeKey);
    }

    @Override
    public void setEvent(String name, byte[] payload) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("event name can not be nil or empty string");
        }
        event = new ChaincodeEventRecord(txId, name, payload == null ? new byte[0] : payload.clone());
    }

    private static void requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be null or empty");
        }
    }

    // Everything below is not used by the contract.

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not used by the contract; implement it in the test stub first");
    }

    @Override
    public List<byte[]> getArgs() {
        throw unsupported();
    }

    @Override
    public List<String> getStringArgs() {
        throw unsupported();
    }

    @Override
    public String getFunction() {
        throw unsupported();
    }

    @Override
    public List<String> getParameters() {
        throw unsupported();
    }

    @Override
    public String getChannelId() {
        throw unsupported();
    }

    @Override
    public Chaincode.Response invokeChaincode(String chaincodeName, List<byte[]> args, String channel) {
        throw unsupported();
    }

    @Override
    public byte[] getStateValidationParameter(String key) {
        throw unsupported();
    }

    @Override
    public void setStateValidationParameter(String key, byte[] value) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(String startKey, String endKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(String startKey, String endKey,
            int pageSize, String bookmark) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getQueryResult(String query) {
        throw unsupported();
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(String query, int pageSize,
            String bookmark) {
        throw unsupported();
    }

    @Override
    public byte[] getPrivateData(String collection, String key) {
        throw unsupported();
    }

    @Override
    public byte[] getPrivateDataHash(String collection, String key) {
        throw unsupported();
    }

    @Override
    public byte[] getPrivateDataValidationParameter(String collection, String key) {
        throw unsupported();
    }

    @Override
    public void putPrivateData(String collection, String key, byte[] value) {
        throw unsupported();
    }

    @Override
    public void setPrivateDataValidationParameter(String collection, String key, byte[] value) {
        throw unsupported();
    }

    @Override
    public void delPrivateData(String collection, String key) {
        throw unsupported();
    }

    @Override
    public void purgePrivateData(String collection, String key) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(String collection, String startKey, String endKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String compositeKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection,
            CompositeKey compositeKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String objectType,
            String... attributes) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(String collection, String query) {
        throw unsupported();
    }

    @Override
    public ChaincodeEvent getEvent() {
        throw unsupported();
    }

    @Override
    public SignedProposal getSignedProposal() {
        throw unsupported();
    }

    @Override
    public Map<String, byte[]> getTransient() {
        throw unsupported();
    }

    @Override
    public byte[] getBinding() {
        throw unsupported();
    }

    @Override
    public String getMspId() {
        throw unsupported();
    }
}

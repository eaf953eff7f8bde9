package vn.xuatxu.api.ledger.embedded;

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

import com.google.protobuf.ByteString;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Fabric's chaincode stub as a peer gives it during endorsement: reads see committed state only (never the
 * transaction's own writes), every read is recorded with the version it saw, writes are buffered into a
 * write set, and at most one event is kept. Nothing touches the world state until the block commits.
 */
final class SimulationStub implements ChaincodeStub {

    private static final String COMPOSITE_MAX = new String(Character.toChars(Character.MAX_CODE_POINT));

    private final WorldState state;
    private final String channel;
    private final String transactionId;
    private final Instant timestamp;
    private final byte[] creator;
    private final String function;
    private final List<String> arguments;
    private final Map<String, WorldState.Version> reads = new LinkedHashMap<>();
    private final List<RangeRead> rangeReads = new ArrayList<>();
    private final Map<String, byte[]> writes = new TreeMap<>();
    private ChaincodeEvent event;

    SimulationStub(WorldState state, String channel, String transactionId, Instant timestamp, byte[] creator,
                   String function, List<String> arguments) {
        this.state = state;
        this.channel = channel;
        this.transactionId = transactionId;
        this.timestamp = timestamp;
        this.creator = creator.clone();
        this.function = function;
        this.arguments = List.copyOf(arguments);
    }

    /** Keys read and the version seen; a null version means the key did not exist. */
    Map<String, WorldState.Version> readSet() {
        return Collections.unmodifiableMap(reads);
    }

    /**
     * A range query as simulated: its bounds and what it saw. At commit the range is read again; a key
     * added, removed or changed inside it since then is a phantom, and the transaction is invalid.
     */
    record RangeRead(String start, String end, Map<String, WorldState.Version> seen) {
    }

    List<RangeRead> rangeReads() {
        return Collections.unmodifiableList(rangeReads);
    }

    /** Keys written, sorted; a null value is a delete. */
    Map<String, byte[]> writeSet() {
        return Collections.unmodifiableMap(writes);
    }

    Optional<ChaincodeEvent> emittedEvent() {
        return Optional.ofNullable(event);
    }

    @Override
    public List<byte[]> getArgs() {
        List<byte[]> all = new ArrayList<>();
        all.add(function.getBytes(StandardCharsets.UTF_8));
        arguments.forEach(argument -> all.add(argument.getBytes(StandardCharsets.UTF_8)));
        return all;
    }

    @Override
    public List<String> getStringArgs() {
        List<String> all = new ArrayList<>();
        all.add(function);
        all.addAll(arguments);
        return all;
    }

    @Override
    public String getFunction() {
        return function;
    }

    @Override
    public List<String> getParameters() {
        return arguments;
    }

    @Override
    public String getTxId() {
        return transactionId;
    }

    @Override
    public String getChannelId() {
        return channel;
    }

    @Override
    public byte[] getState(String key) {
        Optional<WorldState.Entry> entry = state.get(key);
        reads.put(key, entry.map(WorldState.Entry::version).orElse(null));
        return entry.map(e -> e.value().clone()).orElse(new byte[0]);
    }

    @Override
    public void putState(String key, byte[] value) {
        requireKey(key);
        if (value == null) {
            throw new IllegalArgumentException("A state value must not be null: use delState to delete " + key);
        }
        writes.put(key, value.clone());
    }

    @Override
    public void delState(String key) {
        requireKey(key);
        writes.put(key, null);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(String startKey, String endKey) {
        return rangeOf(startKey == null ? "" : startKey, endKey == null ? "" : endKey);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) {
        String start = compositeKey == null || compositeKey.isEmpty() ? CompositeKey.NAMESPACE : compositeKey;
        return rangeOf(start, start + COMPOSITE_MAX);
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
    public CompositeKey createCompositeKey(String objectType, String... attributes) {
        return new CompositeKey(objectType, attributes);
    }

    @Override
    public CompositeKey splitCompositeKey(String compositeKey) {
        return CompositeKey.parseCompositeKey(compositeKey);
    }

    @Override
    public void setEvent(String name, byte[] payload) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An event needs a name");
        }
        event = ChaincodeEvent.newBuilder()
                .setEventName(name)
                .setTxId(transactionId)
                .setPayload(ByteString.copyFrom(payload == null ? new byte[0] : payload))
                .build();
    }

    @Override
    public ChaincodeEvent getEvent() {
        return event;
    }

    @Override
    public Instant getTxTimestamp() {
        return timestamp;
    }

    @Override
    public byte[] getCreator() {
        return creator.clone();
    }

    @Override
    public Map<String, byte[]> getTransient() {
        return Map.of();
    }

    @Override
    public byte[] getBinding() {
        return new byte[0];
    }

    @Override
    public String getMspId() {
        return "EmbeddedPeerMSP";
    }

    private QueryResultsIterator<KeyValue> rangeOf(String start, String end) {
        List<KeyValue> results = new ArrayList<>();
        Map<String, WorldState.Version> seen = new LinkedHashMap<>();
        state.range(start, end).forEach((key, entry) -> {
            seen.put(key, entry.version());
            results.add(new StoredKeyValue(key, entry.value().clone()));
        });
        rangeReads.add(new RangeRead(start, end, seen));
        return new ListIterator<>(results);
    }

    /**
     * Fabric's paginated composite-key query: at most {@code pageSize} results from the bookmark (a key,
     * inclusive), and the key to continue from as the next bookmark (empty at the end). As in Fabric it is
     * meant for read-only queries; its reads are not validated at commit.
     */
    private QueryResultsIteratorWithMetadata<KeyValue> pageOf(String start, String end, int pageSize, String bookmark) {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("A page size must be positive");
        }
        String from = bookmark == null || bookmark.isEmpty() || bookmark.compareTo(start) < 0 ? start : bookmark;
        List<KeyValue> results = new ArrayList<>();
        String next = "";
        for (Map.Entry<String, WorldState.Entry> entry : state.range(from, end).entrySet()) {
            if (results.size() == pageSize) {
                next = entry.getKey();
                break;
            }
            results.add(new StoredKeyValue(entry.getKey(), entry.getValue().value().clone()));
        }
        QueryResponseMetadata metadata = QueryResponseMetadata.newBuilder()
                .setFetchedRecordsCount(results.size()).setBookmark(next).build();
        return new PageIterator(results, metadata);
    }

    private record PageIterator(List<KeyValue> items, QueryResponseMetadata metadata)
            implements QueryResultsIteratorWithMetadata<KeyValue> {
        @Override
        public QueryResponseMetadata getMetadata() {
            return metadata;
        }

        @Override
        public Iterator<KeyValue> iterator() {
            return items.iterator();
        }

        @Override
        public void close() {
            // Results were copied at query time; nothing to release.
        }
    }

    private record StoredModification(String txId, byte[] value, Instant timestamp, boolean deleted)
            implements KeyModification {
        @Override
        public String getTxId() {
            return txId;
        }

        @Override
        public byte[] getValue() {
            return value;
        }

        @Override
        public String getStringValue() {
            return new String(value, StandardCharsets.UTF_8);
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public boolean isDeleted() {
            return deleted;
        }
    }

    private static void requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("A state key must not be empty");
        }
    }

    private record StoredKeyValue(String key, byte[] value) implements KeyValue {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public byte[] getValue() {
            return value;
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
            // Results were copied at query time; nothing to release.
        }
    }

    // What follows is outside what the embedded ledger offers: private data, rich (CouchDB) queries,
    // key-level endorsement and cross-chaincode calls. Each says so plainly instead of returning a wrong answer.

    private static UnsupportedOperationException notOffered(String what) {
        return new UnsupportedOperationException(what + " is not offered by the embedded ledger");
    }

    @Override
    public Chaincode.Response invokeChaincode(String chaincodeName, List<byte[]> args, String channel) {
        throw notOffered("Calling another chaincode");
    }

    @Override
    public byte[] getStateValidationParameter(String key) {
        throw notOffered("Key-level endorsement");
    }

    @Override
    public void setStateValidationParameter(String key, byte[] value) {
        throw notOffered("Key-level endorsement");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(String startKey, String endKey,
                                                                                     int pageSize, String bookmark) {
        return pageOf(startKey == null ? "" : startKey, endKey == null ? "" : endKey, pageSize, bookmark);
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey compositeKey, int pageSize, String bookmark) {
        String start = compositeKey.toString();
        return pageOf(start, start + COMPOSITE_MAX, pageSize, bookmark);
    }

    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(String key) {
        List<KeyModification> changes = new ArrayList<>();
        state.history(key).forEach(change -> changes.add(new StoredModification(change.transactionId(),
                change.value() == null ? new byte[0] : change.value().clone(), change.timestamp(), change.deleted())));
        return new ListIterator<>(changes);
    }

    @Override
    public QueryResultsIterator<KeyValue> getQueryResult(String query) {
        throw notOffered("Rich (CouchDB) queries");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(String query, int pageSize,
                                                                                   String bookmark) {
        throw notOffered("Rich (CouchDB) queries");
    }

    @Override
    public byte[] getPrivateData(String collection, String key) {
        throw notOffered("Private data");
    }

    @Override
    public byte[] getPrivateDataHash(String collection, String key) {
        throw notOffered("Private data");
    }

    @Override
    public byte[] getPrivateDataValidationParameter(String collection, String key) {
        throw notOffered("Private data");
    }

    @Override
    public void putPrivateData(String collection, String key, byte[] value) {
        throw notOffered("Private data");
    }

    @Override
    public void setPrivateDataValidationParameter(String collection, String key, byte[] value) {
        throw notOffered("Private data");
    }

    @Override
    public void delPrivateData(String collection, String key) {
        throw notOffered("Private data");
    }

    @Override
    public void purgePrivateData(String collection, String key) {
        throw notOffered("Private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(String collection, String startKey, String endKey) {
        throw notOffered("Private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String compositeKey) {
        throw notOffered("Private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection,
                                                                              CompositeKey compositeKey) {
        throw notOffered("Private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String objectType,
                                                                              String... attributes) {
        throw notOffered("Private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(String collection, String query) {
        throw notOffered("Private data");
    }

    @Override
    public SignedProposal getSignedProposal() {
        throw notOffered("The signed proposal");
    }
}

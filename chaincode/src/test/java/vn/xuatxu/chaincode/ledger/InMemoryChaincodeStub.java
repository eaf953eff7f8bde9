package vn.xuatxu.chaincode.ledger;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
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
 * the first, and writes reach the ledger only when the ledger commits the transaction.
 */
public final class InMemoryChaincodeStub implements ChaincodeStub {
    private final NavigableMap<String, byte[]> committed;
    private final String txId;
    private final Instant timestamp;
    private final byte[] creator;
    private final SortedMap<String, byte[]> writes = new TreeMap<>();
    private ChaincodeEventRecord event;

    InMemoryChaincodeStub(NavigableMap<String, byte[]> committed, String txId, Instant timestamp, byte[] creator) {
        this.committed = Collections.unmodifiableNavigableMap(committed);
        this.txId = txId;
        this.timestamp = timestamp;
        this.creator = creator.clone();
    }

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
        writes.put(key, value.clone());
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
    public void delState(String key) {
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
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String objectType, String... attributes) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(CompositeKey compositeKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey compositeKey, int pageSize, String bookmark) {
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
    public QueryResultsIterator<KeyModification> getHistoryForKey(String key) {
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

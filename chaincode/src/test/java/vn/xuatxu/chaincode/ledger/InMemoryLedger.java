package vn.xuatxu.chaincode.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;

/**
 * A single-peer ledger for tests: sorted committed world state, a log of committed transactions, and
 * a settable transaction clock and id.
 *
 * <p>{@link #submit} runs a function in a fresh transaction and commits its writes and event only if
 * it returns normally, as an orderer would drop a failed endorsement; {@link #evaluate} never commits
 * and fails the test if the function tried to write.
 */
public final class InMemoryLedger {
    private final NavigableMap<String, byte[]> state = new TreeMap<>();
    private final List<CommittedTransaction> log = new ArrayList<>();
    private Instant nextTimestamp = Instant.parse("2026-11-23T03:04:05.123456789Z");
    private String nextTxId;
    private int transactions;

    /** The timestamp the next transactions carry (the proposal's timestamp in Fabric). */
    public void setTimestamp(Instant timestamp) {
        this.nextTimestamp = timestamp;
    }

    /** The id of the next transaction only; afterwards ids are generated again. */
    public void setNextTxId(String txId) {
        this.nextTxId = txId;
    }

    public String submit(TestIdentity caller, Function<Context, String> transaction) {
        InMemoryChaincodeStub stub = newStub(caller);
        String response = transaction.apply(new Context(stub));
        log.add(new CommittedTransaction(stub.getTxId(), response, new TreeMap<>(stub.writes()), stub.event()));
        state.putAll(stub.writes());
        return response;
    }

    public String evaluate(TestIdentity caller, Function<Context, String> query) {
        InMemoryChaincodeStub stub = newStub(caller);
        String response = query.apply(new Context(stub));
        if (!stub.writes().isEmpty()) {
            throw new AssertionError("an evaluate transaction wrote " + stub.writes().keySet());
        }
        return response;
    }

    /** Committed bytes under {@code key}, or empty. */
    public Optional<byte[]> state(String key) {
        return Optional.ofNullable(state.get(key)).map(byte[]::clone);
    }

    public Optional<String> stateText(String key) {
        return state(key).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** A copy of the whole committed state, sorted by key. */
    public NavigableMap<String, byte[]> snapshot() {
        NavigableMap<String, byte[]> copy = new TreeMap<>();
        state.forEach((key, value) -> copy.put(key, value.clone()));
        return copy;
    }

    public List<CommittedTransaction> log() {
        return Collections.unmodifiableList(log);
    }

    public CommittedTransaction lastTransaction() {
        if (log.isEmpty()) {
            throw new AssertionError("no transaction has been committed");
        }
        return log.get(log.size() - 1);
    }

    public List<ChaincodeEventRecord> events() {
        return log.stream().flatMap(tx -> tx.event().stream()).toList();
    }

    private InMemoryChaincodeStub newStub(TestIdentity caller) {
        transactions++;
        String txId = nextTxId != null ? nextTxId : String.format("tx%04d", transactions);
        nextTxId = null;
        return new InMemoryChaincodeStub(state, txId, nextTimestamp, caller.serialized());
    }
}

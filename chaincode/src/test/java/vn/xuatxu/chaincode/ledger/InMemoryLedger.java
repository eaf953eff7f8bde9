package vn.xuatxu.chaincode.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ledger.KeyModification;

/**
 * A single-peer ledger for tests: sorted committed world state, key history, a log of committed
 * transactions, and a settable transaction clock and id.
 *
 * <p>{@link #submit} runs a function in a fresh transaction and commits its writes and event only if
 * it returns normally, as an orderer would drop a failed endorsement; {@link #evaluate} never commits
 * and fails the test if the function tried to write; {@link #simulate} endorses without committing,
 * which is what the determinism test compares. Keys are ordered by their UTF-8 bytes, as LevelDB
 * orders them.
 */
public final class InMemoryLedger {
    /** LevelDB's key order: unsigned lexicographic order of the UTF-8 bytes. */
    public static final Comparator<String> KEY_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private final NavigableMap<String, byte[]> state = new TreeMap<>(KEY_ORDER);
    private final Map<String, List<KeyModification>> history = new HashMap<>();
    private final List<CommittedTransaction> log = new ArrayList<>();
    private Instant nextTimestamp = Instant.parse("2026-11-23T03:04:05.123456789Z");
    private String nextTxId;
    private int transactions;

    /** What an endorsement produced without being committed. */
    public record Simulation(String response, RuntimeException failure, SortedMap<String, byte[]> writes,
            Optional<ChaincodeEventRecord> event) {
    }

    /** The timestamp the next transactions carry (the proposal's timestamp in Fabric). */
    public void setTimestamp(Instant timestamp) {
        this.nextTimestamp = timestamp;
    }

    public Instant timestamp() {
        return nextTimestamp;
    }

    /** The id of the next transaction only; afterwards ids are generated again. */
    public void setNextTxId(String txId) {
        this.nextTxId = txId;
    }

    public String submit(TestIdentity caller, Function<Context, String> transaction) {
        InMemoryChaincodeStub stub = newStub(caller);
        String response = transaction.apply(new Context(stub));
        commit(stub.getTxId(), response, stub.writes(), stub.event());
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

    /** Endorses {@code transaction} with the given id against the current state, and commits nothing. */
    public Simulation simulate(TestIdentity caller, String txId, Function<Context, String> transaction) {
        InMemoryChaincodeStub stub = new InMemoryChaincodeStub(state, history, txId, nextTimestamp, caller.serialized());
        try {
            String response = transaction.apply(new Context(stub));
            return new Simulation(response, null, new TreeMap<>(stub.writes()), stub.event());
        } catch (RuntimeException e) {
            return new Simulation(null, e, new TreeMap<>(stub.writes()), stub.event());
        }
    }

    /** Commits a simulation as its own transaction, as the peer would after validation. */
    public void commit(String txId, Simulation simulation) {
        if (simulation.failure() != null) {
            throw new AssertionError("cannot commit a failed endorsement", simulation.failure());
        }
        transactions++;
        commit(txId, simulation.response(), simulation.writes(), simulation.event());
    }

    private void commit(String txId, String response, SortedMap<String, byte[]> writes,
            Optional<ChaincodeEventRecord> event) {
        SortedMap<String, byte[]> copy = new TreeMap<>(KEY_ORDER);
        copy.putAll(writes);
        log.add(new CommittedTransaction(txId, response, copy, event));
        writes.forEach((key, value) -> {
            if (value == null) {
                state.remove(key);
            } else {
                state.put(key, value.clone());
            }
            history.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Modification(txId, value == null ? new byte[0] : value.clone(), nextTimestamp, value == null));
        });
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
        NavigableMap<String, byte[]> copy = new TreeMap<>(KEY_ORDER);
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
        return new InMemoryChaincodeStub(state, history, txId, nextTimestamp, caller.serialized());
    }

    /** A committed modification of one key, as the peer's history database returns it. */
    private record Modification(String txId, byte[] value, Instant timestamp, boolean deleted) implements KeyModification {
        @Override
        public String getTxId() {
            return txId;
        }

        @Override
        public byte[] getValue() {
            return value.clone();
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
}

package vn.xuatxu.api.ledger.embedded;

import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The embedded ledger's execution machinery (its {@code SimulationStub}, {@code WorldState} and
 * {@code ContractInvoker}) opened up for a test peer: run a contract function against committed state as an
 * endorsing peer does, and apply a validated write set as a committing peer does. It lives in test code so the
 * production package gains no API only tests need.
 */
public final class ContractSimulator {

    /** A key read during simulation and the version it had; {@code exists} is false when it was absent. */
    public record Read(String key, boolean exists, long block, int transaction) {
    }

    /**
     * What one simulation produced: the payload or the refusal, the read set, the write set (null value:
     * delete) and the event.
     */
    public record Simulation(Optional<String> payload, String refusalCode, String refusalMessage, List<Read> reads,
                             Map<String, byte[]> writes, Optional<ChaincodeEvent> event) {
        public boolean refused() {
            return payload.isEmpty();
        }
    }

    private final String channel;
    private final ContractInvoker invoker;
    private final WorldState state = new WorldState();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private ContractSimulator(String channel, ContractInterface contract) {
        this.channel = channel;
        this.invoker = new ContractInvoker(contract);
    }

    /** A simulator over an empty world state. */
    public static ContractSimulator create(String channel, ContractInterface contract) {
        return new ContractSimulator(channel, contract);
    }

    /** Runs {@code function} as the creator (a serialized Fabric identity) against committed state only. */
    public Simulation simulate(String transactionId, Instant timestamp, byte[] creator, String function,
                               List<String> arguments) {
        lock.readLock().lock();
        try {
            SimulationStub stub = new SimulationStub(state, channel, transactionId, timestamp, creator, function, arguments);
            ContractInvoker.Result result = invoker.invoke(stub, function, arguments);
            List<Read> reads = new ArrayList<>();
            stub.readSet().forEach((key, version) -> reads.add(version == null ? new Read(key, false, 0, 0)
                    : new Read(key, true, version.block(), version.transaction())));
            if (result instanceof ContractInvoker.Result.Refused refused) {
                return new Simulation(Optional.empty(), refused.code(), refused.message(), reads, Map.of(), Optional.empty());
            }
            return new Simulation(Optional.of(((ContractInvoker.Result.Returned) result).payload()), "", "", reads,
                    new LinkedHashMap<>(stub.writeSet()), stub.emittedEvent());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The current version of {@code key}, as MVCC validation compares it; empty when the key does not exist. */
    public Optional<Read> versionOf(String key) {
        return state.get(key).map(entry -> new Read(key, true, entry.version().block(), entry.version().transaction()));
    }

    /**
     * Validates the read set against current state and, when every version still matches, applies the writes
     * at {@code (block, transaction)}; both under one lock, as a committing peer does.
     *
     * @return true when applied, false on an MVCC read conflict
     */
    public boolean validateAndApply(List<Read> reads, Map<String, byte[]> writes, long block, int transaction,
                                    String transactionId, java.time.Instant timestamp) {
        lock.writeLock().lock();
        try {
            for (Read read : reads) {
                Optional<Read> now = versionOf(read.key());
                boolean same = read.exists() ? now.isPresent() && now.get().block() == read.block()
                        && now.get().transaction() == read.transaction() : now.isEmpty();
                if (!same) {
                    return false;
                }
            }
            state.apply(writes, new WorldState.Version(block, transaction), transactionId, timestamp);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }
}

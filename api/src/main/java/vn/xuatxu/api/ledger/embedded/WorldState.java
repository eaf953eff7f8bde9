package vn.xuatxu.api.ledger.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The current value and version of every key, and every key's history, derived only from committed blocks.
 * Versions are the (block, transaction) that last wrote a key, as in Fabric, so MVCC validation can
 * compare what a transaction read with what is committed now.
 */
final class WorldState {

    /** Where a value was written: Fabric's key version. */
    record Version(long block, int transaction) {
    }

    record Entry(byte[] value, Version version) {
    }

    /** One committed change of a key: the history Fabric's {@code getHistoryForKey} returns. */
    record Modification(String transactionId, Instant timestamp, byte[] value, boolean deleted, Version version) {
    }

    private final ConcurrentSkipListMap<String, Entry> entries = new ConcurrentSkipListMap<>();
    private final Map<String, List<Modification>> history = new ConcurrentHashMap<>();

    Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Keys from {@code start} (inclusive) to {@code end} (exclusive); an empty end means no upper bound. */
    NavigableMap<String, Entry> range(String start, String end) {
        return end.isEmpty() ? entries.tailMap(start, true) : entries.subMap(start, true, end, false);
    }

    /** Applies one valid transaction's writes; a null value is a delete. */
    void apply(Map<String, byte[]> writes, Version version, String transactionId, Instant timestamp) {
        writes.forEach((key, value) -> {
            if (value == null) {
                entries.remove(key);
            } else {
                entries.put(key, new Entry(value, version));
            }
            history.computeIfAbsent(key, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(new Modification(transactionId, timestamp, value, value == null, version));
        });
    }

    /** The key's committed changes, newest first, as Fabric 2.x returns them. */
    List<Modification> history(String key) {
        List<Modification> changes = history.getOrDefault(key, List.of());
        synchronized (changes) {
            List<Modification> newestFirst = new ArrayList<>(changes);
            java.util.Collections.reverse(newestFirst);
            return newestFirst;
        }
    }

    int size() {
        return entries.size();
    }

    /**
     * Every key's history in key order, oldest first, each change with its version. The current value of a
     * key is its last change (unless that is a delete), so the values are not stored twice. Consistent only
     * while no block is being applied: the committer takes it between blocks, verification after a block.
     */
    Checkpoint.State snapshot() {
        Base64.Encoder base64 = Base64.getEncoder();
        List<Checkpoint.KeyHistory> histories = new ArrayList<>(history.size());
        new TreeMap<>(history).forEach((key, changes) -> {
            List<Checkpoint.Change> list = new ArrayList<>();
            synchronized (changes) {
                changes.forEach(change -> list.add(new Checkpoint.Change(change.transactionId(),
                        change.timestamp().toString(), change.deleted() ? null : base64.encodeToString(change.value()),
                        change.version().block(), change.version().transaction())));
            }
            histories.add(new Checkpoint.KeyHistory(key, list));
        });
        return new Checkpoint.State(histories);
    }

    /** The world state a checkpoint recorded: every history, and each key's last change as its value. */
    static WorldState restore(Checkpoint.State snapshot) {
        Base64.Decoder base64 = Base64.getDecoder();
        WorldState state = new WorldState();
        snapshot.histories().forEach(keyHistory -> {
            List<Modification> changes = java.util.Collections.synchronizedList(new ArrayList<>());
            keyHistory.changes().forEach(change -> changes.add(new Modification(change.transactionId(),
                    Instant.parse(change.timestamp()), change.valueBase64() == null ? null
                    : base64.decode(change.valueBase64()), change.valueBase64() == null,
                    new Version(change.block(), change.transaction()))));
            state.history.put(keyHistory.key(), changes);
            Modification last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
            if (last != null && !last.deleted()) {
                state.entries.put(keyHistory.key(), new Entry(last.value(), last.version()));
            }
        });
        return state;
    }
}

package vn.xuatxu.api.ledger.embedded;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The current value and version of every key, derived only from committed blocks. Versions are the
 * (block, transaction) that last wrote a key, as in Fabric, so that MVCC validation can compare them.
 */
final class WorldState {

    /** Where a value was written: Fabric's key version. */
    record Version(long block, int transaction) {
    }

    record Entry(byte[] value, Version version) {
    }

    private final ConcurrentSkipListMap<String, Entry> entries = new ConcurrentSkipListMap<>();

    Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Keys from {@code start} (inclusive) to {@code end} (exclusive); an empty end means no upper bound. */
    NavigableMap<String, Entry> range(String start, String end) {
        return end.isEmpty() ? entries.tailMap(start, true) : entries.subMap(start, true, end, false);
    }

    void apply(Map<String, byte[]> writes, Version version) {
        writes.forEach((key, value) -> {
            if (value == null) {
                entries.remove(key);
            } else {
                entries.put(key, new Entry(value, version));
            }
        });
    }

    int size() {
        return entries.size();
    }
}

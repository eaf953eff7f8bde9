package vn.xuatxu.label.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The most recently used results of a pure computation, at most {@code capacity} of them.
 *
 * <p>Why: in a batch only the serial, the SMS code and the QR code change from label to label, so
 * the layout asks the same questions (how wide is "Lô: L2026-001" in this font, where does the
 * product name break, what dots does this line burn) hundreds of times. Remembering the answers
 * makes the second and later labels of a batch cheap; the bound keeps a long-lived layout, which
 * also sees every label's own serial text, from growing without limit. The values must be
 * immutable (or never changed after computing), because threads share them.
 *
 * <p>Safe for many threads: the map is guarded by its own lock, and the computation runs outside
 * it (two threads may compute the same value once each; both results are equal).
 */
final class RecentResults<K, V> {

    private final Map<K, V> recent;

    RecentResults(int capacity) {
        this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key, Function<? super K, ? extends V> compute) {
        synchronized (recent) {
            V known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        V computed = compute.apply(key);
        synchronized (recent) {
            recent.put(key, computed);
        }
        return computed;
    }
}

package vn.xuatxu.kitchen.sample;

import java.util.List;

/**
 * Where a sample is in its life: kept, held as evidence, or destroyed.
 *
 * <p>Why sealed: the public page shows the status (reference §4.2) and the destroy rule depends
 * on it; each case carries what is needed to show or act on it.
 */
public sealed interface SampleStatus {

    /** In the sample fridge, not under any hold. */
    record Kept() implements SampleStatus {
    }

    /**
     * In the sample fridge and under at least one hold; cannot be destroyed.
     *
     * @param holds the holds not yet released
     */
    record OnHold(List<LegalHold> holds) implements SampleStatus {
        public OnHold {
            holds = List.copyOf(holds);
        }
    }

    /**
     * Destroyed.
     *
     * @param destruction the recorded destruction
     */
    record Destroyed(Destruction destruction) implements SampleStatus {
    }
}

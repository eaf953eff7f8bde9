package vn.xuatxu.api.ledger;

import java.util.List;

/** Events read in one call, and the checkpoint to store once they are processed. */
public record EventBatch(List<LedgerEvent> events, EventCheckpoint next) {

    public EventBatch {
        events = List.copyOf(events);
    }
}

package vn.xuatxu.chaincode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.xuatxu.chaincode.model.Lot;
import vn.xuatxu.chaincode.model.LotReference;
import vn.xuatxu.chaincode.model.LotStatus;
import vn.xuatxu.chaincode.model.Recall;
import vn.xuatxu.chaincode.model.RecallNotice;
import vn.xuatxu.chaincode.state.ObjectType;
import vn.xuatxu.chaincode.state.WorldState;

/**
 * Finds every lot a recall reaches: the recalled lot, then the outputs of transformations that
 * consumed it, and so on, breadth first.
 *
 * <p>Deterministic: children come from a composite-key range scan ({@code lotDerivation/{input}/...}),
 * which every peer returns in the same key order, and the walk keeps that order. Bounded: at most
 * {@value #MAX_LOTS} lots per recall; a larger recall is refused rather than half-done, and can be
 * issued in parts from the leaves upwards, because the walk stops at lots that are already recalled
 * (their descendants were recalled with them: a recalled lot cannot be transformed again).
 * Destroyed lots are left as they are.
 */
final class RecallPropagation {
    /** Most lots one recall transaction may change, to keep the write set and the execution time small. */
    static final int MAX_LOTS = 200;

    private final WorldState state;
    private final LotStore lots;

    RecallPropagation(WorldState state) {
        this.state = state;
        this.lots = new LotStore(state);
    }

    /** Recalls {@code root} and everything made from it; writes the lots and the notice and returns the notice. */
    RecallNotice recall(String tx, Lot root, Recall recall) {
        Map<LotReference, Lot> affected = new LinkedHashMap<>();
        affected.put(root.reference(), root);
        Set<LotReference> seen = new HashSet<>();
        seen.add(root.reference());
        Deque<LotReference> queue = new ArrayDeque<>();
        queue.add(root.reference());
        while (!queue.isEmpty()) {
            LotReference parent = queue.removeFirst();
            for (LotReference child : state.readAll(LotReference.class, ObjectType.LOT_DERIVATION, parent.gtin(),
                    parent.lotNumber())) {
                if (!seen.add(child)) {
                    continue;
                }
                Lot lot = lots.require(tx, child);
                if (lot.status() == LotStatus.RECALLED || lot.status() == LotStatus.DESTROYED) {
                    continue;
                }
                if (affected.size() == MAX_LOTS) {
                    throw ErrorCode.INVALID_STATE.exception(tx + ": recalling lot " + root.reference() + " would change more than "
                            + MAX_LOTS + " lots; recall lots made from it first (for example " + child
                            + "), then recall it again");
                }
                affected.put(child, lot);
                queue.addLast(child);
            }
        }
        List<LotReference> order = new ArrayList<>(affected.keySet());
        for (Lot lot : affected.values()) {
            lots.update(lot, lot.withStatus(LotStatus.RECALLED).withRecall(recall));
        }
        RecallNotice notice = new RecallNotice(recall.recallId(), root.gtin(), root.lotNumber(), recall.reason(),
                recall.recalledBy(), recall.recalledAt(), order);
        state.write(notice, ObjectType.RECALL, recall.recallId());
        return notice;
    }
}

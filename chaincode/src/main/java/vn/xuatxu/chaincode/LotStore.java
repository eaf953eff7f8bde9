package vn.xuatxu.chaincode;

import java.util.Optional;
import vn.xuatxu.chaincode.model.Lot;
import vn.xuatxu.chaincode.model.LotReference;
import vn.xuatxu.chaincode.state.ObjectType;
import vn.xuatxu.chaincode.state.WorldState;

/**
 * Lots and the two indexes that list them (by owner, by custodian), written together so the indexes
 * can never disagree with the lots.
 *
 * <p>The owner index is written once; the custodian index entry moves (delete + put) whenever the
 * custodian changes. Index values are the {@link LotReference}, never a copy of the lot.
 */
final class LotStore {
    private final WorldState state;

    LotStore(WorldState state) {
        this.state = state;
    }

    Optional<Lot> find(LotReference lot) {
        return state.read(Lot.class, ObjectType.LOT, lot.gtin(), lot.lotNumber());
    }

    Lot require(String tx, LotReference lot) {
        return find(lot).orElseThrow(() -> ErrorCode.NOT_FOUND.exception(tx + ": no lot '" + lot.lotNumber()
                + "' of GTIN " + lot.gtin() + " is registered"));
    }

    /** Writes a new lot and its index entries; returns the lot JSON. */
    String create(Lot lot) {
        LotReference reference = lot.reference();
        state.write(reference, ObjectType.LOT_BY_OWNER, lot.ownerMspId(), lot.gtin(), lot.lotNumber());
        state.write(reference, ObjectType.LOT_BY_CUSTODIAN, lot.custodianMspId(), lot.gtin(), lot.lotNumber());
        return state.write(lot, ObjectType.LOT, lot.gtin(), lot.lotNumber());
    }

    /** Rewrites a lot, moving its custodian index entry when the custodian changed; returns the lot JSON. */
    String update(Lot before, Lot after) {
        if (!before.custodianMspId().equals(after.custodianMspId())) {
            state.delete(ObjectType.LOT_BY_CUSTODIAN, before.custodianMspId(), before.gtin(), before.lotNumber());
            state.write(after.reference(), ObjectType.LOT_BY_CUSTODIAN, after.custodianMspId(), after.gtin(),
                    after.lotNumber());
        }
        return state.write(after, ObjectType.LOT, after.gtin(), after.lotNumber());
    }
}

package vn.xuatxu.chaincode;

import vn.xuatxu.chaincode.model.LotReference;
import vn.xuatxu.chaincode.model.LotRegistration;

/**
 * An output of a transformation: either a lot the caller registered earlier and now links to its
 * inputs, or a new lot the transformation registers. Two cases because producers work both ways:
 * some register the roasted lot first and print its labels, others record the roast and let it
 * create the lot.
 */
sealed interface OutputLot {

    LotReference reference();

    /** A lot already on the ledger, owned and held by the caller. */
    record Existing(LotReference reference) implements OutputLot {
    }

    /** A lot the transformation registers, with the same fields {@code registerLot} takes. */
    record Created(LotRegistration registration) implements OutputLot {
        @Override
        public LotReference reference() {
            return new LotReference(registration.gtin(), registration.lotNumber());
        }
    }
}

package vn.xuatxu.chaincode;

import java.util.List;
import java.util.Optional;
import vn.xuatxu.chaincode.model.EpcisEventHash;
import vn.xuatxu.chaincode.model.EpcisEventType;
import vn.xuatxu.chaincode.model.LotQuantity;
import vn.xuatxu.chaincode.model.LotReference;
import vn.xuatxu.chaincode.model.TraceStep;

/**
 * A traceability event as submitted and parsed, before the contract has checked it against the
 * lots' states.
 *
 * @param hash        EPCIS event hash
 * @param type        EPCIS type
 * @param bizStep     CBV business step, bare word
 * @param step        what the contract will do
 * @param disposition CBV disposition, bare word, or null
 * @param eventTime   ISO-8601 UTC
 * @param lots        lots of an ObjectEvent (empty for a transformation)
 * @param inputLots   inputs of a TransformationEvent
 * @param outputLots  outputs of a TransformationEvent
 * @param receiver    organisation id the lots are shipped to (shipping only)
 * @param inputQuantities amounts used of the inputs that name one (the others are used up)
 */
record ProposedEvent(EpcisEventHash hash, EpcisEventType type, String bizStep, TraceStep step, String disposition,
        String eventTime, List<LotReference> lots, List<LotReference> inputLots, List<OutputLot> outputLots,
        Optional<String> receiver, List<LotQuantity> inputQuantities) {

    /** The amount of {@code input} the transformation uses, empty when it uses what is left. */
    Optional<String> quantityOf(LotReference input) {
        return inputQuantities.stream().filter(q -> q.reference().equals(input)).map(LotQuantity::quantity).findFirst();
    }

    List<LotReference> outputReferences() {
        return outputLots.stream().map(OutputLot::reference).toList();
    }
}

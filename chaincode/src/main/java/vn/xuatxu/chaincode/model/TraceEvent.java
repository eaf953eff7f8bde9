package vn.xuatxu.chaincode.model;

import java.util.List;

/**
 * A traceability event as the ledger keeps it: the EPCIS event hash plus the few fields the
 * contract checks. Stored once under {@code event/{hashHex}} and linked from each lot it touches by
 * a {@link LotEventEntry}; emitted as the payload of {@code TraceEventRecorded}.
 *
 * @param eventHash     EPCIS event hash, {@code ni:///sha-256;...?ver=CBV2.0}
 * @param type          EPCIS type, {@code ObjectEvent} or {@code TransformationEvent}
 * @param bizStep       CBV business step, bare word
 * @param step          what the contract did with it
 * @param disposition   CBV disposition, bare word, optional
 * @param eventTime     when it happened, ISO-8601 UTC
 * @param lots          lots an ObjectEvent is about; null for transformations
 * @param inputLots     consumed lots of a TransformationEvent
 * @param outputLots    produced lots of a TransformationEvent, omitted when it has none (e.g. cooked into meals)
 * @param custodianFrom who held the lots before (shipping, receiving)
 * @param custodianTo   who holds (or is to hold) them after (shipping, receiving)
 * @param recordedBy    organisation id of the caller
 * @param recordedAt    transaction timestamp, ISO-8601 UTC
 * @param txId          recording transaction
 * @param inputQuantities how much of each input a TransformationEvent used, for the inputs that name an
 *                      amount; omitted when none does (the inputs were used up)
 */
public record TraceEvent(String eventHash, String type, String bizStep, TraceStep step, String disposition,
        String eventTime, List<LotReference> lots, List<LotReference> inputLots, List<LotReference> outputLots,
        String custodianFrom, String custodianTo, String recordedBy, String recordedAt, String txId,
        List<LotQuantity> inputQuantities) {

    public TraceEvent {
        lots = lots == null || lots.isEmpty() ? null : List.copyOf(lots);
        inputLots = inputLots == null || inputLots.isEmpty() ? null : List.copyOf(inputLots);
        outputLots = outputLots == null || outputLots.isEmpty() ? null : List.copyOf(outputLots);
        inputQuantities = inputQuantities == null || inputQuantities.isEmpty() ? null : List.copyOf(inputQuantities);
    }

    /** Every lot the event touches, in the order they were submitted (objects, or inputs then outputs). */
    public List<LotReference> touchedLots() {
        if (lots != null) {
            return lots;
        }
        List<LotReference> all = new java.util.ArrayList<>(inputLots == null ? List.of() : inputLots);
        if (outputLots != null) {
            all.addAll(outputLots);
        }
        return List.copyOf(all);
    }

    /** True when {@code other} asserts the same event: everything except when and in which transaction it was recorded. */
    public boolean sameAssertionAs(TraceEvent other) {
        return new TraceEvent(eventHash, type, bizStep, step, disposition, eventTime, lots, inputLots, outputLots,
                null, null, recordedBy, null, null, inputQuantities)
                .equals(new TraceEvent(other.eventHash, other.type, other.bizStep, other.step, other.disposition,
                        other.eventTime, other.lots, other.inputLots, other.outputLots, null, null, other.recordedBy,
                        null, null, other.inputQuantities));
    }
}

package vn.xuatxu.chaincode;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The chaincode events the contract emits: exactly one per accepted write, none for an idempotent
 * resubmission or a query. Off-chain systems (the api's outbox relay, a resolver cache, a kitchen
 * alert) follow these instead of polling the ledger. Payloads are canonical JSON, documented per
 * constant and in {@code docs/chaincode.md}.
 */
public enum ContractEvent {
    /** {@code initLedger}; payload the ledger configuration {@code {"agencyMspId":...}}. */
    LEDGER_INITIALISED("LedgerInitialised"),
    /** {@code registerOrganisation}; payload the organisation. */
    ORGANISATION_REGISTERED("OrganisationRegistered"),
    /** {@code registerProduct}; payload the product. */
    PRODUCT_REGISTERED("ProductRegistered"),
    /** {@code updateProduct}; payload the product as updated. */
    PRODUCT_UPDATED("ProductUpdated"),
    /** {@code registerLot}; payload the lot. */
    LOT_REGISTERED("LotRegistered"),
    /** {@code recordEvent}; payload the stored traceability event. */
    TRACE_EVENT_RECORDED("TraceEventRecorded"),
    /** {@code recallLot}; payload the recall notice with every affected lot. */
    LOT_RECALLED("LotRecalled"),
    /** {@code registerLabelBatch}; payload the label batch. */
    LABEL_BATCH_REGISTERED("LabelBatchRegistered"),
    /** {@code voidLabels}; payload the serials voided by this transaction. */
    LABELS_VOIDED("LabelsVoided"),
    /** {@code recordKitchenDay}; payload the new version of the day record. */
    KITCHEN_DAY_RECORDED("KitchenDayRecorded");

    private final String eventName;

    ContractEvent(String eventName) {
        this.eventName = eventName;
    }

    /** The name carried by the Fabric chaincode event. */
    public String eventName() {
        return eventName;
    }

    /** Sets this transaction's event (Fabric keeps one event per transaction; the contract sets it once). */
    void emit(ChaincodeStub stub, String payloadJson) {
        stub.setEvent(eventName, payloadJson.getBytes(StandardCharsets.UTF_8));
    }
}
